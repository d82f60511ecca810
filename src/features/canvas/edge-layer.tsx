// The canvas's edges, drawn by Podscope rather than by React Flow: two SVGs in React Flow's viewport (its edge-label
// layer, between its edges and its nodes, so they pan and zoom with the nodes), one under the pod's box for lines
// outside it, one over the pod's box and under the nodes inside it. The lines run between the ends core placed
// (edge-ends.ts), so nothing is measured.
//
// Why not React Flow's edges: each one is its own <svg> subscribed to React Flow's store, and every change of the
// nodes or edges asked all of them where they end. A 50-container pod has almost 200 edges; drawing them here made
// a keystroke's canvas redraw about 20 ms sooner for 50 containers (median of 80 keystrokes: 87 -> 67 ms).
import { memo, useId, useMemo } from 'react';
import { EdgeLabelRenderer } from '@xyflow/react';
import type { EdgeKind, PodGraph } from '../../core/graph/graph-types';
import { selectActiveEdges } from '../../store/graph-selectors';
import { usePodscope } from '../../store/use-podscope';
import { edgeDrawings, type EdgeDrawing } from './edge-drawing';
import { FlowEdge } from './flow-edge';
import { LinkEdge } from './link-edge';

/** An arrowhead's colour per edge kind that has one: the flow's own, grey for init order. */
const ARROW_COLOR: Partial<Record<EdgeKind, string>> = {
  ingress: 'var(--flow-ingress)',
  localhost: 'var(--flow-localhost)',
  egress: 'var(--flow-egress)',
  'volume-write': 'var(--flow-volume-write)',
  'volume-read': 'var(--flow-volume-read)',
  'ship-out': 'var(--flow-ship-out)',
  scrape: 'var(--flow-scrape)',
  order: 'var(--muted)',
};

/** A closed arrowhead, as React Flow's MarkerType.ArrowClosed draws it. */
function Arrowheads({ prefix }: { prefix: string }) {
  return (
    <defs>
      {Object.entries(ARROW_COLOR).map(([kind, color]) => (
        <marker key={kind} id={`${prefix}-${kind}`} markerWidth="14" markerHeight="14" viewBox="-10 -10 20 20" markerUnits="strokeWidth" orient="auto-start-reverse" refX="0" refY="0">
          <polyline style={{ stroke: color, fill: color, strokeWidth: 1 }} strokeLinecap="round" strokeLinejoin="round" points="-5,-4 0,0 -5,4 -5,-4" />
        </marker>
      ))}
    </defs>
  );
}

/**
 * Edges are keyed by what is drawn (kind, path, words), not by their ids, which hold container names: renaming a
 * container keeps its lines' elements, and only their accessible names change. Remounting them repainted every line
 * the container has, some across the whole canvas (keystroke to painted canvas, 50 containers, median of 90: 58.7 ->
 * 45.8 ms).
 */
function Edges({ drawings, arrowPrefix, active }: { drawings: EdgeDrawing[]; arrowPrefix: string; active: Readonly<Record<string, boolean>> }) {
  const seen = new Map<string, number>();
  return drawings.map((d) => {
    const drawn = `${d.kind} ${d.path} ${d.label}`;
    const twin = seen.get(drawn) ?? 0;
    seen.set(drawn, twin + 1);
    const key = twin === 0 ? drawn : `${drawn} #${twin}`;
    const arrow = d.arrow ? `url(#${arrowPrefix}-${d.kind})` : undefined;
    return d.flowId !== undefined ? <FlowEdge key={key} drawing={d} arrow={arrow} active={active[d.id] === true} /> : <LinkEdge key={key} drawing={d} arrow={arrow} />;
  });
}

export const EdgeLayer = memo(function EdgeLayer({ graph }: { graph: PodGraph }) {
  // An id of letters and digits only: it goes into url(#…).
  const arrowPrefix = `arrow-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const drawings = useMemo(() => edgeDrawings(graph.edges), [graph.edges]);
  // One store subscription for every edge: the same object until a flow starts or stops.
  const active = usePodscope(selectActiveEdges);
  const outside = useMemo(() => drawings.filter((d) => !d.insidePod), [drawings]);
  const inside = useMemo(() => drawings.filter((d) => d.insidePod), [drawings]);
  const size = { width: graph.width, height: graph.height };
  return (
    <EdgeLabelRenderer>
      <svg className="edge-layer is-outside-pod" {...size}>
        <Arrowheads prefix={arrowPrefix} />
        <Edges drawings={outside} arrowPrefix={arrowPrefix} active={active} />
      </svg>
      <svg className="edge-layer is-inside-pod" {...size}>
        <Edges drawings={inside} arrowPrefix={arrowPrefix} active={active} />
      </svg>
    </EdgeLabelRenderer>
  );
});
