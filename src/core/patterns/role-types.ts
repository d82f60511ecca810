// The roles Podscope gives containers (init, native sidecar, sidecar, ambassador, adapter, main) and why.

/** The pattern a container plays in the pod, as the article and Burns' "Designing Distributed Systems" name them. */
export type Role = 'init' | 'native-sidecar' | 'sidecar' | 'ambassador' | 'adapter' | 'main';

/** The pattern a native sidecar (or an annotation) gives besides its kind. */
export type Pattern = 'sidecar' | 'ambassador' | 'adapter';

/**
 * What the container does, when Podscope can tell; flows are derived from it.
 * - mesh-proxy: a service-mesh sidecar (istio-proxy, linkerd2-proxy) that carries the pod's traffic to the mesh;
 * - outbound-proxy: the main container reaches it on localhost and it talks to an outside service;
 * - reverse-proxy: clients reach it on the pod IP and it forwards to the main container on localhost;
 * - log-shipper: reads files the main container writes and sends them out;
 * - content-sync: fetches content from outside and writes it to a volume the main container reads;
 * - secrets-agent: fetches secrets from outside and writes them to a volume the main container reads;
 * - metrics-exporter: reads the main container (localhost or a volume) and serves metrics on its own port;
 * - helper: anything else beside the main container.
 */
export type Purpose =
  | 'mesh-proxy'
  | 'outbound-proxy'
  | 'reverse-proxy'
  | 'log-shipper'
  | 'content-sync'
  | 'secrets-agent'
  | 'metrics-exporter'
  | 'helper';

/** annotation = podscope.io/roles; image = a known image; heuristic = ports, env, volumes; kind = init/sidecar/app. */
export type RoleSource = 'annotation' | 'image' | 'heuristic' | 'kind';

export interface RoleAssignment {
  container: string;
  role: Role;
  /** Plain words shown in the UI: "shares volume logs with web, which writes it". */
  reason: string;
  source: RoleSource;
  /** For a native sidecar: what it does besides being one (an envoy native sidecar is an ambassador). */
  pattern?: Pattern;
  purpose?: Purpose;
  /** What the outside end of its traffic is called, e.g. "Cloud SQL", "log backend", "Git repository". */
  external?: string;
}

/** The pattern a role stands for when it is drawn or compared: native sidecars count as their pattern (or sidecar). */
export function effectivePattern(assignment: Pick<RoleAssignment, 'role' | 'pattern'>): Role {
  return assignment.role === 'native-sidecar' ? (assignment.pattern ?? 'sidecar') : assignment.role;
}
