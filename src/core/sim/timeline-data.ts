// A simulation's result as plain data (it survives structuredClone, so a Web Worker can post it), and the light
// reader that answers Timeline.at(t) from it. This file imports no simulator rule: the main page reads timelines
// with it while the simulator itself may live in a Worker.
import { formatRestarts } from './kubectl-columns';
import type { ContainerSnapshot, PodConditions, PodPhase, PodSnapshot, SimEvent, Timeline } from './types';

/** The pod-level part of the snapshot at one change time. */
export interface PodRecord {
  phase: PodPhase;
  conditions: PodConditions;
  /** kubectl's READY and STATUS columns. */
  ready: string;
  status: string;
  /** RESTARTS' count and the newest counted lastState.terminated.finishedAt: "(15s ago)" depends on the time read. */
  restarts: number;
  lastRestartAt?: number;
  terminating?: boolean;
  deleted?: boolean;
}

/** One container's snapshots: `snapshots[k]` holds from change index `changes[k]` until the next one. */
export interface ContainerHistory {
  /** Ascending indexes into TimelineData.changeTimes; the first is 0. */
  changes: number[];
  snapshots: ContainerSnapshot[];
}

/**
 * Plain objects, arrays, numbers, strings and booleans only (no functions, classes or Maps), so it can be
 * structured-cloned. Its size grows with containers + changes, not containers × changes.
 */
export interface TimelineData {
  /** In time order. */
  events: SimEvent[];
  /** The last simulated second. */
  end: number;
  /** The pod times at which the snapshot changes, ascending; the first is 0. */
  changeTimes: number[];
  /** One record per change time. */
  pod: PodRecord[];
  /** initContainers first, in spec order, then containers. */
  containers: ContainerHistory[];
}

/** The index of the last entry ≤ t in an ascending list (0 when every entry is greater). */
export function lastIndexAtOrBefore(sorted: readonly number[], t: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sorted[mid] as number) <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** How many recently read change intervals keep their snapshot (and so their containers array). */
const CACHED_INTERVALS = 4;
/** Up to this many change times ahead of a cached interval, its containers array is copied and patched. */
const PATCH_STEPS = 32;

interface Changed {
  /** Positions of the containers whose snapshot changes at this change time, and their new snapshots. */
  at: number[];
  snapshots: ContainerSnapshot[];
}

/**
 * A Timeline over the data. Within one change interval, at(t) returns snapshots that share one `containers` array
 * (and the same PodSnapshot at the change time itself); a container's snapshot is the same object for as long as
 * that container does not change. Memoised views rely on both.
 */
export function timelineFromData(data: TimelineData): Timeline {
  const times = data.changeTimes;
  const end = Math.max(data.end, 0);
  // Most recently read first.
  const recent: Array<{ index: number; snapshot: PodSnapshot }> = [];
  // Per change time, which containers change there: built on the first step forward.
  let changed: Changed[] | undefined;

  function changedAt(): Changed[] {
    if (changed) return changed;
    const list: Changed[] = times.map(() => ({ at: [], snapshots: [] }));
    data.containers.forEach((h, k) => h.changes.forEach((index, j) => {
      list[index]?.at.push(k);
      list[index]?.snapshots.push(h.snapshots[j] as ContainerSnapshot);
    }));
    changed = list;
    return list;
  }

  function containersAt(index: number): ContainerSnapshot[] {
    // Playing forward, few containers change between two frames: copy the nearest cached interval before this one
    // and put in what changed since, rather than search every container's history.
    let from: { index: number; snapshot: PodSnapshot } | undefined;
    for (const r of recent) if (r.index < index && (!from || r.index > from.index)) from = r;
    if (!from || index - from.index > PATCH_STEPS) {
      return data.containers.map((h) => h.snapshots[lastIndexAtOrBefore(h.changes, index)] as ContainerSnapshot);
    }
    const list = changedAt();
    const containers = from.snapshot.containers.slice();
    for (let k = from.index + 1; k <= index; k++) {
      const { at, snapshots } = list[k] as Changed;
      for (let i = 0; i < at.length; i++) containers[at[i] as number] = snapshots[i] as ContainerSnapshot;
    }
    return containers;
  }

  function snapshotAt(index: number): PodSnapshot {
    const found = recent.findIndex((r) => r.index === index);
    if (found >= 0) {
      const hit = recent[found] as { index: number; snapshot: PodSnapshot };
      if (found > 0) {
        recent.splice(found, 1);
        recent.unshift(hit);
      }
      return hit.snapshot;
    }
    const snapshot = build(index);
    recent.unshift({ index, snapshot });
    if (recent.length > CACHED_INTERVALS) recent.pop();
    return snapshot;
  }

  function build(index: number): PodSnapshot {
    const t = times[index] as number;
    const pod = data.pod[index] as PodRecord;
    const containers = containersAt(index);
    const snapshot: PodSnapshot = {
      t,
      phase: pod.phase,
      conditions: pod.conditions,
      containers,
      kubectl: { ready: pod.ready, status: pod.status, restarts: formatRestarts(pod, t) },
    };
    if (pod.terminating) snapshot.terminating = true;
    if (pod.deleted) snapshot.deleted = true;
    return snapshot;
  }

  return {
    events: data.events,
    end,
    changeTimes: times,
    at(t: number): PodSnapshot {
      const at = Math.min(Math.max(Number.isFinite(t) ? t : 0, 0), end);
      const index = lastIndexAtOrBefore(times, at);
      const base = snapshotAt(index);
      if (base.t === at) return base;
      // Between changes only RESTARTS' "(15s ago)" moves.
      return { ...base, t: at, kubectl: { ...base.kubectl, restarts: formatRestarts(data.pod[index] as PodRecord, at) } };
    },
  };
}
