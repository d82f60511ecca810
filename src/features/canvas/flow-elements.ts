// core/graph's nodes as React Flow nodes. Positions and sizes come from core unchanged; nothing here lays anything
// out. Only container nodes are focusable and selectable (Enter or a click opens their details). React Flow draws no
// edges: the edge layer (edge-layer.tsx) draws them from the ends core placed.
import type { Node } from '@xyflow/react';
import type { PodGraph, PodGraphNode } from '../../core/graph/graph-types';
import { ElementCache } from './element-cache';

const nodeCache = new ElementCache<Node>();

/** React Flow's id for a container node: its place among the containers (flowNodeIds says why). */
export const CONTAINER_NODE_PREFIX = 'container#';

/**
 * React Flow's id for each node: core's own, except for containers, which are numbered in spec order. Core's id
 * holds the name, so every keystroke of a new name made React Flow replace the node, and the browser paint it anew;
 * numbered, the node stays and only its name is redrawn (keystroke to painted canvas, 50 containers, median of 90:
 * 48.4 -> 42.1 ms). A container node reads its state by its name (container-node.tsx).
 */
function flowNodeIds(graph: PodGraph): string[] {
  let containers = 0;
  return graph.nodes.map((n) => (n.type === 'container' ? `${CONTAINER_NODE_PREFIX}${containers++}` : n.id));
}

/**
 * The graph's nodes for React Flow. They hold the layout and the selection only, never the state at the cursor:
 * each container node reads its own live state (container-node.tsx), so stepping re-renders the nodes that changed
 * and never hands React Flow a new node list.
 */
export function toFlowNodes(graph: PodGraph, selected: string | null): Node[] {
  const seen = new Set<string>();
  const ids = flowNodeIds(graph);
  const nodes = graph.nodes.map((n, i) => {
    const id = ids[i] ?? n.id;
    const isSelected = n.type === 'container' && n.data.name === selected;
    return nodeCache.reuse(id, `${JSON.stringify(n)}|${isSelected}`, () => toFlowNode(n, id, isSelected), seen);
  });
  nodeCache.keepOnly(seen);
  return nodes;
}

function toFlowNode(n: PodGraphNode, id: string, selected: boolean): Node {
  const base = {
    id,
    type: n.type,
    position: n.position,
    width: n.width,
    height: n.height,
    measured: { width: n.width, height: n.height },
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
