// One container entry → a ContainerModel with Kubernetes' defaults, and the rules about a single container.
// pkg/apis/core/validation/validation.go: validateContainerCommon (name, image, imagePullPolicy, ports, mounts,
// probes), validateInitContainers (restartPolicy Always only; no probes or lifecycle on a regular init container),
// validateContainers (no container-level restartPolicy on app containers without the ContainerRestartRules gate).
import { defaultImagePullPolicy } from './defaults';
import { report, type Findings } from './finding';
import { isDns1123Label } from './kubernetes-names';
import { messages } from './messages';
import { field, isMapping, listField, quantityMap, stringField, stringList, type Mapping } from './plain-values';
import type { ContainerKind, ContainerModel, EnvVarModel, ImagePullPolicy, SourcePosition } from './pod-model';
import { readPorts } from './read-ports';
import { readHook, readProbe, type ProbeKind } from './read-probe';
import { readVolumeMounts } from './read-volumes';
import { MAX_LIST_ENTRIES } from './limits';

export type ContainerList = 'initContainers' | 'containers';

export interface ContainerContext {
  list: ContainerList;
  index: number;
  /** Path of this entry, e.g. "spec.template.spec.containers[0]". */
  path: string;
  volumeNames: ReadonlySet<string>;
  findings: Findings;
  positionOf(path: string): SourcePosition;
}

const PULL_POLICIES: readonly ImagePullPolicy[] = ['Always', 'IfNotPresent', 'Never'];
const PROBES: readonly ProbeKind[] = ['startupProbe', 'readinessProbe', 'livenessProbe'];
/** What a regular init container may not have (validateInitContainers). */
const NOT_ON_INIT = ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe'] as const;

export function readContainer(raw: Mapping, ctx: ContainerContext): ContainerModel {
  const { path, findings } = ctx;
  const name = readName(raw, ctx);
  const kind = containerKind(raw, ctx);

  const image = stringField(raw, 'image') ?? '';
  if (image.trim() === '' && field(raw, 'image') === undefined) report(findings, 'error', messages.imageMissing(name), path);
  else if (image.trim() === '') report(findings, 'error', messages.imageMissing(name), `${path}.image`);

  let imagePullPolicy = defaultImagePullPolicy(image.trim());
  const pullPolicy = stringField(raw, 'imagePullPolicy');
  if (pullPolicy !== undefined) {
    if ((PULL_POLICIES as readonly string[]).includes(pullPolicy)) imagePullPolicy = pullPolicy as ImagePullPolicy;
    else report(findings, 'error', messages.imagePullPolicyInvalid(pullPolicy), `${path}.imagePullPolicy`);
  }

  if (kind === 'init') {
    for (const forbidden of NOT_ON_INIT) {
      if (field(raw, forbidden) !== undefined) report(findings, 'error', messages.initContainerField(name, forbidden), `${path}.${forbidden}`);
    }
  }

  const container: ContainerModel = {
    name,
    image,
    kind,
    index: ctx.index,
    imagePullPolicy,
    command: stringList(raw, 'command'),
    args: stringList(raw, 'args'),
    ports: readPorts(raw, path, findings),
    env: readEnv(raw, path, findings),
    volumeMounts: readVolumeMounts(raw, path, ctx.volumeNames, findings),
    lifecycle: {},
    resources: { limits: quantityMap(field(raw, 'resources'), 'limits'), requests: quantityMap(field(raw, 'resources'), 'requests') },
    position: ctx.positionOf(path),
  };
  const workingDir = stringField(raw, 'workingDir');
  if (workingDir !== undefined) container.workingDir = workingDir;
  if (kind === 'sidecar') container.restartPolicy = 'Always';

  // A plain init container's probes and hooks were reported above and are left out of the model: the kubelet
  // would never run them, because the API server refuses the pod.
  if (kind !== 'init') {
    for (const probe of PROBES) {
      const model = readProbe(field(raw, probe), probe, `${path}.${probe}`, findings);
      if (model) container[probe] = model;
    }
    const lifecycle = field(raw, 'lifecycle');
    for (const hook of ['postStart', 'preStop'] as const) {
      const model = readHook(field(lifecycle, hook), hook, `${path}.lifecycle.${hook}`, findings);
      if (model) container.lifecycle[hook] = model;
    }
  }
  return container;
}

/** The name, or a stand-in so the rest of the container can still be shown (the missing name is an error). */
function readName(raw: Mapping, ctx: ContainerContext): string {
  const name = stringField(raw, 'name');
  if (name === undefined || name === '') {
    report(ctx.findings, 'error', messages.containerNameMissing(ctx.list, ctx.index), ctx.path);
    return `${ctx.list === 'initContainers' ? 'init' : 'container'}-${ctx.index + 1}`;
  }
  if (!isDns1123Label(name)) report(ctx.findings, 'error', messages.dns1123Label('Container name', name), `${ctx.path}.name`);
  return name;
}

/** KEP-753: an init container with `restartPolicy: Always` is a native sidecar. */
function containerKind(raw: Mapping, ctx: ContainerContext): ContainerKind {
  const policy = stringField(raw, 'restartPolicy');
  const at = `${ctx.path}.restartPolicy`;
  if (ctx.list === 'containers') {
    if (policy !== undefined) report(ctx.findings, 'error', messages.containerRestartPolicyOnApp(stringField(raw, 'name') ?? `#${ctx.index + 1}`), at);
    return 'app';
  }
  if (policy === undefined) return 'init';
  if (policy === 'Always') return 'sidecar';
  report(ctx.findings, 'error', messages.containerRestartPolicyValue(policy), at);
  return 'init';
}

/**
 * validation.go validateEnv: each variable needs a name. pkg/api/pod/warnings.go: a name given twice "hides
 * previous definition", and the container sees only the last one.
 */
function readEnv(raw: Mapping, path: string, findings: Findings): EnvVarModel[] {
  const env: EnvVarModel[] = [];
  const seen = new Set<string>();
  (listField(raw, 'env') ?? []).slice(0, MAX_LIST_ENTRIES).forEach((entry: unknown, i) => {
    if (!isMapping(entry)) return;
    const name = stringField(entry, 'name');
    if (name === undefined || name === '') {
      report(findings, 'error', messages.envNameMissing(), `${path}.env[${i}]`);
      return;
    }
    if (seen.has(name)) report(findings, 'warning', messages.envDuplicate(name), `${path}.env[${i}].name`);
    seen.add(name);
    const value = stringField(entry, 'value');
    const from = field(entry, 'valueFrom');
    const model: EnvVarModel = { name };
    if (value !== undefined) model.value = value;
    if (isMapping(from)) model.valueFrom = describeValueFrom(from);
    env.push(model);
  });
  return env;
}

/** "secretKeyRef db-secret/password", "fieldRef status.podIP" … */
function describeValueFrom(from: Mapping): string {
  const kind = Object.keys(from)[0] ?? 'valueFrom';
  const ref = from[kind];
  const name = stringField(ref, 'name');
  const key = stringField(ref, 'key') ?? stringField(ref, 'fieldPath') ?? stringField(ref, 'resource');
  return [kind, [name, key].filter(Boolean).join('/')].filter(Boolean).join(' ');
}
