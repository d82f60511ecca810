// The rules that look at the pod as a whole rather than one container: container names unique across
// initContainers and containers, at least one app container, the pod's restartPolicy, and ports two containers
// both declare. pkg/apis/core/validation/validation.go: validateInitContainers/validateContainers (names),
// ValidatePodSpec (restartPolicy, "must have at least one container"), and what each workload kind allows for the
// restartPolicy of its template (workload-kinds.ts). A port declared twice is only a warning for the API server
// (pkg/api/pod/warnings.go), but the pod shares one network namespace, so the second container to bind fails.
import { joinPath, report, type Findings } from './finding';
import { MAX_LIST_ENTRIES } from './limits';
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
export function readRestartPolicy(
  spec: unknown,
  specPath: string,
  allowed: readonly PodRestartPolicy[] | null,
  kind: string,
  findings: Findings,
): PodRestartPolicy {
  const given = stringField(spec, 'restartPolicy');
  const at = joinPath(specPath, 'restartPolicy');
  let policy: PodRestartPolicy = 'Always';
  if (given !== undefined) {
    if ((RESTART_POLICIES as readonly string[]).includes(given)) policy = given as PodRestartPolicy;
    else report(findings, 'error', messages.podRestartPolicyInvalid(given), at);
  }
  if (allowed && !allowed.includes(policy)) {
    report(findings, 'error', messages.restartPolicyForKind(kind, policy, allowed, given === undefined), given === undefined ? specPath : at);
  }
  return policy;
}

/**
 * pkg/api/pod/warnings.go: every port whose containerPort/protocol was declared before, in init containers then
 * containers, is warned at its `ports[i]` ("duplicate port definition", or "overlapping" when one side has a
 * hostPort and the other none). Podscope says what it means in a pod that shares one network namespace.
 */
export function warnPortConflicts(containers: readonly ReadContainer[], findings: Findings): void {
  const declared = new Map<string, { container: ReadContainer; path: string }>();
  for (const c of containers) {
    (listField(c.raw, 'ports') ?? []).slice(0, MAX_LIST_ENTRIES).forEach((port, i) => {
      const number = intField(port, 'containerPort');
      if (number === undefined) return;
      const protocol = stringField(port, 'protocol') ?? 'TCP';
      const key = `${number}/${protocol}`;
      const path = `${c.path}.ports[${i}]`;
      const first = declared.get(key);
      if (!first) {
        declared.set(key, { container: c, path });
        return;
      }
      const message =
        first.container === c
          ? messages.portDeclaredTwice(number, protocol)
          : first.container.model.kind === 'init' || c.model.kind === 'init'
            ? messages.portReusedAfterInit(number, protocol, first.container.model.name)
            : messages.portConflict(number, protocol, first.container.model.name);
      report(findings, 'warning', message, path);
    });
  }
}
