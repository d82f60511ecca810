// A traffic flow on the canvas: while it carries traffic at the cursor (core's flowActive), dots move along it,
// Kiali-style; a stopped flow is dimmed and dashed, with no dots. With prefers-reduced-motion the active path is
// drawn highlighted instead of animated. The edge layer reads every edge's activity from the store at once
// (selectActiveEdges) and hands each edge its own, so a flow that starts or stops re-renders that edge alone.
//
// Dot pace: a steady pace while the cursor stands still (stepping is how most people read a pod, and the motion is
// what tells a live flow from a stopped one), faster or slower with the playback speed while playing.
//
// The dots are always in the page and hidden by CSS while the flow is stopped (canvas.css, .is-flowing): a flow that
// starts or stops changes one class, not a handful of SVG elements. Mounting them was the largest part of the
// JavaScript of a playback frame in which the pod changes (issue 4: 20 containers, cursor moved across each change,
// mean 1.97 -> 1.46 ms with the dots left out).
import { memo, useContext, type CSSProperties } from 'react';
import type { EdgeDrawing } from './edge-drawing';
import { EdgeLabel } from './edge-label';
import { FlowMotionContext } from './flow-motion';

/** Canvas pixels a dot travels per wall second at the resting pace. */
const DOT_PIXELS_PER_SECOND = 80;

interface FlowEdgeProps {
  drawing: EdgeDrawing;
  arrow: string | undefined;
  /** Whether the flow carries traffic at the cursor. */
  active: boolean;
}

export const FlowEdge = memo(function FlowEdge({ drawing, arrow, active }: FlowEdgeProps) {
  const { pace, reduced } = useContext(FlowMotionContext);
  const seconds = Math.max(0.6, drawing.length / (DOT_PIXELS_PER_SECOND * pace));
  const state = active ? (reduced ? 'is-active is-static' : 'is-active') : 'is-stopped';
  return (
    <g
      role="img"
      aria-label={`${drawing.name}; ${active ? 'flowing' : 'stopped'}`}
      className={`canvas-edge is-flow${active ? ' is-flowing' : ''}`}
      data-flow-id={drawing.flowId}
    >
      <path d={drawing.path} className={`canvas-edge-path flow-edge flow-${drawing.kind} ${state}`} markerEnd={arrow} />
      {!reduced && <FlowDots drawing={drawing} seconds={seconds} />}
      <EdgeLabel at={drawing.labelAt} text={drawing.label} />
    </g>
  );
});

/**
 * One to three dots, evenly spaced along the path, each riding it from start to end in `seconds`, again and again. A CSS animation along the path
 * (offset-path, canvas.css): unlike SVG's own animations, it does not run while the dots are hidden, so stopped flows
 * cost nothing per frame and a pod at rest asks for no frames at all.
 */
const FlowDots = memo(function FlowDots({ drawing, seconds }: { drawing: EdgeDrawing; seconds: number }) {
  const dots = Math.min(3, Math.max(1, Math.round(drawing.length / 160)));
  const offsetPath = `path("${drawing.path}")`;
  return (
    <g className="flow-dots">
      {Array.from({ length: dots }, (_, i) => (
        <circle
          key={i}
          r={4}
          className={`flow-dot flow-dot-${drawing.kind}`}
          // One lap of the path takes --lap; canvas.css puts eight laps in one iteration of the animation.
          style={{ offsetPath, '--lap': `${seconds.toFixed(2)}s`, animationDelay: `${(-(i * seconds) / dots).toFixed(2)}s` } as CSSProperties}
        />
      ))}
    </g>
  );
});
