// Where an edge's label goes. Mount edges (and the volume flows over them) carry their path just under the
// container, so the labels of two containers mounting one volume never meet at the volume; traffic leaving the pod
// is labelled outside it, where no container can cover the words; the rest sit midway.
import type { CanvasEdgeData } from './flow-edge';

/** Pixels below the container's bottom handle. */
const UNDER_CONTAINER = 16;
/** Traffic leaving the pod is labelled in the gap outside it, ending just before the outside node, over the line. */
const BEFORE_OUTSIDE = { x: 10, y: 12 };

export type LabelPlace = { x: number; y: number; anchor: 'middle' | 'end' };

export function edgeLabelPosition(
  data: CanvasEdgeData | undefined,
  ends: { sourceX: number; sourceY: number; targetX: number; targetY: number },
  middle: { x: number; y: number },
): LabelPlace {
  switch (data?.kind) {
    case 'mount':
    case 'volume-write':
      return { x: ends.sourceX, y: ends.sourceY + UNDER_CONTAINER, anchor: 'middle' };
    case 'volume-read':
      return { x: ends.targetX, y: ends.targetY + UNDER_CONTAINER, anchor: 'middle' };
    case 'egress':
    case 'ship-out':
      return { x: ends.targetX - BEFORE_OUTSIDE.x, y: ends.targetY - BEFORE_OUTSIDE.y, anchor: 'end' };
    default:
      return { ...middle, anchor: 'middle' };
  }
}
