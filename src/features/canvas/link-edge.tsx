// The pod's structure as quiet lines: a container tapping the localhost bus, init order 1 → 2 → 3, and volume
// mounts no flow runs over. They never animate.
import { memo } from 'react';
import type { EdgeDrawing } from './edge-drawing';
import { EdgeLabel } from './edge-label';

export const LinkEdge = memo(function LinkEdge({ drawing, arrow }: { drawing: EdgeDrawing; arrow: string | undefined }) {
  return (
    <g role="img" aria-label={drawing.name} className="canvas-edge">
      <path d={drawing.path} className={`canvas-edge-path link-edge link-${drawing.kind}`} markerEnd={arrow} />
      <EdgeLabel at={drawing.labelAt} text={drawing.label} />
    </g>
  );
});
