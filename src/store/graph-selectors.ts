// The canvas's derived state: roles, flows and the laid-out graph of the pod shown (made with the analysis, in the
// Worker, and kept as the same objects while the pod is the same), and the live graph at the cursor, memoised so
// stepping the cursor never re-lays the graph out (zustand v5 needs stable references).
import type { PodGraph } from '../core/graph/graph-types';
import { liveGraph, type LiveContainerState, type LiveGraph } from '../core/graph/live-graph';
import type { Flow } from '../core/patterns/flow-types';
import type { RoleAssignment } from '../core/patterns/role-types';
import type { PodSnapshot } from '../core/sim/types';
import { memoizeLast, memoizePerState } from './memoize-last';
import type { PodscopeState } from './podscope-store';
import { selectSnapshot } from './selectors';

/** Before the first analysis: a pod with nothing in it to draw. */
const NO_ROLES: RoleAssignment[] = [];
const NO_FLOWS: Flow[] = [];
const EMPTY_GRAPH: PodGraph = { nodes: [], edges: [], flows: NO_FLOWS, podIp: '', conflicts: [], width: 0, height: 0 };
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
  ) => keepUnchanged(liveGraph(graph, snapshot)),
  6,
);

/**
 * The new live graph with each container's state that did not change replaced by the previous object, so a node
 * reads its state by identity and only the nodes whose state changed re-render (one change of the pod is
 * usually one container's). The edges' activity is kept the same way, as one object: most changes of the pod
 * start or stop no flow.
 */
let previousLive: LiveGraph | null = null;
function keepUnchanged(live: LiveGraph): LiveGraph {
  const previous = previousLive?.containers;
  if (previous) {
    for (const [id, state] of Object.entries(live.containers)) {
      const before = previous[id];
      if (before && sameFlatObject(before, state)) live.containers[id] = before;
    }
  }
  if (previousLive && sameFlatObject(previousLive.edges, live.edges)) live.edges = previousLive.edges;
  previousLive = live;
  return live;
}

function sameFlatObject<T extends object>(a: T, b: T): boolean {
  const keys = Object.keys(a) as Array<keyof T>;
  return keys.length === Object.keys(b).length && keys.every((k) => Object.is(a[k], b[k]));
}

function countdownTick(snapshot: PodSnapshot): number {
  return snapshot.containers.some((c) => c.backOffUntil !== undefined) ? Math.round(snapshot.t * 10) : -1;
}

export const selectRoles = (s: PodscopeState): RoleAssignment[] => s.analysis?.roles ?? NO_ROLES;
const rolesByName = memoizeLast((roles: RoleAssignment[]) => new Map(roles.map((r) => [r.container, r])));
/** A container's role: why it was chosen (words that may name other containers) and from what, by name. */
export const selectRoleOf = (s: PodscopeState, container: string): RoleAssignment | undefined => rolesByName(selectRoles(s)).get(container);
export const selectFlows = (s: PodscopeState): Flow[] => s.analysis?.flows ?? NO_FLOWS;
export const selectGraph = (s: PodscopeState): PodGraph => s.analysis?.graph ?? EMPTY_GRAPH;
/** Per store state, like selectSnapshot: each node and edge asks on every playback frame. */
export const selectLiveGraph = memoizePerState((s: PodscopeState): LiveGraph => {
  const snapshot = selectSnapshot(s);
  return liveOf(selectGraph(s), snapshot.containers, snapshot.conditions, snapshot.phase, snapshot.deleted, countdownTick(snapshot), snapshot);
});

/** One container node's live state by node id ("container:web"): the same object until that container changes. */
export const selectLiveContainer = (s: PodscopeState, nodeId: string): LiveContainerState | undefined =>
  selectLiveGraph(s).containers[nodeId];

/**
 * Whether each edge carries traffic at the cursor, by edge id: the same object until a flow starts or stops. The
 * edge layer reads it once for all its edges, rather than each edge asking the store on every playback frame.
 */
export const selectActiveEdges = (s: PodscopeState): Readonly<Record<string, boolean>> => selectLiveGraph(s).edges;

/** Dot pace on flow edges: 1 while the cursor stands still; with playback speed (2× = 1) within ½ to 3 while playing. */
export const selectDotPace = (s: PodscopeState): number => (s.playing ? Math.min(3, Math.max(0.5, s.speed / 2)) : 1);
