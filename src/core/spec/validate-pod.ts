// The rules that look at the pod as a whole rather than one container: container names unique across
// initContainers and containers, at least one app container, the pod's restartPolicy, and ports two containers
// both declare. pkg/apis/core/validation/validation.go: validateInitContainers/validateContainers (names),
// ValidatePodSpec (restartPolicy, "must have at least one container"); pkg/apis/batch/validation/validation.go
// (Job and CronJob templates: OnFailure or Never). The port conflict is not an API error (the API server accepts it)
// but the pod shares one network namespace, so the second container to bind fails.
import { report, type Findings } from './finding';
import { messages } from './messages';
import { intField, listField, stringField, type Mapping } from './plain-values';
import type { ContainerModel, PodRestartPolicy } from './pod-model';

export interface ReadContainer {
  model: ContainerModel;
  raw: Mapping;
  path: string;
}

const RESTART_POLICIES: readonly PodRestartPolicy[] = ['Always', 'OnFailure', 'Never'];

/** Keeps the first container of each name; later ones are reported and left out (the simulator keys by name). */
export function dropDuplicateNames(containers: readonly ReadContainer[], findings: Findings): ReadContainer[] {
  const seen = new Set<string>();
  return containers.filter((c) => {
    if (!seen.has(c.model.name)) {
      seen.add(c.model.name);
      return true;
    }
    report(findings, 'error', messages.containerNameDuplicate(c.model.name), `${c.path}.name`);
    return false;
  });
}

/** The pod's restartPolicy, defaulted to Always; invalid values are reported and replaced by the default. */
export function readRestartPolicy(spec: unknown, specPath: string, jobLike: boolean, kind: string, findings: Findings): PodRestartPolicy {
  const given = stringField(spec, 'restartPolicy');
  const at = `${specPath}.restartPolicy`;
  let policy: PodRestartPolicy = 'Always';
  if (given !== undefined) {
    if ((RESTART_POLICIES as readonly string[]).includes(given)) policy = given as PodRestartPolicy;
    else report(findings, 'error', messages.podRestartPolicyInvalid(given), at);
  }
  if (jobLike && policy === 'Always') report(findings, 'error', messages.jobRestartPolicy(kind, 'Always'), given === undefined ? specPath : at);
  return policy;
}

/**
 * Two containers that run at the same time declaring the same containerPort and protocol: warned at the second.
 * Regular init containers run alone, before the others, so only sidecars and app containers are compared.
 */
export function warnPortConflicts(containers: readonly ReadContainer[], findings: Findings): void {
  const owner = new Map<string, string>();
  for (const c of containers) {
    if (c.model.kind === 'init') continue;
    const mine = new Set<string>();
    (listField(c.raw, 'ports') ?? []).forEach((port, i) => {
      const number = intField(port, 'containerPort');
      if (number === undefined) return;
      const protocol = stringField(port, 'protocol') ?? 'TCP';
      const key = `${number}/${protocol}`;
      const first = owner.get(key);
      if (first !== undefined && !mine.has(key)) {
        report(findings, 'warning', messages.portConflict(number, protocol, first), `${c.path}.ports[${i}].containerPort`);
      }
      mine.add(key);
      if (first === undefined) owner.set(key, c.model.name);
    });
  }
}
