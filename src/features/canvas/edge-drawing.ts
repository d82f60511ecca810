// How each of core's edges is drawn: its SVG path between the ends core placed (edge-ends.ts), where its words go,
// its arrowhead, and how long it is (for the dots that ride it). Made once per graph; an edge that did not change
// keeps the very same drawing, so its memoised component skips the render.
import { getBezierPath, getSmoothStepPath, Position } from '@xyflow/react';
import type { EdgeKind, PodGraphEdge, Side } from '../../core/graph/graph-types';
import { edgeLabelPosition, type LabelPlace } from './edge-label-position';
import { ElementCache } from './element-cache';

export interface EdgeDrawing {
  id: string;
  kind: EdgeKind;
  /** The flow it carries (patterns/flow-types.ts): dots move along it while the flow is active at the cursor. */
  flowId?: string;
  /** The accessible name; a flow's adds whether it flows ("; flowing", "; stopped"). */
  name: string;
  path: string;
  /** The words drawn on it; none on the half of a flow that ends on a mark (the mark says it). */
  label: string;
  labelAt: LabelPlace;
  /** An arrowhead at the target end, in this kind's colour. */
  arrow: boolean;
  /** About the path's length in canvas pixels: the dots' count and pace follow it. */
  length: number;
  insidePod: boolean;
}

const POSITION: Record<Side, Position> = { top: Position.Top, right: Position.Right, bottom: Position.Bottom, left: Position.Left };

/** Corner radius and, for flows, the default distance a step runs from its ends before it turns. */
const FLOW_STEP = { borderRadius: 8, offset: 22 } as const;
const LINK_STEP = { borderRadius: 6 } as const;

/** The half of a flow that ends on a mark (POD_IP:PORT on the boundary, localhost:PORT on the bus) goes on. */
const endsOnMark = (e: PodGraphEdge) => e.target === 'pod' || e.target === 'bus';

export function edgeDrawing(e: PodGraphEdge): EdgeDrawing {
  const flow = e.flowId !== undefined;
  const ends = {
    sourceX: e.from.x,
    sourceY: e.from.y,
    targetX: e.to.x,
    targetY: e.to.y,
    sourcePosition: POSITION[e.from.facing],
    targetPosition: POSITION[e.to.facing],
  };
  // core/graph picks the ends and the track: traffic that would cross a row-mate runs under the row, as a step.
  const [path, midX, midY] = !flow
    ? getSmoothStepPath({ ...ends, ...LINK_STEP })
    : e.shape === 'step'
      ? getSmoothStepPath({ ...ends, borderRadius: FLOW_STEP.borderRadius, offset: e.stepOffset ?? FLOW_STEP.offset })
      : getBezierPath(ends);
  return {
    id: e.id,
    kind: e.kind,
    ...(e.flowId !== undefined ? { flowId: e.flowId } : {}),
    name: e.name,
    path,
    label: endsOnMark(e) ? '' : e.label,
    labelAt: edgeLabelPosition(e.kind, e.from, e.to, { x: midX, y: midY }),
    arrow: (flow && !endsOnMark(e)) || e.kind === 'order',
    // These curves run about 1.2 × the straight distance: enough to set a pace and a dot count.
    length: 1.2 * Math.hypot(e.to.x - e.from.x, e.to.y - e.from.y),
    insidePod: e.insidePod,
  };
}

const drawingCache = new ElementCache<EdgeDrawing>();

/** Every edge's drawing, the same object as last time for an edge that did not change. */
export function edgeDrawings(edges: PodGraphEdge[]): EdgeDrawing[] {
  const seen = new Set<string>();
  const drawings = edges.map((e) => drawingCache.reuse(e.id, JSON.stringify(e), () => edgeDrawing(e), seen));
  drawingCache.keepOnly(seen);
  return drawings;
}
