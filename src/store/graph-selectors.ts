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
import { memoizeLast } from './memoize-last';
import type { PodscopeState } from './podscope-store';
import { selectPod, selectSnapshot } from './selectors';

const rolesOf = memoizeLast(classifyRoles);
const flowsOf = memoizeLast(deriveFlows);
const graphOf = memoizeLast(buildGraph);
const liveOf = memoizeLast(liveGraph);

export const selectRoles = (s: PodscopeState): RoleAssignment[] => rolesOf(selectPod(s));
export const selectFlows = (s: PodscopeState): Flow[] => flowsOf(selectPod(s), selectRoles(s));
export const selectGraph = (s: PodscopeState): PodGraph => graphOf(selectPod(s), selectRoles(s), selectFlows(s));
export const selectLiveGraph = (s: PodscopeState): LiveGraph => liveOf(selectGraph(s), selectSnapshot(s));

/** One container node's live state by node id ("container:web"); a fresh object per cursor, so read it with useShallow. */
export const selectLiveContainer = (s: PodscopeState, nodeId: string): LiveContainerState | undefined =>
  selectLiveGraph(s).containers[nodeId];

/** Whether an edge carries traffic at the cursor: a boolean, stable by value. */
export const selectEdgeActive = (s: PodscopeState, edgeId: string): boolean => selectLiveGraph(s).edges[edgeId] === true;

let lastLabelsKey = '';
let lastLabels: Record<string, string> = {};
/**
 * Each container node's accessible name at the cursor, by node id. Memoised by value: the same names give the same
 * object, so the canvas re-labels its nodes only when a container's role or state words change, not every frame.
 */
export const selectContainerLabels = (s: PodscopeState): Record<string, string> => {
  const containers = Object.values(selectLiveGraph(s).containers);
  const key = containers.map((c) => `${c.nodeId}\u0000${c.ariaLabel}`).join('\u0001');
  if (key !== lastLabelsKey) {
    lastLabelsKey = key;
    lastLabels = Object.fromEntries(containers.map((c) => [c.nodeId, c.ariaLabel]));
  }
  return lastLabels;
};
