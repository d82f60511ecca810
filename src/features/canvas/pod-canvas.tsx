// The pod on a React Flow canvas: boundary, localhost bus, containers, volumes and the outside world, as core/graph
// lays them out; live state and flow activity at the cursor come from the store. Positions never change while
// stepping. Fits the view on load, for a new pod and on resize; a minimap for large pods; a legend below.
import { useCallback, useEffect, useMemo, useRef, useState, type ComponentType, type KeyboardEvent, type RefObject } from 'react';
import { Controls, MiniMap, ReactFlow, ReactFlowProvider, useReactFlow, useStore, type Edge, type FitViewOptions, type Node, type NodeChange, type NodeProps } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { PodGraph } from '../../core/graph/graph-types';
import { selectDotPace, selectGraph } from '../../store/graph-selectors';
import { selectStale } from '../../store/selectors';
import { usePodscope } from '../../store/use-podscope';
import { BusNode } from './bus-node';
import { CanvasLegend } from './canvas-legend';
import { ContainerNode, type ContainerFlowNode } from './container-node';
import { EdgeLayer } from './edge-layer';
import { ExternalNode } from './external-node';
import { FlowMotionContext } from './flow-motion';
import { CONTAINER_NODE_PREFIX, toFlowNodes } from './flow-elements';
import { PodNode } from './pod-node';
import { useReducedMotion } from './use-reduced-motion';
import { VolumeNode } from './volume-node';
import './canvas.css';

// Defined once, at module level: React Flow warns (error002) and re-mounts every node when these change.
const nodeTypes = { pod: PodNode, bus: BusNode, container: ContainerNode, volume: VolumeNode, external: ExternalNode };
/** React Flow draws no edges: the edge layer does (edge-layer.tsx says why). */
const NO_EDGES: Edge[] = [];
// Room at the bottom for the zoom controls, so they never sit on a node after a fit.
const FIT = { padding: { top: '16px', left: '16px', right: '16px', bottom: '52px' }, duration: 0 } as const;
// POD_IP:PORT labels stand outside the pod's left edge; with nothing outside on the left, the fit leaves them room.
const FIT_WITH_PORT_LABELS = { ...FIT, padding: { ...FIT.padding, left: '120px' } } as const;

/** Whether the pod's port labels stick out on the left with no outside node there to make room for them. */
export function portLabelsOverhang(graph: PodGraph): boolean {
  const pod = graph.nodes.find((n) => n.type === 'pod');
  return pod?.type === 'pod' && pod.data.ports.length > 0 && pod.position.x === 0;
}
/** More containers than this and a minimap helps find one's way. */
const MINIMAP_FROM = 8;
/** The canvas's height follows the pod's shape at the column's width, within these bounds (px). */
const HEIGHT = { min: 300, max: 560 } as const;

/** Tall enough to show the whole graph at the width it gets, so a wide, flat pod leaves no empty band. */
function canvasHeight(width: number, graph: { width: number; height: number }): number {
  if (width <= 0 || graph.width <= 0) return HEIGHT.max;
  const fitted = ((width - 32) * graph.height) / graph.width + 16 + 52;
  return Math.round(Math.min(HEIGHT.max, Math.max(HEIGHT.min, fitted)));
}

/** In the minimap the pod is an outline around its containers, which show their state's colour. */
const minimapColor = (node: Node): string => (node.type === 'pod' ? 'transparent' : node.type === 'bus' ? 'var(--bus-fill)' : 'var(--border)');
const minimapStroke = (node: Node): string => (node.type === 'pod' ? 'var(--accent)' : 'transparent');

/** Space on a focused container presses it (selects it), as on any button; it does not also play the timeline. */
function keepSpaceOnNode(event: KeyboardEvent<HTMLDivElement>): void {
  if (event.key === ' ' && event.target instanceof HTMLElement && event.target.classList.contains('react-flow__node')) event.preventDefault();
}

/** The presentation's canvas (features/present): its own container node and fit, and no legend, zoom buttons or minimap. */
export interface PresentCanvas {
  containerNode: ComponentType<NodeProps<ContainerFlowNode>>;
  fit: FitViewOptions;
  /** The fit when POD_IP:PORT labels stick out left of the pod with nothing there (see portLabelsOverhang). */
  fitWithPortLabels: FitViewOptions;
}

/** The zoom as the CSS variable --canvas-zoom, so the presentation's type can keep its size on screen at any zoom. */
function ZoomVariable({ target }: { target: RefObject<HTMLDivElement | null> }) {
  const zoom = useStore((s) => s.transform[2]);
  useEffect(() => target.current?.style.setProperty('--canvas-zoom', String(zoom)), [zoom, target]);
  return null;
}

function CanvasView({ present }: { present?: PresentCanvas }) {
  const graph = usePodscope(selectGraph);
  const pace = usePodscope(selectDotPace);
  const reduced = useReducedMotion();
  const motion = useMemo(() => ({ pace, reduced }), [pace, reduced]);
  const selected = usePodscope((s) => s.selectedContainer);
  const stale = usePodscope(selectStale);
  const selectContainer = usePodscope((s) => s.selectContainer);
  const { fitView, getNode } = useReactFlow();
  const wrapper = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const fitRef = useRef<FitViewOptions>(FIT);

  // The same nodes and edges while the cursor moves: each node and edge reads its own state at the cursor.
  const nodes = useMemo(() => toFlowNodes(graph, selected), [graph, selected]);
  const containerCount = useMemo(() => graph.nodes.filter((n) => n.type === 'container').length, [graph]);
  // A new pod means new nodes or new sizes; an edit that keeps the picture (an env value) keeps the view.
  // Not the node ids: renaming a container keeps every box where it was, and refitting after each keystroke of the
  // new name cost a redraw of the whole canvas.
  const layoutKey = useMemo(() => `${graph.width}x${graph.height}|${graph.nodes.map((n) => n.type).join(',')}`, [graph]);
  const overhang = portLabelsOverhang(graph);
  const fit = present ? (overhang ? present.fitWithPortLabels : present.fit) : overhang ? FIT_WITH_PORT_LABELS : FIT;
  const presentNode = present?.containerNode;
  const types = useMemo(() => (presentNode ? { ...nodeTypes, container: presentNode } : nodeTypes), [presentNode]);

  useEffect(() => {
    fitRef.current = fit;
    const frame = requestAnimationFrame(() => void fitView(fit));
    return () => cancelAnimationFrame(frame);
  }, [layoutKey, fit, fitView]);

  useEffect(() => {
    const element = wrapper.current;
    if (!element) return;
    let frame = 0;
    const observer = new ResizeObserver(([entry]) => {
      setWidth(entry?.contentRect.width ?? 0);
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => void fitView(fitRef.current));
    });
    observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [fitView]);

  // Selection goes through the store: a click or Enter on a container opens its details; Escape on it, or a click
  // on the empty canvas, closes them. React Flow reports both as select changes on the controlled nodes. The node is
  // looked up in React Flow's own store, so the handler stays the same function from one graph to the next (a new
  // one is a change of React Flow's props, which it passes on to every node and edge it draws).
  const onNodesChange = useCallback(
    (changes: NodeChange[]) => {
      const chosen = changes.find((c) => c.type === 'select' && c.selected && c.id.startsWith(CONTAINER_NODE_PREFIX));
      if (chosen && chosen.type === 'select') {
        const node = getNode(chosen.id) as ContainerFlowNode | undefined;
        if (node?.type === 'container') selectContainer(node.data.name);
        return;
      }
      if (changes.some((c) => c.type === 'select' && !c.selected && c.id.startsWith(CONTAINER_NODE_PREFIX))) selectContainer(null);
    },
    [getNode, selectContainer],
  );

  return (
    <FlowMotionContext value={motion}>
      <div className={`pod-canvas panel${stale ? ' is-stale' : ''}`}>
        <h2 className="visually-hidden">Pod canvas</h2>
        <div className="pod-canvas-flow" ref={wrapper} style={{ height: canvasHeight(width, graph) }}>
          <ReactFlow
            aria-label="Pod canvas"
            onKeyDown={keepSpaceOnNode}
            nodes={nodes}
            edges={NO_EDGES}
            nodeTypes={types}
            onNodesChange={onNodesChange}
            nodesDraggable={false}
            nodesConnectable={false}
            elementsSelectable
            fitView
            fitViewOptions={fit}
            minZoom={0.05}
            maxZoom={2}
            colorMode="system"
            deleteKeyCode={null}
            // Space belongs to playback (play/pause) page-wide; dragging pans the canvas anyway.
            panActivationKeyCode={null}
            selectionKeyCode={null}
            multiSelectionKeyCode={null}
            // React Flow listens for its keys on the whole document: with a zoom key, every Ctrl press in the editor
            // (Ctrl+Z, Ctrl+Home) re-rendered the canvas. The wheel and the buttons zoom anyway.
            zoomActivationKeyCode={null}
          >
            <EdgeLayer graph={graph} />
            {present ? <ZoomVariable target={wrapper} /> : <Controls showInteractive={false} position="bottom-left" orientation="horizontal" />}
            {!present && containerCount > MINIMAP_FROM && (
              <MiniMap
                pannable
                zoomable
                position="bottom-right"
                ariaLabel="Minimap of the pod"
                className="pod-minimap"
                nodeColor={minimapColor}
                nodeStrokeColor={minimapStroke}
                nodeStrokeWidth={3}
              />
            )}
          </ReactFlow>
        </div>
        {!present && <CanvasLegend />}
      </div>
    </FlowMotionContext>
  );
}

export function PodCanvas({ present }: { present?: PresentCanvas } = {}) {
  return (
    <ReactFlowProvider>
      <CanvasView present={present} />
    </ReactFlowProvider>
  );
}
