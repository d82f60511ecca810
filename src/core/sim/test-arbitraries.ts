// Generators of pods and scenarios for the simulator's property and fuzz tests (simulate.property.test.ts,
// simulate.fuzz.test.ts, share/*.fuzz.test.ts): every container kind, shell idioms the simulator reads, probes,
// hooks, and scenarios that name a container the pod does not have ('ghost') or carry negative and NaN times;
// arbAbsurdScenario goes further (odd names, ±Infinity, huge and fractional numbers in every field).
import fc from 'fast-check';
import type { ContainerModel, HandlerModel, PodModel } from '../spec/pod-model';
import type { Action, ProbeKind, Scenario } from './scenario';
import { container, initContainer, pod, probe, sidecar } from './test-pod';

const commands: string[][] = [
  [], ['sleep', 'infinity'], ['sleep', '5'], ['sh', '-c', 'echo hi'], ['sh', '-c', 'sleep 3; exit 1'], ['sh', '-c', 'exit 2'],
  ['sh', '-c', 'until nslookup db; do sleep 2; done'], ['sh', '-c', 'git clone repo ;'], ['tail', '-f', '/dev/null'],
  ['sh', '-c', "trap '' TERM; sleep 40"], ['sh', '-c', 'while true; do sleep 1; done'], ['nginx'],
];
const handlers: HandlerModel[] = [
  { type: 'sleep', seconds: 3 }, { type: 'exec', command: ['sh', '-c', 'exit 1'] }, { type: 'exec', command: ['sh', '-c', 'sleep 2'] },
  { type: 'httpGet', port: 80, path: '/', scheme: 'HTTP' },
];

const arbProbe = fc.option(
  fc.record({ initialDelaySeconds: fc.integer({ min: 0, max: 10 }), periodSeconds: fc.integer({ min: 1, max: 15 }), failureThreshold: fc.integer({ min: 1, max: 4 }), successThreshold: fc.integer({ min: 1, max: 2 }) })
    .map((o) => probe(o)),
  { nil: undefined },
);
const arbRunning = fc.record({
  image: fc.constantFrom('busybox', 'busybox:1.36', 'nginx:1.27', 'envoy:v1'),
  command: fc.constantFrom(...commands),
  startupProbe: arbProbe,
  readinessProbe: arbProbe,
  livenessProbe: arbProbe,
  postStart: fc.option(fc.constantFrom(...handlers), { nil: undefined }),
  preStop: fc.option(fc.constantFrom(...handlers), { nil: undefined }),
});
type Running = typeof arbRunning extends fc.Arbitrary<infer T> ? T : never;
const build = (r: Running, name: string, make: typeof container): ContainerModel =>
  make({
    name, image: r.image, command: r.command, startupProbe: r.startupProbe, readinessProbe: r.readinessProbe, livenessProbe: r.livenessProbe,
    lifecycle: { ...(r.postStart ? { postStart: r.postStart } : {}), ...(r.preStop ? { preStop: r.preStop } : {}) },
  });

export const arbPod: fc.Arbitrary<PodModel> = fc.record({
  restartPolicy: fc.constantFrom('Always', 'OnFailure', 'Never'),
  grace: fc.integer({ min: 0, max: 40 }),
  inits: fc.array(fc.oneof(
    fc.record({ sidecar: fc.constant(false), image: fc.constantFrom('busybox', 'busybox:1.36'), command: fc.constantFrom(...commands) }),
    fc.record({ sidecar: fc.constant(true), running: arbRunning }),
  ), { maxLength: 3 }),
  apps: fc.array(arbRunning, { minLength: 1, maxLength: 3 }),
}).map(({ restartPolicy, grace, inits, apps }) => pod({
  restartPolicy: restartPolicy as PodModel['restartPolicy'],
  terminationGracePeriodSeconds: grace,
  initContainers: inits.map((c, i) => ('running' in c ? build(c.running, `side-${i}`, sidecar) : initContainer({ name: `init-${i}`, image: c.image, command: c.command }))),
  containers: apps.map((r, i) => build(r, `app-${i}`, container)),
}));

export function arbScenario(names: string[]): fc.Arbitrary<Scenario> {
  const name = fc.constantFrom(...names, 'ghost');
  const time = fc.oneof(fc.integer({ min: 0, max: 300 }), fc.double({ min: -5, max: 300, noNaN: false }));
  const action: fc.Arbitrary<Action> = fc.oneof(
    fc.record({ container: name, exitCode: fc.integer({ min: 0, max: 255 }), after: time, run: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }) }),
    fc.record({ container: name, exitCode: fc.integer({ min: -1, max: 256 }), at: time }),
    fc.record({ container: name, probe: fc.constantFrom('startup', 'readiness', 'liveness'), failFrom: time, failUntil: fc.option(time, { nil: undefined }) }),
    fc.record({ container: name, oomKilled: fc.constant(true as const), after: time, run: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }) }),
    fc.record({ deletePod: fc.constant(true as const), at: time }),
  );
  return fc.array(action, { maxLength: 6 }).map((actions) => ({ actions }));
}

export const arbCase = arbPod.chain((p) => fc.record({
  pod: fc.constant(p),
  scenario: arbScenario([...p.initContainers, ...p.containers].map((c) => c.name)),
  until: fc.integer({ min: 0, max: 700 }),
}));

/** Mostly plausible seconds, often absurd ones. */
const arbSeconds = fc.oneof(
  { weight: 4, arbitrary: fc.noBias(fc.integer({ min: 0, max: 120 })) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 120, noNaN: true }) },
  { weight: 2, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, -1, -0, -1e-9, 1e-9, 0.0005, 1e300, Number.MAX_VALUE, Number.MAX_SAFE_INTEGER, 2 ** 31) },
  { weight: 1, arbitrary: fc.double() },
);
const arbExitCode = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 255 }) },
  { weight: 1, arbitrary: fc.constantFrom(-1, 256, 1.5, NaN, Infinity, -Infinity, 1e300, 2 ** 32 + 1) },
);
const arbRun = fc.option(fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constantFrom(0, -1, 1.5, NaN, Infinity, 1e9)), { nil: undefined });

/** Actions of every variant, naming the pod's containers, names it does not have, and near misses of its names. */
export function arbAbsurdScenario(names: readonly string[]): fc.Arbitrary<Scenario> {
  const first = names[0] ?? 'app';
  const container = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...names, first) },
    { weight: 1, arbitrary: fc.constantFrom('ghost', '', '__proto__', 'constructor', 'toString', first.toUpperCase(), ` ${first}`, `${first}\u0000`, 'x'.repeat(300)) },
  );
  const probe = fc.constantFrom<ProbeKind>('startup', 'readiness', 'liveness');
  const action: fc.Arbitrary<Action> = fc.oneof(
    fc.record({ container, exitCode: arbExitCode, after: arbSeconds, run: arbRun }),
    fc.record({ container, exitCode: arbExitCode, at: arbSeconds }),
    fc.record({ container, probe, failFrom: arbSeconds, failUntil: fc.option(arbSeconds, { nil: undefined }) }),
    fc.record({ container, oomKilled: fc.constant(true as const), after: arbSeconds, run: arbRun }),
    fc.record({ container, oomKilled: fc.constant(true as const), at: arbSeconds }),
    fc.record({ deletePod: fc.constant(true as const), at: arbSeconds }),
  );
  // A record with `run: undefined` is not the same as one without `run`: drop the key, as JSON would.
  return fc.array(action, { maxLength: 8 }).map((actions) => ({
    actions: actions.map((a) => ('run' in a && a.run === undefined ? (({ run: _, ...rest }) => rest)(a) : a) as Action),
  }));
}
