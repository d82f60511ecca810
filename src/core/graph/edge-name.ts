// The words for an edge on the canvas: its accessible name ("traffic out to a service: cloud-sql-proxy to Cloud
// SQL, TCP 5432"), made with the graph so the canvas only adds whether it flows at the cursor ("; flowing").
import type { EdgeKind, PodGraphNode, UnnamedEdge } from './graph-types';

/** Words for each edge kind, in the legend and in each edge's name. */
export const EDGE_WORDS: Record<EdgeKind, string> = {
  ingress: 'traffic in from a client',
  localhost: 'traffic over localhost',
  egress: 'traffic out to a service',
  'volume-write': 'writes to a volume',
  'volume-read': 'reads from a volume',
  'ship-out': 'ships out',
  scrape: 'scraped by monitoring',
  order: 'init order',
  attach: 'on localhost',
  mount: 'mounts',
};

/** A node's short name: the container, volume or outside thing it stands for. */
function endName(node: PodGraphNode | undefined, id: string): string {
  if (!node) return id;
  switch (node.type) {
    case 'pod':
      return `pod ${node.data.name}`;
    case 'bus':
      return 'localhost';
    case 'external':
      return node.data.label;
    default:
      return node.data.name;
  }
}

export function edgeName(edge: UnnamedEdge, nodes: ReadonlyMap<string, PodGraphNode>): string {
  const from = endName(nodes.get(edge.source), edge.source);
  const to = endName(nodes.get(edge.target), edge.target);
  switch (edge.kind) {
    case 'attach':
      return `${from} is on localhost`;
    case 'order':
      return `init order ${edge.label}: ${from} then ${to}`;
    case 'mount':
      return `${from} mounts volume ${to} at ${edge.label}`;
    default:
      return `${EDGE_WORDS[edge.kind]}: ${from} to ${to}${edge.label ? `, ${edge.label}` : ''}`;
  }
}
