// Where each edge meets its nodes, in the canvas's coordinates: at the handle build-graph wired it to, just outside
// the node's side (outsetOf). The canvas draws every edge from these points (features/canvas/edge-drawing.ts) and
// measures nothing.
import type { EdgeEnd, HandleSpec, PodGraphEdge, PodGraphNode, Side, UnnamedEdge } from './graph-types';

/** Pixels between a box's border and the end of a line at it, so an arrowhead stops just short of the border. */
export const HANDLE_OUTSET = 3;

/**
 * How far outside a node's side its lines end. Lines through the marks on the pod's boundary (POD_IP:PORT) and on
 * the bus (localhost:PORT, and each column's riser) join them: no arrowhead ends there.
 */
export function outsetOf(node: PodGraphNode): number {
  return node.type === 'pod' || node.type === 'bus' ? 0 : HANDLE_OUTSET;
}

const OPPOSITE: Record<Side, Side> = { top: 'bottom', right: 'left', bottom: 'top', left: 'right' };

type Nodes = ReadonlyMap<string, PodGraphNode>;

/** A node's top-left corner on the canvas: child positions are relative to their parent (React Flow's sub-flows). */
function origin(node: PodGraphNode, nodes: Nodes): { x: number; y: number } {
  const parent = node.parentId ? nodes.get(node.parentId) : undefined;
  if (!parent) return node.position;
  const at = origin(parent, nodes);
  return { x: at.x + node.position.x, y: at.y + node.position.y };
}

function endAt(node: PodGraphNode | undefined, handle: HandleSpec | undefined, nodes: Nodes): EdgeEnd {
  if (!node) return { x: 0, y: 0, facing: 'right' };
  const { x, y } = origin(node, nodes);
  // A handle build-graph did not declare is a wiring bug its tests catch; the line still ends at the node's middle.
  if (!handle) return { x: x + node.width / 2, y: y + node.height / 2, facing: 'right' };
  const outset = outsetOf(node);
  // Traffic through a POD_IP:PORT mark goes on into the pod: the mark's outgoing handle sits on the pod's left side
  // but the line leaves it inward.
  const facing = node.type === 'pod' && handle.type === 'source' ? OPPOSITE[handle.side] : handle.side;
  switch (handle.side) {
    case 'top':
      return { x: x + handle.offset, y: y - outset, facing };
    case 'bottom':
      return { x: x + handle.offset, y: y + node.height + outset, facing };
    case 'left':
      return { x: x - outset, y: y + handle.offset, facing };
    case 'right':
      return { x: x + node.width + outset, y: y + handle.offset, facing };
  }
}

/** Each node's handles by type and id, so wiring an edge costs a lookup (the bus has a pair per localhost port). */
export type HandleIndex = ReadonlyMap<string, ReadonlyMap<string, HandleSpec>>;

export function indexHandles(handles: ReadonlyMap<string, HandleSpec[]>): HandleIndex {
  return new Map([...handles].map(([nodeId, list]) => [nodeId, new Map(list.map((h) => [`${h.type}:${h.id}`, h]))]));
}

export function edgeEnds(edge: UnnamedEdge, nodes: Nodes, handles: HandleIndex): Pick<PodGraphEdge, 'from' | 'to' | 'insidePod'> {
  const source = nodes.get(edge.source);
  const target = nodes.get(edge.target);
  return {
    from: endAt(source, handles.get(edge.source)?.get(`source:${edge.sourceHandle}`), nodes),
    to: endAt(target, handles.get(edge.target)?.get(`target:${edge.targetHandle}`), nodes),
    insidePod: source?.parentId !== undefined || target?.parentId !== undefined,
  };
}
