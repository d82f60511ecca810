// A traffic flow on the canvas: while it carries traffic at the cursor (core's flowActive), dots move along it,
// Kiali-style; a stopped flow is dimmed and dashed, with no dots. With prefers-reduced-motion the active path is
// drawn highlighted instead of animated. Each edge reads its own activity from the store, so a flow that starts or
// stops re-renders that edge alone.
//
// Dot pace: a steady pace while the cursor stands still (stepping is how most people read a pod, and the motion is
// what tells a live flow from a stopped one), faster or slower with the playback speed while playing.
import { memo, useContext } from 'react';
import { BaseEdge, getBezierPath, getSmoothStepPath, Position, type Edge, type EdgeProps } from '@xyflow/react';
import type { EdgeKind } from '../../core/graph/graph-types';
import { EdgeLabel } from './edge-label';
import { edgeLabelPosition } from './edge-label-position';
import { selectEdgeActive } from '../../store/graph-selectors';
import { usePodscope } from '../../store/use-podscope';
import { FlowMotionContext } from './flow-motion';

/** `label`: the words drawn on the edge; `name`: its accessible name, without the flowing/stopped that ends it. */
export type CanvasEdgeData = { kind: EdgeKind; shape: 'step' | 'bezier'; label: string; name: string; stepOffset?: number };
export type FlowFlowEdge = Edge<CanvasEdgeData, 'flow'>;

/** Canvas pixels a dot travels per wall second at the resting pace. */
const DOT_PIXELS_PER_SECOND = 80;

function FlowEdgeView(props: EdgeProps<FlowFlowEdge>) {
  const { id, data, markerEnd } = props;
  const active = usePodscope((s) => selectEdgeActive(s, id));
  const { pace, reduced } = useContext(FlowMotionContext);
  const pathArgs = {
    sourceX: props.sourceX,
    sourceY: props.sourceY,
    targetX: props.targetX,
    targetY: props.targetY,
    // From a POD_IP:PORT mark the traffic goes on inward, though the mark's handle sits on the pod's left side.
    sourcePosition: props.source === 'pod' ? Position.Right : props.sourcePosition,
    targetPosition: props.targetPosition,
  };
  // core/graph picks the handles and the track: traffic that would cross a row-mate runs under the row, as a step.
  const [path, midX, midY] =
    data?.shape === 'step' ? getSmoothStepPath({ ...pathArgs, borderRadius: 8, offset: data.stepOffset ?? 22 }) : getBezierPath(pathArgs);
  const labelAt = edgeLabelPosition(data, pathArgs, { x: midX, y: midY });
  // A path's length is about 1.2 × the straight distance for these curves: enough to set a pace and a dot count.
  const length = 1.2 * Math.hypot(props.targetX - props.sourceX, props.targetY - props.sourceY);
  const seconds = Math.max(0.6, length / (DOT_PIXELS_PER_SECOND * pace));
  const dots = Math.min(3, Math.max(1, Math.round(length / 160)));
  const kind = data?.kind ?? 'ingress';
  const state = active ? (reduced ? 'is-active is-static' : 'is-active') : 'is-stopped';
  return (
    <g role="img" aria-label={`${data?.name ?? id}; ${active ? 'flowing' : 'stopped'}`}>
      <BaseEdge
        id={id}
        path={path}
        className={`flow-edge flow-${kind} ${state}`}
        markerEnd={markerEnd}
      />
      {active &&
        !reduced &&
        Array.from({ length: dots }, (_, i) => (
          <circle key={i} r={4} className={`flow-dot flow-dot-${kind}`}>
            <animateMotion dur={`${seconds.toFixed(2)}s`} begin={`${(-(i * seconds) / dots).toFixed(2)}s`} repeatCount="indefinite" path={path} />
          </circle>
        ))}
      <EdgeLabel at={labelAt} text={data?.label ?? ''} />
    </g>
  );
}

export const FlowEdge = memo(FlowEdgeView);
