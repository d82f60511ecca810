// core/graph's nodes as React Flow nodes. Positions and sizes come from core unchanged; nothing here lays anything
// out. Only container nodes are focusable and selectable (Enter or a click opens their details). React Flow draws no
// edges: the edge layer (edge-layer.tsx) draws them from the ends core placed.
import type { Node } from '@xyflow/react';
import type { PodGraph, PodGraphNode } from '../../core/graph/graph-types';
import { ElementCache } from './element-cache';

const nodeCache = new ElementCache<Node>();

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

function toFlowNode(n: PodGraphNode, selected: boolean): Node {
  const base = {
    id: n.id,
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
