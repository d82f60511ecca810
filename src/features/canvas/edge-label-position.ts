// Where an edge's label goes. Mount edges (and the volume flows over them) carry their path just under the
// container, so the labels of two containers mounting one volume never meet at the volume; traffic leaving the pod
// is labelled outside it, where no container can cover the words; the rest sit midway.
import type { EdgeKind } from '../../core/graph/graph-types';

/** Pixels below the container's bottom handle. */
const UNDER_CONTAINER = 16;
/** Traffic leaving the pod is labelled in the gap outside it, ending just before the outside node, over the line. */
const BEFORE_OUTSIDE = { x: 10, y: 12 };

export type LabelPlace = { x: number; y: number; anchor: 'middle' | 'end' };

type Point = { x: number; y: number };

export function edgeLabelPosition(kind: EdgeKind, from: Point, to: Point, middle: Point): LabelPlace {
  switch (kind) {
    case 'mount':
    case 'volume-write':
      return { x: from.x, y: from.y + UNDER_CONTAINER, anchor: 'middle' };
    case 'volume-read':
      return { x: to.x, y: to.y + UNDER_CONTAINER, anchor: 'middle' };
    case 'egress':
    case 'ship-out':
      return { x: to.x - BEFORE_OUTSIDE.x, y: to.y - BEFORE_OUTSIDE.y, anchor: 'end' };
    default:
      return { ...middle, anchor: 'middle' };
  }
}
