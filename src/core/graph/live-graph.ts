// The canvas at the cursor: per-container live state and per-edge activity from a PodSnapshot, kept apart from the
// layout (build-graph.ts) so that stepping changes what nodes show, never where they are.
import { flowActive } from '../patterns/flow-active';
import type { PodPhase, PodSnapshot } from '../sim/types';
import { containerLabel, stateLabel } from './container-label';
import type { PodGraph } from './graph-types';

export type LiveContainerState = {
  nodeId: string;
  name: string;
  /** 'absent' when the snapshot has no such container (a spec and a timeline out of step). */
  state: 'waiting' | 'running' | 'terminated' | 'absent';
  reason?: string;
  exitCode?: number;
  started: boolean;
  ready: boolean;
  restartCount: number;
  /** Seconds of CrashLoopBackOff left at the cursor (backOffUntil − t), one decimal. */
  backOffSeconds?: number;
  /** A regular init container that has completed: drawn faded. */
  faded: boolean;
  /** "running", "waiting: CrashLoopBackOff", "terminated: Error (exit code 1)". */
  stateText: string;
  /** The DESIGN.md accessible name: name, role, state. */
  ariaLabel: string;
};

export interface LiveGraph {
  t: number;
  phase: PodPhase;
  podReady: boolean;
  deleted: boolean;
  /** By node id ("container:web"). */
  containers: Record<string, LiveContainerState>;
  /** By edge id: the edge's flow carries traffic now. Edges without a flow are never active. */
  edges: Record<string, boolean>;
  /** By flow id. */
  flows: Record<string, boolean>;
}

export function liveGraph(graph: PodGraph, snapshot: PodSnapshot): LiveGraph {
  const containers: Record<string, LiveContainerState> = {};
  for (const node of graph.nodes) {
    if (node.type !== 'container') continue;
    const d = node.data;
    const s = snapshot.containers.find((c) => c.name === d.name);
    const backOff = s?.reason === 'CrashLoopBackOff' && s.backOffUntil !== undefined ? Math.max(0, Math.round((s.backOffUntil - snapshot.t) * 10) / 10) : undefined;
    containers[node.id] = {
      nodeId: node.id,
      name: d.name,
      state: s?.state ?? 'absent',
      ...(s?.reason !== undefined ? { reason: s.reason } : {}),
      ...(s?.exitCode !== undefined ? { exitCode: s.exitCode } : {}),
      started: s?.started ?? false,
      ready: s?.ready ?? false,
      restartCount: s?.restartCount ?? 0,
      ...(backOff !== undefined ? { backOffSeconds: backOff } : {}),
      faded: d.containerKind === 'init' && s?.state === 'terminated' && s.exitCode === 0,
      stateText: stateLabel(s),
      ariaLabel: containerLabel(d, d, s),
    };
  }
  const flows: Record<string, boolean> = {};
  for (const flow of graph.flows) flows[flow.id] = flowActive(flow, snapshot);
  const edges: Record<string, boolean> = {};
  for (const edge of graph.edges) edges[edge.id] = edge.flowId !== undefined && flows[edge.flowId] === true;
  return { t: snapshot.t, phase: snapshot.phase, podReady: snapshot.conditions.Ready, deleted: snapshot.deleted ?? false, containers, edges, flows };
}
