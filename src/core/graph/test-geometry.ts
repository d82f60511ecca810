// Geometry for the graph tests: where a node sits on the canvas, and which of its sides an edge end lies at.
import { outsetOf } from './edge-ends';
import type { EdgeEnd, PodGraph, PodGraphNode, Side } from './graph-types';

/** `outset`: how far outside it lines end (edge-ends.ts outsetOf). */
export type Box = { id: string; x: number; y: number; w: number; h: number; outset: number };

/** A node's box on the canvas: a child's position is relative to its parent. */
export function absoluteBox(graph: PodGraph, node: PodGraphNode): Box {
  const parent = node.parentId ? graph.nodes.find((n) => n.id === node.parentId) : undefined;
  const at = parent ? absoluteBox(graph, parent) : { x: 0, y: 0 };
  return { id: node.id, x: at.x + node.position.x, y: at.y + node.position.y, w: node.width, h: node.height, outset: outsetOf(node) };
}

/**
 * The side of the box whose line, its outset outside it, the end lies on; null if none. Not held to the side's
 * length: a bus tap sits at its column's riser, which for the widest lane is a few pixels past the bus's end.
 */
export function sideOf(end: EdgeEnd, box: Box): Side | null {
  if (end.y === box.y - box.outset) return 'top';
  if (end.y === box.y + box.h + box.outset) return 'bottom';
  if (end.x === box.x - box.outset) return 'left';
  if (end.x === box.x + box.w + box.outset) return 'right';
  return null;
}
