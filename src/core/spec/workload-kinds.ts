// Where the pod template sits in each workload kind Podscope accepts: a Pod is its own template, a Deployment
// keeps it at spec.template, a CronJob at spec.jobTemplate.spec.template, a PodTemplate at template, and a
// `kind: List` holds any of these as items. (API types in staging/src/k8s.io/api/{core,apps,batch}/v1/types.go.)
import { assertNever } from '../assert-never';
import { joinPath, type Finding } from './finding';
import { messages, short } from './messages';
import type { PodRestartPolicy } from './pod-model';
import { field, isMapping, listField, stringField } from './plain-values';

export const WORKLOAD_KINDS = [
  'Pod', 'Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'ReplicationController', 'Job', 'CronJob', 'PodTemplate',
] as const;
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];

export interface PodTemplateLocation {
  kind: string;
  /** metadata.name of the workload (or the Pod). */
  workloadName?: string;
  /** Path of the template (holding `metadata` and `spec`) from the document root; '' for a Pod. */
  templatePath: string;
  /** Path of the PodSpec; equals templatePath for a bare spec. */
  specPath: string;
  template: unknown;
  spec: unknown;
  /** The pod restartPolicy values this kind allows; null when any is (a Pod, a PodTemplate). */
  restartPolicies: readonly PodRestartPolicy[] | null;
  /** A StatefulSet's volumeClaimTemplates names, which count as volumes for volumeMounts. */
  claimNames: string[];
  notes: Finding[];
}

/** The template path inside each kind (pod kinds use the document itself). */
function templatePathOf(kind: WorkloadKind): string {
  switch (kind) {
    case 'Pod':
      return '';
    case 'Deployment':
    case 'ReplicaSet':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicationController':
    case 'Job':
      return 'spec.template';
    case 'CronJob':
      return 'spec.jobTemplate.spec.template';
    case 'PodTemplate':
      return 'template';
    default:
      return assertNever(kind);
  }
}

/**
 * pkg/apis/batch/validation/validation.go: a Job's (and CronJob's) pods run to completion, OnFailure or Never.
 * pkg/apis/apps/validation/validation.go ValidatePodTemplateSpecForReplicaSet / ForStatefulSet / DaemonSet, and
 * pkg/apis/core/validation ValidatePodTemplateSpecForRC: controllers that keep pods running allow only Always.
 */
function restartPoliciesOf(kind: WorkloadKind): readonly PodRestartPolicy[] | null {
  switch (kind) {
    case 'Job':
    case 'CronJob':
      return ['OnFailure', 'Never'];
    case 'Deployment':
    case 'ReplicaSet':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicationController':
      return ['Always'];
    case 'Pod':
    case 'PodTemplate':
      return null;
    default:
      return assertNever(kind);
  }
}

const isWorkloadKind = (kind: string): kind is WorkloadKind => (WORKLOAD_KINDS as readonly string[]).includes(kind);

function at(doc: unknown, path: string): unknown {
  let value = doc;
  for (const key of path ? path.split('.') : []) value = field(value, key);
  return value;
}

/**
 * The first pod template in a document, or null. `prefix` is the document's path to `doc` ('' at the root,
 * "items[2]" inside a List); Lists inside Lists are not followed.
 */
export function findPodTemplate(doc: unknown, prefix = ''): PodTemplateLocation | null {
  if (!isMapping(doc)) return null;
  const kind = stringField(doc, 'kind');
  const workloadName = stringField(field(doc, 'metadata'), 'name');
  /** templatePath and specPath here are relative to `doc`. */
  const base = (k: string, templatePath: string, specPath: string, notes: Finding[]): PodTemplateLocation => ({
    kind: k,
    ...(workloadName !== undefined ? { workloadName } : {}),
    templatePath: joinPath(prefix, templatePath),
    specPath: joinPath(prefix, specPath),
    template: templatePath === specPath ? undefined : at(doc, templatePath),
    spec: at(doc, specPath),
    restartPolicies: isWorkloadKind(k) ? restartPoliciesOf(k) : null,
    claimNames: [],
    notes,
  });

  if (kind === 'List' && !prefix) {
    const items = listField(doc, 'items') ?? [];
    for (let i = 0; i < items.length; i++) {
      const found = findPodTemplate(items[i], `items[${i}]`);
      if (!found) continue;
      if (items.length > 1) found.notes.push({ severity: 'info', message: messages.skippedListItems(i, items.length), path: `items[${i}]` });
      return found;
    }
    return null;
  }
  if (kind !== undefined && isWorkloadKind(kind)) {
    const templatePath = templatePathOf(kind);
    const specPath = joinPath(templatePath, 'spec');
    if (!isMapping(at(doc, specPath))) return null;
    const found = base(kind, templatePath, specPath, []);
    if (kind === 'StatefulSet') {
      found.claimNames = (listField(field(doc, 'spec'), 'volumeClaimTemplates') ?? [])
        .map((t) => stringField(field(t, 'metadata'), 'name'))
        .filter((n): n is string => n !== undefined);
    }
    return found;
  }
  if (kind !== undefined) return null;
  // No kind: lenient reading of what people paste, each with a note saying so.
  const spec = field(doc, 'spec');
  if (isMapping(spec) && field(spec, 'containers') !== undefined) {
    return base('Pod', '', 'spec', [{ severity: 'warning', message: messages.kindMissing(), path: prefix }]);
  }
  if (field(doc, 'containers') !== undefined) {
    return base('Pod', '', '', [{ severity: 'warning', message: messages.bareSpec(), path: prefix }]);
  }
  return null;
}

/** "Service \"web\"", for the skipped-documents message (a skipped document may also carry a pod). */
export function describeSkipped(doc: unknown): string {
  if (!isMapping(doc)) return describeDocument(doc);
  const kind = stringField(doc, 'kind') ?? 'no kind';
  const name = stringField(field(doc, 'metadata'), 'name');
  return name ? `${short(kind)} "${short(name)}"` : short(kind);
}

/** What a document is, for the not-found message: "Service \"web\"", or why a workload gave no pod. */
export function describeDocument(doc: unknown): string {
  if (!isMapping(doc)) return doc === undefined || doc === null ? 'an empty document' : 'a document that is not a mapping';
  const kind = stringField(doc, 'kind') ?? 'a document with no kind';
  const name = stringField(field(doc, 'metadata'), 'name');
  const described = name ? `${short(kind)} "${short(name)}"` : short(kind);
  // A workload kind that was passed over has no pod template where its kind keeps one.
  return isWorkloadKind(kind) ? `${described} with no mapping at \`${[templatePathOf(kind), 'spec'].filter(Boolean).join('.')}\`` : described;
}
