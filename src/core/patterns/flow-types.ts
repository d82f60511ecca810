// The traffic a pod's spec implies: who talks to whom, through the pod IP, localhost or a shared volume.
import type { Protocol } from './localhost-links';

export type FlowKind = 'ingress' | 'localhost' | 'egress' | 'volume-write' | 'volume-read' | 'ship-out' | 'scrape';

/** client = whoever uses the pod's exposed ports; service = what an ambassador proxies to; log-backend = where a
 * shipper sends logs; monitoring = what scrapes an adapter; source = where content or secrets come from. */
export type ExternalKind = 'client' | 'service' | 'log-backend' | 'monitoring' | 'source';

export type NodeRef =
  | { kind: 'container'; name: string }
  | { kind: 'volume'; name: string }
  | { kind: 'external'; id: string; external: ExternalKind; label: string };

/** The shared address a flow passes through: the pod IP's port on the boundary, or localhost's on the bus. */
export type FlowVia =
  | { kind: 'pod-port'; port: number; protocol: Protocol }
  | { kind: 'localhost'; port: number; protocol: Protocol };

export interface Flow {
  /** Stable and unique, e.g. "ingress:client->web:8080/TCP". */
  id: string;
  kind: FlowKind;
  from: NodeRef;
  to: NodeRef;
  /** "TCP 8080", "localhost:6379", "/var/log", "logs". */
  label: string;
  via?: FlowVia;
}

/** A NodeRef as a short key: "container:web", "volume:logs", "external:client". */
export function refKey(ref: NodeRef): string {
  return ref.kind === 'external' ? `external:${ref.id}` : `${ref.kind}:${ref.name}`;
}
