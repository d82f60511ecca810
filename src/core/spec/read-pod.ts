// A pod template found in a document → the PodModel, defaulted (pkg/apis/core/v1/defaults.go) and checked,
// keeping as much of the pod as can be read: a container is left out only when it is unusable.
import { checkFields } from './check-fields';
import { DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS } from './defaults';
import { joinPath, report, type Findings } from './finding';
import { MAX_CONTAINERS_PER_LIST } from './limits';
import { messages } from './messages';
import { boolField, field, intField, isMapping, stringField, stringMap } from './plain-values';
import type { PodModel, SourcePosition } from './pod-model';
import { readContainer, type ContainerList } from './read-container';
import { readVolumes } from './read-volumes';
import type { ScalarSpan } from './read-yaml';
import { checkRoleAnnotation, ROLES_ANNOTATION } from './role-annotation';
import { dropDuplicateNames, readRestartPolicy, warnPortConflicts, type ReadContainer } from './validate-pod';
import type { PodTemplateLocation } from './workload-kinds';

/** Where the scalar value of `key` in the mapping at `path` stands in the text (read-yaml.ts, spanKeys). */
export type SpanOf = (path: string, key: string) => ScalarSpan | undefined;

export function readPod(
  location: PodTemplateLocation,
  findings: Findings,
  positionOf: (path: string) => SourcePosition,
  spanOf: SpanOf,
): PodModel | null {
  const { spec, specPath } = location;
  if (!isMapping(spec)) return null;
  const meta = readMetadata(location, findings);
  const annotationsPath = `${metaPathOf(location)}.annotations`;

  checkFields(spec, 'PodSpec', specPath, findings);
  const restartPolicy = readRestartPolicy(spec, specPath, location.restartPolicies, location.kind, findings);

  // warnings.go: a negative grace period is accepted and treated as 1 second.
  let terminationGracePeriodSeconds = intField(spec, 'terminationGracePeriodSeconds') ?? DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS;
  if (terminationGracePeriodSeconds < 0) {
    report(findings, 'warning', messages.negative('terminationGracePeriodSeconds', terminationGracePeriodSeconds), joinPath(specPath, 'terminationGracePeriodSeconds'));
    terminationGracePeriodSeconds = 1;
  }

  const volumes = readVolumes(spec, specPath, findings);
  const volumeNames = new Set([...volumes.map((v) => v.name), ...location.claimNames]);
  const read: ReadContainer[] = [];
  for (const list of ['initContainers', 'containers'] as const satisfies readonly ContainerList[]) {
    const raw = field(spec, list);
    if (!Array.isArray(raw)) continue;
    const listPath = joinPath(specPath, list);
    if (raw.length > MAX_CONTAINERS_PER_LIST) {
      report(findings, 'warning', messages.listTruncated(list, raw.length, MAX_CONTAINERS_PER_LIST), listPath);
    }
    const n = Math.min(raw.length, MAX_CONTAINERS_PER_LIST);
    for (let index = 0; index < n; index++) {
      const entry: unknown = raw[index];
      if (!isMapping(entry)) continue; // reported by check-fields.ts
      const path = `${listPath}[${index}]`;
      read.push({ model: readContainer(entry, { list, index, path, volumeNames, findings, positionOf }), raw: entry, path });
    }
  }
  const containersField = field(spec, 'containers');
  if (containersField === undefined || containersField === null || (Array.isArray(containersField) && containersField.length === 0)) {
    report(findings, 'error', messages.noContainers(), containersField === undefined ? specPath : joinPath(specPath, 'containers'));
  }

  const kept = dropDuplicateNames(read, findings);
  warnPortConflicts(kept, findings);
  if (kept.length === 0) return null;
  checkRoleAnnotation(meta.annotations, kept.map((c) => c.model), annotationsPath, spanOf(annotationsPath, ROLES_ANNOTATION), findings);
  return {
    ...meta,
    restartPolicy,
    terminationGracePeriodSeconds,
    shareProcessNamespace: boolField(spec, 'shareProcessNamespace') ?? false,
    initContainers: kept.filter((c) => c.model.kind !== 'app').map((c) => c.model),
    containers: kept.filter((c) => c.model.kind === 'app').map((c) => c.model),
    volumes,
  };
}

type Meta = Pick<PodModel, 'name' | 'namespace' | 'labels' | 'annotations'>;

/**
 * The template's metadata. `metadata` that is not a mapping is a warning, not an error: the pod can still be
 * shown. When it is a plain name (the article's `metadata: sauce`) Podscope takes it as the pod's name, because
 * that is plainly what the author meant, and the warning says how Kubernetes wants it written.
 */
function metaPathOf(location: PodTemplateLocation): string {
  return location.templatePath ? `${location.templatePath}.metadata` : 'metadata';
}

function readMetadata(location: PodTemplateLocation, findings: Findings): Meta {
  const metaPath = metaPathOf(location);
  const meta = field(location.template, 'metadata');
  let scalarName: string | undefined;
  if (isMapping(meta)) checkFields(meta, 'ObjectMeta', metaPath, findings);
  else if (meta !== undefined && meta !== null) {
    report(findings, 'warning', messages.metadataNotMapping(meta), metaPath);
    if ((typeof meta === 'string' || typeof meta === 'number') && String(meta).trim() !== '') scalarName = String(meta).trim();
  }
  const generateName = stringField(meta, 'generateName')?.replace(/-+$/, '');
  return {
    name: stringField(meta, 'name') || scalarName || location.workloadName || generateName || 'pod',
    namespace: stringField(meta, 'namespace') || 'default',
    labels: stringMap(meta, 'labels'),
    annotations: stringMap(meta, 'annotations'),
  };
}
