// A traffic flow on the canvas: while it carries traffic at the cursor (core's flowActive), dots move along it,
// Kiali-style; a stopped flow is dimmed and dashed, with no dots. With prefers-reduced-motion the active path is
// drawn highlighted instead of animated. Each edge reads its own activity from the store, so a flow that starts or
// stops re-renders that edge alone.
//
// Dot pace: a steady pace while the cursor stands still (stepping is how most people read a pod, and the motion is
// what tells a live flow from a stopped one), faster or slower with the playback speed while playing.
import { memo, useContext } from 'react';
import { selectEdgeActive } from '../../store/graph-selectors';
import { usePodscope } from '../../store/use-podscope';
import type { EdgeDrawing } from './edge-drawing';
import { EdgeLabel } from './edge-label';
import { FlowMotionContext } from './flow-motion';

/** Canvas pixels a dot travels per wall second at the resting pace. */
const DOT_PIXELS_PER_SECOND = 80;

export const FlowEdge = memo(function FlowEdge({ drawing, arrow }: { drawing: EdgeDrawing; arrow: string | undefined }) {
  const active = usePodscope((s) => selectEdgeActive(s, drawing.id));
  const { pace, reduced } = useContext(FlowMotionContext);
  const seconds = Math.max(0.6, drawing.length / (DOT_PIXELS_PER_SECOND * pace));
  const dots = Math.min(3, Math.max(1, Math.round(drawing.length / 160)));
  const state = active ? (reduced ? 'is-active is-static' : 'is-active') : 'is-stopped';
  return (
    <g role="img" aria-label={`${drawing.name}; ${active ? 'flowing' : 'stopped'}`} className="canvas-edge is-flow" data-flow-id={drawing.flowId}>
      <path d={drawing.path} className={`canvas-edge-path flow-edge flow-${drawing.kind} ${state}`} markerEnd={arrow} />
      {active &&
        !reduced &&
        Array.from({ length: dots }, (_, i) => (
          <circle key={i} r={4} className={`flow-dot flow-dot-${drawing.kind}`}>
            <animateMotion dur={`${seconds.toFixed(2)}s`} begin={`${(-(i * seconds) / dots).toFixed(2)}s`} repeatCount="indefinite" path={drawing.path} />
          </circle>
        ))}
      <EdgeLabel at={drawing.labelAt} text={drawing.label} />
    </g>
  );
});
