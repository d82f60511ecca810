// The timeline a simulation returns: snapshots recorded at each instant the pod changed, found again by binary
// search, so Timeline.at(t) is cheap enough to call every animation frame. Only RESTARTS' "(15s ago)" depends on t
// between changes.
import type { PodModel } from '../spec/pod-model';
import { formatRestarts, printPodColumns, type RestartTally } from './kubectl-columns';
import { podStatus } from './pod-status';
import type { ContainerState } from './sim-state';
import type { ContainerSnapshot, PodSnapshot, SimEvent, Timeline } from './types';

export interface RecorderSource {
  readonly pod: PodModel;
  readonly containers: readonly ContainerState[];
  readonly sandboxReady: boolean;
  readonly terminal: boolean;
  readonly terminating: boolean;
  readonly deleted: boolean;
}

export type RecordedTimeline = Timeline & { changeTimes: readonly number[] };

// pkg/kubelet/kubelet_pods.go convertToAPIContainerStatuses: a container with no status yet is Waiting with
// PodInitializing when the pod has init containers, ContainerCreating otherwise.
function containerSnapshot(c: ContainerState, defaultWaiting: string): ContainerSnapshot {
  const s: ContainerSnapshot = {
    name: c.spec.name,
    role: c.spec.kind,
    state: c.status,
    started: c.started,
    ready: c.ready,
    restartCount: c.restartCount,
  };
  const reason = c.reason ?? (c.status === 'waiting' ? defaultWaiting : undefined);
  if (reason !== undefined) s.reason = reason;
  if (c.exitCode !== undefined) s.exitCode = c.exitCode;
  if (c.finishedAt !== undefined) s.finishedAt = c.finishedAt;
  if (c.backOffUntil !== undefined) s.backOffUntil = c.backOffUntil;
  if (c.lastState) s.lastState = { ...c.lastState };
  return s;
}

export class SnapshotRecorder {
  private readonly times: number[] = [];
  private readonly snapshots: PodSnapshot[] = [];
  private readonly tallies: RestartTally[] = [];
  private dirty = true;
  private appEverStarted = false;
  private readonly defaultWaiting: string;

  constructor(private readonly source: RecorderSource) {
    this.defaultWaiting = source.pod.initContainers.length > 0 ? 'PodInitializing' : 'ContainerCreating';
  }

  /** The time of the last snapshot taken. */
  get lastTime(): number {
    return this.times[this.times.length - 1] ?? 0;
  }

  changed(): void {
    this.dirty = true;
  }

  /** Takes a snapshot of the pod as it stands after everything that happened at t. */
  record(t: number): void {
    if (!this.dirty) return;
    this.dirty = false;
    const src = this.source;
    const containers = src.containers.map((c) => (c.snapshot ??= containerSnapshot(c, this.defaultWaiting)));
    this.appEverStarted ||= containers.some((c) => c.role === 'app' && c.state !== 'waiting');
    const computed = podStatus(containers, {
      restartPolicy: src.pod.restartPolicy,
      sandboxReady: src.sandboxReady,
      terminal: src.terminal,
      appEverStarted: this.appEverStarted,
    });
    // pkg/kubelet/status/status_manager.go: a pod never leaves Succeeded or Failed ("illegal transition from
    // terminal phase"); readiness goes with it.
    const replacing = this.times[this.times.length - 1] === t;
    const before = this.snapshots[this.snapshots.length - (replacing ? 2 : 1)]?.phase;
    const stuck = (before === 'Succeeded' || before === 'Failed') && computed.phase !== before;
    const phase = stuck ? before : computed.phase;
    const conditions = stuck ? { ...computed.conditions, ContainersReady: false, Ready: false } : computed.conditions;
    const { ready, status, tally } = printPodColumns({ phase, conditions, containers, terminating: src.terminating });
    const snapshot: PodSnapshot = { t, phase, conditions, containers, kubectl: { ready, status, restarts: formatRestarts(tally, t) } };
    if (src.terminating) snapshot.terminating = true;
    if (src.deleted) snapshot.deleted = true;
    if (replacing) {
      this.snapshots[this.snapshots.length - 1] = snapshot;
      this.tallies[this.tallies.length - 1] = tally;
      return;
    }
    this.times.push(t);
    this.snapshots.push(snapshot);
    this.tallies.push(tally);
  }

  finish(events: SimEvent[], end: number): RecordedTimeline {
    const times = this.times;
    const snapshots = this.snapshots;
    const tallies = this.tallies;
    const last = Math.max(end, 0);
    return {
      events,
      end: last,
      changeTimes: times,
      at(t: number): PodSnapshot {
        const at = Math.min(Math.max(Number.isFinite(t) ? t : 0, 0), last);
        const i = lastIndexAtOrBefore(times, at);
        const base = snapshots[i] as PodSnapshot;
        const tally = tallies[i] as RestartTally;
        if (base.t === at) return base;
        return { ...base, t: at, kubectl: { ...base.kubectl, restarts: formatRestarts(tally, at) } };
      },
    };
  }
}

function lastIndexAtOrBefore(times: readonly number[], t: number): number {
  let lo = 0;
  let hi = times.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((times[mid] as number) <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The first event time after t (for "Step forward"), or undefined at the end. */
export function nextEventTime(timeline: Timeline, t: number): number | undefined {
  const events = timeline.events;
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((events[mid] as SimEvent).t <= t) lo = mid + 1;
    else hi = mid;
  }
  return events[lo]?.t;
}

/** The last event time before t (for "Step back"), or undefined at the start. */
export function previousEventTime(timeline: Timeline, t: number): number | undefined {
  const events = timeline.events;
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((events[mid] as SimEvent).t < t) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? events[lo - 1]?.t : undefined;
}
