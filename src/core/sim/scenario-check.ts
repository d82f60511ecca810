// What is wrong with a scenario, in plain words, and the actions the simulator can use.
// A scenario naming a container the pod does not have still simulates: those actions are left out.
import { allContainers, type ContainerModel, type PodModel } from '../spec/pod-model';
import type { Action, Scenario } from './scenario';
import type { ContainerAction } from './sim-state';

export interface ScenarioDiagnostic {
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** Index of the action in scenario.actions. */
  action: number;
}

const PROBE_FIELD = { startup: 'startupProbe', readiness: 'readinessProbe', liveness: 'livenessProbe' } as const;

function isDeletion(a: Action): a is { deletePod: true; at: number } {
  return 'deletePod' in a;
}

function findContainer(pod: PodModel, name: string): ContainerModel | undefined {
  return allContainers(pod).find((c) => c.name === name);
}

function finite(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** Plain-language problems with a scenario for this pod. */
export function checkScenario(pod: PodModel, scenario: Scenario | undefined): ScenarioDiagnostic[] {
  const out: ScenarioDiagnostic[] = [];
  const names = allContainers(pod).map((c) => c.name);
  const actions = scenario?.actions ?? [];
  // The deletion that counts is the earliest in time (resolveActions), wherever it stands in the list.
  let counted = -1;
  let countedAt = Infinity;
  actions.forEach((a, i) => {
    if (isDeletion(a) && finite(a.at) && a.at >= 0 && a.at < countedAt) [counted, countedAt] = [i, a.at];
  });
  actions.forEach((a, i) => {
    const problem = (message: string, severity: ScenarioDiagnostic['severity'] = 'warning') => out.push({ severity, message, action: i });
    if (isDeletion(a)) {
      if (!finite(a.at) || a.at < 0) problem('A pod deletion needs a time `at` of 0 seconds or more; it is ignored.');
      else if (i !== counted) problem('The pod is deleted more than once; only the first deletion counts.', 'info');
      return;
    }
    const c = findContainer(pod, a.container);
    if (!c) {
      const list = names.length > 0 ? `: the pod has ${names.join(', ')}` : '';
      problem(`There is no container named "${a.container}" in this pod${list}. This action is ignored.`);
      return;
    }
    if ('probe' in a) {
      if (!c[PROBE_FIELD[a.probe]]) {
        problem(`Container "${a.container}" has no ${PROBE_FIELD[a.probe]}, so making it fail changes nothing. Add one to the spec, or pick another probe.`);
      }
      if (!finite(a.failFrom)) problem('A probe failure needs a start time `failFrom`; it is ignored.');
      else if (a.failUntil !== undefined && !finite(a.failUntil)) problem('A probe failure\'s end `failUntil` must be a number of seconds (leave it out to fail for ever); it is ignored.');
      else if (a.failUntil !== undefined && a.failUntil <= a.failFrom) problem(`The probe failure ends (${a.failUntil} s) before it begins (${a.failFrom} s), so it never happens.`);
      return;
    }
    if ('exitCode' in a && (!Number.isInteger(a.exitCode) || a.exitCode < 0 || a.exitCode > 255)) {
      problem(`Exit code ${a.exitCode} is not possible: a process exits with a whole number from 0 to 255.`);
    }
    if ('after' in a) {
      if (!finite(a.after) || a.after < 0) problem('An exit needs `after`, the seconds after the container started, of 0 or more; it is ignored.');
      if (a.run !== undefined && (!Number.isInteger(a.run) || a.run < 1)) problem('`run` counts the container\'s starts from 1 (the first start); this action never applies.');
    }
    if ('at' in a && (!finite(a.at) || a.at < 0)) problem('An exit needs a pod time `at` of 0 seconds or more; it is ignored.');
  });
  return out;
}

/** The usable actions: per container index, plus the deletion times. Malformed or unknown ones are left out. */
export function resolveActions(pod: PodModel, scenario: Scenario | undefined): { byContainer: ContainerAction[][]; deletions: number[] } {
  const containers = allContainers(pod);
  const index = new Map(containers.map((c, i) => [c.name, i]));
  const byContainer: ContainerAction[][] = containers.map(() => []);
  const deletions: number[] = [];
  for (const a of scenario?.actions ?? []) {
    if (isDeletion(a)) {
      if (finite(a.at) && a.at >= 0) deletions.push(a.at);
      continue;
    }
    const c = index.get(a.container);
    if (c === undefined) continue;
    if ('probe' in a) {
      if (finite(a.failFrom) && (a.failUntil === undefined || finite(a.failUntil))) byContainer[c]?.push({ ...a, c });
      continue;
    }
    if ('exitCode' in a && (!Number.isInteger(a.exitCode) || a.exitCode < 0 || a.exitCode > 255)) continue;
    if ('after' in a && (!finite(a.after) || a.after < 0)) continue;
    if ('at' in a && (!finite(a.at) || a.at < 0)) continue;
    byContainer[c]?.push({ ...a, c });
  }
  deletions.sort((x, y) => x - y);
  return { byContainer, deletions };
}
