// The canvas as plain data: nodes with positions and sizes, edges with labels, ready to hand to React Flow.
// Data shapes are type aliases (not interfaces) so they fit React Flow's `Record<string, unknown>` node data.
import type { ContainerKind, PodRestartPolicy } from '../spec/pod-model';
import type { Flow, FlowKind, ExternalKind } from '../patterns/flow-types';
import type { Pattern, Purpose, Role } from '../patterns/role-types';
import type { PortConflict } from './port-conflicts';

export type Side = 'top' | 'right' | 'bottom' | 'left';

/**
 * A connection point on a node's side, where build-graph.ts wires edges (edge-ends.ts turns it into a point).
 * `offset`: pixels from the side's start (its left end for top/bottom, its top for left/right).
 */
export type HandleSpec = { id: string; type: 'source' | 'target'; side: Side; offset: number };

/**
 * Where an edge meets a node, in the canvas's coordinates (not relative to a parent): a point just outside the node's
 * side, and the way the line leaves it there (out of that side; from a POD_IP:PORT mark, on into the pod).
 */
export type EdgeEnd = { x: number; y: number; facing: Side };

/** POD_IP:PORT on the pod boundary (left side). Edges enter at `handleIn` and leave inward from `handleOut`. */
export type PodPortMark = {
  port: number;
  protocol: 'TCP' | 'UDP' | 'SCTP';
  /** "10.244.3.7:8080" */
  label: string;
  containers: string[];
  conflict: boolean;
  offset: number;
  handleIn: string;
  handleOut: string;
};

/** localhost:PORT on the bus, under or over the container that listens there. */
export type BusPortMark = {
  port: number;
  protocol: 'TCP' | 'UDP' | 'SCTP';
  container: string;
  /** "localhost:8080" */
  label: string;
  /** false when only read from the command line (--port=5432), not from spec.ports. */
  declared: boolean;
  conflict: boolean;
  side: 'top' | 'bottom';
  /** Along the bus, from its left end: the handle's and the label's centre. */
  offset: number;
  /** Which label line, counted from the bus edge on its side (ports under one column alternate lines). */
  line: number;
  handleIn: string;
  handleOut: string;
};

export type PodNodeData = {
  name: string;
  namespace: string;
  podIp: string;
  shareProcessNamespace: boolean;
  restartPolicy: PodRestartPolicy;
  ports: PodPortMark[];
  ariaLabel: string;
};

export type BusNodeData = {
  label: 'localhost';
  ports: BusPortMark[];
  ariaLabel: string;
};

export type ContainerPortMark = { port: number; protocol: 'TCP' | 'UDP' | 'SCTP'; name?: string; conflict: boolean };

export type ContainerNodeData = {
  name: string;
  image: string;
  /** Where it is in the spec: init, sidecar (native: an init container with restartPolicy Always) or app. */
  containerKind: ContainerKind;
  role: Role;
  pattern?: Pattern;
  purpose?: Purpose;
  /** "native sidecar (ambassador)", "init container", "main" … */
  roleLabel: string;
  // Why the role was chosen is not here: its words often name other containers (renaming the main container would
  // change every node), so the canvas reads it from the roles (store/graph-selectors.ts selectRoleOf).
  /** 1-based place in spec.initContainers (regular init containers and native sidecars). */
  initOrder?: number;
  ports: ContainerPortMark[];
  /** One of its ports clashes with another container's. */
  conflict: boolean;
};

export type VolumeNodeData = {
  name: string;
  /** emptyDir, configMap, secret, persistentVolumeClaim … ('unknown' for a mount naming no volume). */
  volumeType: string;
  detail?: string;
  ariaLabel: string;
};

export type ExternalNodeData = {
  external: ExternalKind;
  label: string;
  ariaLabel: string;
};

type NodeOf<T extends string, D> = {
  id: string;
  type: T;
  /** Relative to the parent when parentId is set (React Flow's sub-flows). */
  position: { x: number; y: number };
  width: number;
  height: number;
  parentId?: string;
  data: D;
};

export type PodGraphNode =
  | NodeOf<'pod', PodNodeData>
  | NodeOf<'bus', BusNodeData>
  | NodeOf<'container', ContainerNodeData>
  | NodeOf<'volume', VolumeNodeData>
  | NodeOf<'external', ExternalNodeData>;

export type NodeType = PodGraphNode['type'];

/** order = init container n → n+1; attach = a container on the localhost bus; mount = a volume mount with no flow. */
export type EdgeKind = FlowKind | 'order' | 'attach' | 'mount';

export type PodGraphEdge = {
  id: string;
  /** Node ids. */
  source: string;
  target: string;
  /** The handles it is wired to (HandleSpec ids on the source and the target). */
  sourceHandle: string;
  targetHandle: string;
  label: string;
  /** The flow this edge carries; one flow through the pod IP or localhost is drawn as two edges. */
  flowId?: string;
  kind: EdgeKind;
  /** How to draw it: step for attach, order and mount edges and for traffic routed under a container row, bezier for other traffic. */
  shape: 'step' | 'bezier';
  /** For mount edges: the mount is read-only. */
  readOnly?: boolean;
  /** For step edges: pixels the line runs from its handles before it turns (the track under a row it keeps to). */
  stepOffset?: number;
  /** The accessible name (edge-name.ts); a flow edge's adds whether it flows at the cursor. */
  name: string;
  /** Where it starts and ends (edge-ends.ts): at sourceHandle and targetHandle. */
  from: EdgeEnd;
  to: EdgeEnd;
  /**
   * An end is inside the pod: the line is drawn over the pod's box and under the nodes in it. Lines between nodes
   * outside the pod (a client and a POD_IP:PORT mark) go under the pod's box, as its marks sit over them.
   */
  insidePod: boolean;
};

/** An edge as graph-edges.ts wires it, before build-graph names it and places its ends. */
export type UnnamedEdge = Omit<PodGraphEdge, 'name' | 'from' | 'to' | 'insidePod'>;

export interface PodGraph {
  /** Parents before children, as React Flow needs. */
  nodes: PodGraphNode[];
  edges: PodGraphEdge[];
  flows: Flow[];
  podIp: string;
  conflicts: PortConflict[];
  /** The bounding box of every node. */
  width: number;
  height: number;
}

/** Node ids: one namespace per node type, so a container and a volume may share a name. */
export const nodeId = {
  pod: () => 'pod',
  bus: () => 'bus',
  container: (name: string) => `container:${name}`,
  volume: (name: string) => `volume:${name}`,
  external: (id: string) => `external:${id}`,
};
