// core/graph's PodGraph as React Flow nodes and edges. Positions and sizes come from core unchanged; nothing here
// lays anything out. Only container nodes are focusable and selectable (Enter or a click opens their details).
import { MarkerType, Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import type { HandleSpec, PodGraph, PodGraphEdge, PodGraphNode, Side } from '../../core/graph/graph-types';
import type { CanvasEdgeData } from './flow-edge';

/**
 * The last element made for each id, with the key it was made from. A new graph (every edit of the text gives one)
 * mostly holds the same nodes and edges again: handing React Flow the very same objects for those lets it skip
 * re-measuring and re-rendering them, so an edit redraws only what it changed.
 */
class ElementCache<T> {
  private entries = new Map<string, { key: string; element: T }>();

  reuse(id: string, key: string, make: () => T, seen: Set<string>): T {
    seen.add(id);
    const hit = this.entries.get(id);
    if (hit && hit.key === key) return hit.element;
    const element = make();
    this.entries.set(id, { key, element });
    return element;
  }

  /** Forget ids the latest graph no longer has. */
  keepOnly(seen: Set<string>): void {
    for (const id of this.entries.keys()) if (!seen.has(id)) this.entries.delete(id);
  }
}

const nodeCache = new ElementCache<Node>();
const edgeCache = new ElementCache<Edge<CanvasEdgeData>>();

/**
 * The graph's nodes for React Flow. They hold the layout and the selection only, never the state at the cursor:
 * each container node reads its own live state (container-node.tsx), so stepping re-renders the nodes that changed
 * and never hands React Flow a new node list.
 */
export function toFlowNodes(graph: PodGraph, selected: string | null): Node[] {
  const seen = new Set<string>();
  const nodes = graph.nodes.map((n) => {
    const isSelected = n.type === 'container' && n.data.name === selected;
    return nodeCache.reuse(n.id, `${JSON.stringify(n)}|${isSelected}`, () => toFlowNode(n, isSelected), seen);
  });
  nodeCache.keepOnly(seen);
  return nodes;
}

/** A handle's box, square, as node-handles.tsx places it and canvas.css sizes it (.canvas-handle). */
export const HANDLE_SIZE = 6;
const POSITION: Record<Side, Position> = { top: Position.Top, right: Position.Right, bottom: Position.Bottom, left: Position.Left };

/**
 * Core's handles as React Flow's own handle bounds (top-left corner, relative to the node), so React Flow reads where
 * edges end from the data and never measures the DOM: a node re-rendered with a new state is not re-measured.
 */
function handleBounds(handles: HandleSpec[], width: number, height: number): NodeHandle[] {
  const half = HANDLE_SIZE / 2;
  return handles.map((h) => {
    const along = h.offset - half;
    const at = { top: { x: along, y: -half }, bottom: { x: along, y: height - half }, left: { x: -half, y: along }, right: { x: width - half, y: along } }[h.side];
    return { id: h.id, type: h.type, position: POSITION[h.side], ...at, width: HANDLE_SIZE, height: HANDLE_SIZE };
  });
}

function toFlowNode(n: PodGraphNode, selected: boolean): Node {
  const base = {
    id: n.id,
    type: n.type,
    position: n.position,
    width: n.width,
    height: n.height,
    measured: { width: n.width, height: n.height },
    handles: handleBounds(n.data.handles, n.width, n.height),
    ...(n.parentId ? { parentId: n.parentId } : {}),
    data: n.data,
    draggable: false,
    connectable: false,
    deletable: false,
  };
  // A container's accessible name is its text (name, role, state), which its node component keeps up to date.
  if (n.type === 'container') return { ...base, selectable: true, focusable: true, ariaRole: 'button', selected };
  return { ...base, selectable: false, focusable: false, ariaRole: 'group', ariaLabel: n.data.ariaLabel };
}

/**
 * The graph's edges for React Flow: like the nodes, they never change while the cursor moves. A flow edge reads
 * whether it carries traffic itself (flow-edge.tsx) and names itself with it ("…; flowing").
 */
export function toFlowEdges(graph: PodGraph): Edge<CanvasEdgeData>[] {
  const seen = new Set<string>();
  const edges = graph.edges.map((e) => edgeCache.reuse(e.id, JSON.stringify(e), () => toFlowEdge(e), seen));
  edgeCache.keepOnly(seen);
  return edges;
}

/** React Flow's EdgeWrapper leaves out the aria-label for null (its default is "Edge from a to b"); its type says string. */
const NO_EDGE_LABEL = null as unknown as string;

function toFlowEdge(e: PodGraphEdge): Edge<CanvasEdgeData> {
  const flow = e.flowId !== undefined;
  return {
    id: e.id,
    source: e.source,
    target: e.target,
    ...(e.sourceHandle ? { sourceHandle: e.sourceHandle } : {}),
    ...(e.targetHandle ? { targetHandle: e.targetHandle } : {}),
    type: flow ? 'flow' : 'link',
    // The half of a flow that ends on a mark says nothing on the canvas: the mark (POD_IP:PORT on the boundary,
    // localhost:PORT on the bus) says it. Its accessible name keeps the words.
    data: { kind: e.kind, shape: e.shape, label: e.target === 'bus' || e.target === 'pod' ? '' : e.label, name: e.name, ...(e.stepOffset ? { stepOffset: e.stepOffset } : {}) },
    selectable: false,
    focusable: false,
    deletable: false,
    // A flow edge draws its own named image inside (its name says whether it flows); a plain link is named here.
    ...(flow ? { ariaRole: 'group', ariaLabel: NO_EDGE_LABEL } : { ariaLabel: e.name }),
    // The half of a split flow that ends on a mark (pod port, localhost port) gets no arrow: the flow goes on.
    ...(flow && e.target !== 'pod' && e.target !== 'bus'
      ? { markerEnd: { type: MarkerType.ArrowClosed, width: 14, height: 14, color: `var(--flow-${e.kind})` } }
      : {}),
    ...(e.kind === 'order' ? { markerEnd: { type: MarkerType.ArrowClosed, width: 14, height: 14, color: 'var(--muted)' } } : {}),
  };
}
