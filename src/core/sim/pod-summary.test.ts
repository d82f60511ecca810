// PodSummary keeps phase, conditions and kubectl columns one changed container at a time; it must always agree with
// the literal walks of the kubelet's getPhase / generate.go (pod-status.ts) and kubectl's printPod
// (kubectl-columns.ts), for any container statuses, however they got there.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContainerKind, PodRestartPolicy } from '../spec/pod-model';
import { printPodColumns } from './kubectl-columns';
import { podStatus, type PodFacts } from './pod-status';
import { PodSummary } from './pod-summary';
import type { ContainerSnapshot } from './types';

const arbSnapshot = (role: ContainerKind, name: string): fc.Arbitrary<ContainerSnapshot> =>
  fc.record({
    state: fc.constantFrom('waiting', 'running', 'terminated'),
    reason: fc.option(fc.constantFrom('PodInitializing', 'ContainerCreating', 'CrashLoopBackOff', 'Completed', 'Error', 'OOMKilled', ''), { nil: undefined }),
    exitCode: fc.option(fc.constantFrom(0, 1, 137), { nil: undefined }),
    started: fc.boolean(),
    ready: fc.boolean(),
    restartCount: fc.integer({ min: 0, max: 3 }),
    lastState: fc.option(fc.record({ exitCode: fc.constantFrom(0, 1), reason: fc.constantFrom('Completed', 'Error'), finishedAt: fc.integer({ min: 0, max: 100 }) }), { nil: undefined }),
  }).map((s) => {
    const snapshot: ContainerSnapshot = { name, role, state: s.state, started: s.started, ready: s.ready, restartCount: s.restartCount };
    if (s.reason !== undefined) snapshot.reason = s.reason;
    if (s.exitCode !== undefined) snapshot.exitCode = s.exitCode;
    if (s.lastState) snapshot.lastState = s.lastState;
    return snapshot;
  });

// A pod's containers in PodSnapshot order (init containers and sidecars, then apps), later states of random ones,
// and the pod-level facts.
const arbCase = fc.record({
  inits: fc.array(fc.constantFrom<ContainerKind>('init', 'sidecar'), { maxLength: 4 }),
  apps: fc.integer({ min: 1, max: 4 }),
}).chain(({ inits, apps }) => {
  const roles: ContainerKind[] = [...inits, ...Array.from({ length: apps }, () => 'app' as const)];
  const all = roles.map((role, i) => arbSnapshot(role, `c${i}`));
  return fc.record({
    start: fc.tuple(...all),
    changes: fc.array(fc.integer({ min: 0, max: roles.length - 1 }).chain((i) => fc.tuple(fc.constant(i), all[i]!)), { maxLength: 12 }),
    restartPolicy: fc.constantFrom<PodRestartPolicy>('Always', 'OnFailure', 'Never'),
    sandboxReady: fc.boolean(),
    terminal: fc.boolean(),
    appEverStarted: fc.boolean(),
    terminating: fc.boolean(),
  });
});

function expectSameAsLiteral(summary: PodSummary, containers: ContainerSnapshot[], facts: PodFacts, terminating: boolean): void {
  const literal = podStatus(containers, facts);
  expect(summary.status(facts)).toEqual(literal);
  expect(summary.anyAppStarted).toBe(containers.some((c) => c.role === 'app' && c.state !== 'waiting'));
  expect(summary.columns(literal.phase, literal.conditions, terminating)).toEqual(printPodColumns({ ...literal, containers, terminating }));
}

describe('PodSummary', () => {
  it('agrees with podStatus and printPodColumns after any sequence of container changes', () => {
    fc.assert(fc.property(arbCase, ({ start, changes, terminating, ...facts }) => {
      const containers = [...start];
      const summary = new PodSummary(containers);
      expectSameAsLiteral(summary, containers, facts, terminating);
      for (const [i, c] of changes) {
        containers[i] = c;
        summary.set(i, c);
        expectSameAsLiteral(summary, containers, facts, terminating);
      }
    }), { numRuns: 400 });
  });

  it('shows Init:1/3 while the second init container runs, then the app status once initialized', () => {
    const s = (name: string, role: ContainerKind, over: Partial<ContainerSnapshot>): ContainerSnapshot => ({ name, role, state: 'waiting', started: false, ready: false, restartCount: 0, ...over });
    const containers = [
      s('a', 'init', { state: 'terminated', exitCode: 0, reason: 'Completed' }),
      s('b', 'init', { state: 'running' }),
      s('c', 'init', { reason: 'PodInitializing' }),
      s('app', 'app', { reason: 'PodInitializing' }),
    ];
    const summary = new PodSummary(containers);
    const facts: PodFacts = { restartPolicy: 'Always', sandboxReady: true, terminal: false };
    let status = summary.status(facts);
    expect(summary.columns(status.phase, status.conditions, false)).toMatchObject({ status: 'Init:1/3', ready: '0/1' });
    summary.set(1, s('b', 'init', { state: 'terminated', exitCode: 0, reason: 'Completed' }));
    summary.set(2, s('c', 'init', { state: 'terminated', exitCode: 0, reason: 'Completed' }));
    summary.set(3, s('app', 'app', { state: 'running', started: true, ready: true }));
    status = summary.status(facts);
    expect(status.phase).toBe('Running');
    expect(summary.columns(status.phase, status.conditions, false)).toMatchObject({ status: 'Running', ready: '1/1' });
  });
});
