// Where an edge's label goes. Mount edges (and the volume flows over them) carry their path just under the
// container, so the labels of two containers mounting one volume never meet at the volume; the rest sit midway.
import type { CanvasEdgeData } from './flow-edge';

/** Pixels below the container's bottom handle. */
const UNDER_CONTAINER = 16;

export function edgeLabelPosition(
  data: CanvasEdgeData | undefined,
  ends: { sourceX: number; sourceY: number; targetX: number; targetY: number },
  middle: { x: number; y: number },
): { x: number; y: number } {
  switch (data?.kind) {
    case 'mount':
    case 'volume-write':
      return { x: ends.sourceX, y: ends.sourceY + UNDER_CONTAINER };
    case 'volume-read':
      return { x: ends.targetX, y: ends.targetY + UNDER_CONTAINER };
    default:
      return middle;
  }
}
