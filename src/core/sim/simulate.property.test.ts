// Invariants of the simulator for any pod and scenario (fast-check): start-up order, one init container at a time,
// time never goes backwards, the same input gives the same timeline, every run ends by `until`, nothing throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContainerModel, HandlerModel, PodModel } from '../spec/pod-model';
import type { Action, Scenario } from './scenario';
import { simulate } from './simulate';
import { container, initContainer, pod, probe, sidecar } from './test-pod';
import type { Timeline } from './types';

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

const arbPod: fc.Arbitrary<PodModel> = fc.record({
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

function arbScenario(names: string[]): fc.Arbitrary<Scenario> {
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

const arbCase = arbPod.chain((p) => fc.record({
  pod: fc.constant(p),
  scenario: arbScenario([...p.initContainers, ...p.containers].map((c) => c.name)),
  until: fc.integer({ min: 0, max: 700 }),
}));

function firstStart(tl: Timeline, name: string): number | undefined {
  return tl.events.find((e) => e.type === 'Started' && e.container === name)?.t;
}

describe('simulate, for any pod and scenario', () => {
  it('starts no app container before every init container completed and every sidecar started; init containers in spec order', () => {
    fc.assert(fc.property(arbCase, ({ pod: p, scenario, until }) => {
      const tl = simulate(p, scenario, { until });
      const appStarts = p.containers.map((c) => firstStart(tl, c.name)).filter((t): t is number => t !== undefined);
      const firstApp = Math.min(...appStarts);
      if (appStarts.length > 0) {
        for (const c of p.initContainers) {
          if (c.kind === 'sidecar') expect(firstStart(tl, c.name)).toBeLessThanOrEqual(firstApp);
          else expect(tl.events.some((e) => e.type === 'Exited' && e.container === c.name && e.reason === 'Completed' && e.t <= firstApp)).toBe(true);
        }
      }
      let previous = -Infinity;
      for (const c of p.initContainers) {
        const t = firstStart(tl, c.name);
        if (t === undefined) break;
        expect(t).toBeGreaterThanOrEqual(previous);
        previous = t;
      }
    }), { numRuns: 300 });
  });

  it('runs at most one regular init container at a time', () => {
    fc.assert(fc.property(arbCase, ({ pod: p, scenario, until }) => {
      const tl = simulate(p, scenario, { until });
      for (const t of tl.changeTimes ?? []) {
        expect(tl.at(t).containers.filter((c) => c.role === 'init' && c.state === 'running').length).toBeLessThanOrEqual(1);
      }
    }), { numRuns: 300 });
  });

  it('keeps events in time order and ends by `until`', () => {
    fc.assert(fc.property(arbCase, ({ pod: p, scenario, until }) => {
      const tl = simulate(p, scenario, { until });
      expect(tl.end).toBeLessThanOrEqual(until);
      for (let i = 0; i < tl.events.length; i++) {
        const e = tl.events[i];
        expect(e?.t).toBeLessThanOrEqual(until);
        if (i > 0) expect(e?.t).toBeGreaterThanOrEqual(tl.events[i - 1]?.t ?? 0);
      }
      expect(tl.at(until + 10).t).toBe(tl.end);
    }), { numRuns: 300 });
  });

  it('gives the same timeline for the same input', () => {
    fc.assert(fc.property(arbCase, fc.array(fc.double({ min: 0, max: 700, noNaN: true }), { minLength: 1, maxLength: 8 }), ({ pod: p, scenario, until }, samples) => {
      const a = simulate(p, scenario, { until });
      const b = simulate(structuredClone(p), structuredClone(scenario), { until });
      expect(b.events).toEqual(a.events);
      expect(b.end).toBe(a.end);
      for (const t of samples) expect(b.at(t)).toEqual(a.at(t));
    }), { numRuns: 300 });
  });

  it('never leaves a terminal phase, never lowers a restart count, and keeps Ready ⇒ ContainersReady ⇒ Initialized', () => {
    fc.assert(fc.property(arbCase, ({ pod: p, scenario, until }) => {
      const tl = simulate(p, scenario, { until });
      let terminal: string | undefined;
      const restarts = new Map<string, number>();
      for (const t of tl.changeTimes ?? []) {
        const s = tl.at(t);
        if (terminal) expect(s.phase).toBe(terminal);
        if (s.phase === 'Succeeded' || s.phase === 'Failed') terminal = s.phase;
        for (const c of s.containers) {
          expect(c.restartCount).toBeGreaterThanOrEqual(restarts.get(c.name) ?? 0);
          restarts.set(c.name, c.restartCount);
        }
        if (s.conditions.Ready) expect(s.conditions.ContainersReady).toBe(true);
        if (s.conditions.ContainersReady) expect(s.conditions.Initialized).toBe(true);
        if (s.deleted) expect(t).toBe(tl.end);
      }
    }), { numRuns: 200 });
  });
});
