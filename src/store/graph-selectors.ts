// The canvas's derived state: roles, flows and the laid-out graph from the pod shown, and the live graph at the
// cursor. Each is memoised on its inputs, so the same pod gives the same graph object (zustand v5 needs stable
// references) and stepping the cursor never re-lays the graph out.
import { buildGraph } from '../core/graph/build-graph';
import type { PodGraph } from '../core/graph/graph-types';
import { liveGraph, type LiveContainerState, type LiveGraph } from '../core/graph/live-graph';
import { classifyRoles } from '../core/patterns/classify-roles';
import { deriveFlows } from '../core/patterns/derive-flows';
import type { Flow } from '../core/patterns/flow-types';
import type { RoleAssignment } from '../core/patterns/role-types';
import type { PodSnapshot } from '../core/sim/types';
import { memoizeLast } from './memoize-last';
import type { PodscopeState } from './podscope-store';
import { selectPod, selectSnapshot } from './selectors';

const rolesOf = memoizeLast(classifyRoles);
const flowsOf = memoizeLast(deriveFlows);
const graphOf = memoizeLast(buildGraph);
/**
 * Between two changes of the pod, timeline.at(t) gives a new snapshot object on every frame (its `t` moves) while
 * its containers and conditions stay the same objects. The live graph depends on t only through the back-off
 * countdown (tenths of a second), so it is recomputed when the pod changes or the countdown ticks, not on every
 * playback frame: otherwise every node and edge would re-render at 60 fps.
 */
const liveOf = memoizeLast(
  (
    graph: PodGraph,
    _containers: PodSnapshot['containers'],
    _conditions: PodSnapshot['conditions'],
    _phase: PodSnapshot['phase'],
    _deleted: PodSnapshot['deleted'],
    _countdownTick: number,
    snapshot: PodSnapshot,
  ) => liveGraph(graph, snapshot),
  6,
);
function countdownTick(snapshot: PodSnapshot): number {
  return snapshot.containers.some((c) => c.backOffUntil !== undefined) ? Math.round(snapshot.t * 10) : -1;
}

export const selectRoles = (s: PodscopeState): RoleAssignment[] => rolesOf(selectPod(s));
export const selectFlows = (s: PodscopeState): Flow[] => flowsOf(selectPod(s), selectRoles(s));
export const selectGraph = (s: PodscopeState): PodGraph => graphOf(selectPod(s), selectRoles(s), selectFlows(s));
export const selectLiveGraph = (s: PodscopeState): LiveGraph => {
  const snapshot = selectSnapshot(s);
  return liveOf(selectGraph(s), snapshot.containers, snapshot.conditions, snapshot.phase, snapshot.deleted, countdownTick(snapshot), snapshot);
};

/** One container node's live state by node id ("container:web"); a fresh object per cursor, so read it with useShallow. */
export const selectLiveContainer = (s: PodscopeState, nodeId: string): LiveContainerState | undefined =>
  selectLiveGraph(s).containers[nodeId];

/** Whether an edge carries traffic at the cursor: a boolean, stable by value. */
export const selectEdgeActive = (s: PodscopeState, edgeId: string): boolean => selectLiveGraph(s).edges[edgeId] === true;

/**
 * Memoised by value: the same key gives the same object back, so a view re-renders only when what it shows changes,
 * not on every frame of playback (each frame gives a new live graph).
 */
function byValue<T>(keyOf: (live: LiveGraph) => string, make: (live: LiveGraph) => T): (s: PodscopeState) => T {
  let lastKey: string | null = null;
  let last: T;
  const perLive = memoizeLast((live: LiveGraph) => {
    const key = keyOf(live);
    if (key !== lastKey) {
      lastKey = key;
      last = make(live);
    }
    return last;
  });
  return (s) => perLive(selectLiveGraph(s));
}

/** Each container node's accessible name at the cursor, by node id: a new object only when a name changes. */
export const selectContainerLabels = byValue(
  (live) => Object.values(live.containers).map((c) => `${c.nodeId}\u0000${c.ariaLabel}`).join('\u0001'),
  (live) => Object.fromEntries(Object.values(live.containers).map((c) => [c.nodeId, c.ariaLabel])),
);

/** The ids of the edges carrying traffic at the cursor: a new set only when one starts or stops. */
export const selectActiveEdges = byValue(
  (live) => Object.keys(live.edges).filter((id) => live.edges[id]).join('\u0001'),
  (live): ReadonlySet<string> => new Set(Object.keys(live.edges).filter((id) => live.edges[id])),
);

/** Dot pace on flow edges: 1 while the cursor stands still; with playback speed (2× = 1) within ½ to 3 while playing. */
export const selectDotPace = (s: PodscopeState): number => (s.playing ? Math.min(3, Math.max(0.5, s.speed / 2)) : 1);
