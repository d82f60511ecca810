// The simulator's working state: one record per container, the pending happenings, and what the kubelet
// modules (start-up, probes, termination) may ask of the engine. Mutable, but only inside one simulate() call.
import type { ContainerModel, PodModel } from '../spec/pod-model';
import type { BackOffEntry } from './back-off';
import type { Action, ProbeKind } from './scenario';

/** Where a container stands in the kubelet's eyes. */
export type Life =
  | 'idle' // never started yet
  | 'starting' // pulling / creating
  | 'running' // its process runs (a postStart hook may still be running)
  | 'exited' // terminated, not yet noticed by the kubelet (PLEG relist)
  | 'backOff' // waiting in CrashLoopBackOff
  | 'done'; // terminated or abandoned, and will not be started again

export interface ContainerState {
  spec: ContainerModel;
  /** Position in allContainers(pod). */
  at: number;
  // What the API status shows.
  status: 'waiting' | 'running' | 'terminated';
  reason?: string;
  exitCode?: number;
  finishedAt?: number;
  started: boolean;
  ready: boolean;
  restartCount: number;
  backOffUntil?: number;
  lastState?: { exitCode: number; reason: string; finishedAt: number };
  // The kubelet's bookkeeping.
  life: Life;
  /** Bumped whenever a run ends or a start is abandoned: pending happenings of an older epoch are void. */
  epoch: number;
  /** Number of starts so far (the current run's 1-based number while running). */
  runs: number;
  startedAt: number;
  /** When the current run's postStart hook returns (the kubelet starts nothing else before). */
  postStartUntil: number;
  startupPassed: boolean;
  readinessOk: boolean;
  probeFailures: Record<ProbeKind, number>;
  probeSuccesses: Record<ProbeKind, number>;
  backOff?: BackOffEntry;
  /** The kubelet is stopping it (deletion, or the pod completing). */
  stopping: boolean;
  stopDeadline: number;
}

export type Happening =
  | { kind: 'sandboxReady' }
  | { kind: 'initSync' }
  | { kind: 'passNext' }
  | { kind: 'pulled'; c: number; epoch: number; seconds: number }
  | { kind: 'postStartDone'; c: number; epoch: number; ok: boolean }
  | { kind: 'exit'; c: number; epoch: number; exitCode: number; reason: string }
  | { kind: 'crashAt'; c: number; exitCode: number; reason: string }
  | { kind: 'noticeExit'; c: number; epoch: number }
  | { kind: 'backOffOver'; c: number; epoch: number }
  | { kind: 'probe'; c: number; epoch: number; probe: ProbeKind }
  | { kind: 'deletePod' }
  | { kind: 'preStopDone'; c: number; epoch: number; ok: boolean }
  | { kind: 'sigterm'; c: number; epoch: number }
  | { kind: 'sigkill'; c: number; epoch: number };

export type Pending = Happening & { t: number; seq: number };

/** A scenario action that applies to one container, resolved to its index. */
export type ContainerAction = Exclude<Action, { deletePod: true }> & { c: number };

/** What the kubelet modules may ask of the engine. */
export interface Kubelet {
  readonly pod: PodModel;
  readonly containers: ContainerState[];
  readonly now: number;
  schedule(h: Happening, t: number): void;
  emit(type: string, message: string, container?: string, reason?: string): void;
  touch(c: ContainerState): void;
  /** The process ends now. */
  exit(c: ContainerState, exitCode: number, reason: string): void;
  /** Probe-failure windows from the scenario, per container index. */
  probeActions(c: ContainerState, probe: ProbeKind): Array<{ failFrom: number; failUntil?: number }>;
  /**
   * A native sidecar became started: the kubelet syncs the pod `after` seconds later (but not before its postStart
   * hook returns) and may move on to the next init container.
   */
  sidecarStarted(c: ContainerState, after: number): void;
}

export function freshContainer(spec: ContainerModel, at: number): ContainerState {
  return {
    spec,
    at,
    status: 'waiting',
    started: false,
    ready: false,
    restartCount: 0,
    life: 'idle',
    epoch: 0,
    runs: 0,
    startedAt: 0,
    postStartUntil: 0,
    startupPassed: false,
    readinessOk: false,
    probeFailures: { startup: 0, readiness: 0, liveness: 0 },
    probeSuccesses: { startup: 0, readiness: 0, liveness: 0 },
    stopping: false,
    stopDeadline: Infinity,
  };
}

/** A binary min-heap on (t, seq): the earliest happening first, and at equal times the one scheduled first. */
export class PendingQueue {
  private items: Pending[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): Pending | undefined {
    return this.items[0];
  }

  push(p: Pending): void {
    const a = this.items;
    a.push(p);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(a[i] as Pending, a[parent] as Pending)) break;
      [a[i], a[parent]] = [a[parent] as Pending, a[i] as Pending];
      i = parent;
    }
  }

  pop(): Pending | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && before(a[l] as Pending, a[m] as Pending)) m = l;
        if (r < a.length && before(a[r] as Pending, a[m] as Pending)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m] as Pending, a[i] as Pending];
        i = m;
      }
    }
    return top;
  }
}

/**
 * A user's "crash now" at pod time t hits whatever runs at the end of that second, so it comes after everything
 * else due at t: a click on the second a container started must crash that run, not find it not started yet.
 */
function rank(p: Pending): number {
  return p.kind === 'crashAt' ? 1 : 0;
}

function before(x: Pending, y: Pending): boolean {
  if (x.t !== y.t) return x.t < y.t;
  const byRank = rank(x) - rank(y);
  return byRank !== 0 ? byRank < 0 : x.seq < y.seq;
}
