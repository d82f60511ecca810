// Records what the pod looks like after each instant at which it changed, as TimelineData. Work per change is
// proportional to the containers that changed: each keeps its own history of snapshots, and the pod-level part
// (phase, conditions, kubectl columns) comes from PodSummary, so a big pod's simulation stays linear.
import type { PodModel } from '../spec/pod-model';
import { PodSummary } from './pod-summary';
import type { ContainerState } from './sim-state';
import type { ContainerHistory, PodRecord, TimelineData } from './timeline-data';
import type { ContainerSnapshot, PodPhase, SimEvent } from './types';

export interface RecorderSource {
  readonly pod: PodModel;
  readonly containers: readonly ContainerState[];
  readonly sandboxReady: boolean;
  readonly terminal: boolean;
  readonly terminating: boolean;
  readonly deleted: boolean;
}

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
  private readonly records: PodRecord[] = [];
  private readonly histories: ContainerHistory[];
  /** Containers changed since the last record, each once. */
  private readonly touched: ContainerState[];
  private readonly isTouched: boolean[];
  private summary: PodSummary | undefined;
  private dirty = true;
  private appEverStarted = false;
  private readonly defaultWaiting: string;

  constructor(private readonly source: RecorderSource) {
    this.defaultWaiting = source.pod.initContainers.length > 0 ? 'PodInitializing' : 'ContainerCreating';
    this.histories = source.containers.map(() => ({ changes: [], snapshots: [] }));
    // Every container is new at the first record.
    this.touched = [...source.containers];
    this.isTouched = source.containers.map(() => true);
  }

  /** The time of the last snapshot taken. */
  get lastTime(): number {
    return this.times[this.times.length - 1] ?? 0;
  }

  /** Something about the pod changed (an event, the sandbox, the phase's inputs). */
  changed(): void {
    this.dirty = true;
  }

  /** Something about this container's status changed. */
  touch(c: ContainerState): void {
    this.dirty = true;
    if (this.isTouched[c.at]) return;
    this.isTouched[c.at] = true;
    this.touched.push(c);
  }

  /** Takes a snapshot of the pod as it stands after everything that happened at t. */
  record(t: number): void {
    if (!this.dirty) return;
    this.dirty = false;
    const src = this.source;
    const replacing = this.times[this.times.length - 1] === t;
    const index = replacing ? this.times.length - 1 : this.times.length;
    const summary = this.takeContainers(index);
    this.appEverStarted ||= summary.anyAppStarted;
    const computed = summary.status({
      restartPolicy: src.pod.restartPolicy,
      sandboxReady: src.sandboxReady,
      terminal: src.terminal,
      appEverStarted: this.appEverStarted,
    });
    // pkg/kubelet/status/status_manager.go: a pod never leaves Succeeded or Failed ("illegal transition from
    // terminal phase"); readiness goes with it.
    const before: PodPhase | undefined = this.records[index - 1]?.phase;
    const stuck = (before === 'Succeeded' || before === 'Failed') && computed.phase !== before;
    const phase = stuck ? before : computed.phase;
    const conditions = stuck ? { ...computed.conditions, ContainersReady: false, Ready: false } : computed.conditions;
    const { ready, status, tally } = summary.columns(phase, conditions, src.terminating);
    const record: PodRecord = { phase, conditions, ready, status, restarts: tally.restarts };
    if (tally.lastRestartAt !== undefined) record.lastRestartAt = tally.lastRestartAt;
    if (src.terminating) record.terminating = true;
    if (src.deleted) record.deleted = true;
    this.records[index] = record;
    this.times[index] = t;
  }

  /** Snapshots the containers touched since the last record into their histories, at change `index`. */
  private takeContainers(index: number): PodSummary {
    for (const c of this.touched) {
      const snapshot = containerSnapshot(c, this.defaultWaiting);
      const h = this.histories[c.at] as ContainerHistory;
      const last = h.changes.length - 1;
      if (h.changes[last] === index) h.snapshots[last] = snapshot;
      else {
        h.changes.push(index);
        h.snapshots.push(snapshot);
      }
      this.isTouched[c.at] = false;
      this.summary?.set(c.at, snapshot);
    }
    this.touched.length = 0;
    // The first record has every container.
    this.summary ??= new PodSummary(this.histories.map((h) => h.snapshots[0] as ContainerSnapshot));
    return this.summary;
  }

  finish(events: SimEvent[], end: number): TimelineData {
    return { events, end: Math.max(end, 0), changeTimes: this.times, pod: this.records, containers: this.histories };
  }
}
