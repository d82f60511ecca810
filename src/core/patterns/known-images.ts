// Container images Podscope recognises by name, and the role each usually plays beside a main container.
import type { ContainerModel } from '../spec/pod-model';
import type { Pattern, Purpose } from './role-types';

/**
 * | image (repository path matched)                                    | role       | purpose          | outside end          |
 * |--------------------------------------------------------------------|------------|------------------|----------------------|
 * | *-exporter, *_exporter, jmx_exporter, jmx-prometheus-javaagent:    | adapter    | metrics-exporter | monitoring           |
 * |   nginx/nginx-prometheus-exporter, oliver006/redis_exporter,       |            |                  |                      |
 * |   prom/mysqld-exporter, prom/statsd-exporter, bitnami/jmx-exporter |            |                  |                      |
 * | istio/proxyv2 (istio-proxy)                                        | sidecar    | mesh-proxy       | mesh services        |
 * | linkerd/proxy, linkerd2-proxy                                      | sidecar    | mesh-proxy       | mesh services        |
 * | envoyproxy/envoy, envoy                                            | ambassador | outbound-proxy   | upstream services    |
 * | haproxy, haproxytech/haproxy-*                                     | ambassador | outbound-proxy   | backend servers      |
 * | cloud-sql-proxy, cloudsql-docker/gce-proxy                         | ambassador | outbound-proxy   | Cloud SQL            |
 * | twemproxy, nutcracker                                              | ambassador | outbound-proxy   | Redis / memcached    |
 * | pgbouncer                                                          | ambassador | outbound-proxy   | PostgreSQL           |
 * | opentelemetry-collector, otel/*collector*                          | ambassador | outbound-proxy   | telemetry backend    |
 * | jaegertracing/jaeger-agent                                         | ambassador | outbound-proxy   | Jaeger collector     |
 * | datawire/ambassador, emissary-ingress, emissary                    | ambassador | reverse-proxy    | (clients)            |
 * | oauth2-proxy                                                       | ambassador | reverse-proxy    | (clients)            |
 * | nginx, nginx-unprivileged, bitnami/nginx: only when NOT the first  | ambassador | reverse-proxy    | (clients)            |
 * |   app container (first, it is the web server itself: main)        |            |                  |                      |
 * | fluent-bit, fluentd, filebeat, promtail, vector, logstash          | sidecar    | log-shipper      | log backend          |
 * | git-sync                                                           | sidecar    | content-sync     | Git repository       |
 * | hashicorp/vault running `vault agent`, vault-agent                 | sidecar    | secrets-agent    | Vault                |
 *
 * Exporters come first, so nginx-prometheus-exporter is an adapter and not an nginx.
 */
export interface KnownImage {
  /** Tested against the repository path without registry port, tag or digest, lower-cased. */
  match: RegExp;
  pattern: Pattern;
  purpose: Purpose;
  /** How the UI names it: "image envoyproxy/envoy is a known proxy". */
  what: string;
  external?: string;
  /** Only when the container is not the pod's first app container (nginx). */
  notFirst?: boolean;
  /** Only when the command or arguments contain this word (hashicorp/vault is a server unless it runs `agent`). */
  when?: RegExp;
}

export const KNOWN_IMAGES: readonly KnownImage[] = [
  { match: /(^|\/)[\w.-]*[-_]exporter$|jmx[-_]exporter|jmx-prometheus/, pattern: 'adapter', purpose: 'metrics-exporter', what: 'a known Prometheus exporter', external: 'monitoring' },
  { match: /(^|\/)istio\/proxyv2$|(^|\/)istio-proxy$/, pattern: 'sidecar', purpose: 'mesh-proxy', what: "Istio's Envoy sidecar proxy", external: 'mesh services' },
  { match: /linkerd[\w-]*\/proxy$|linkerd2-proxy/, pattern: 'sidecar', purpose: 'mesh-proxy', what: 'the Linkerd sidecar proxy', external: 'mesh services' },
  { match: /(^|\/)envoyproxy\/envoy[\w-]*$|(^|\/)envoy$/, pattern: 'ambassador', purpose: 'outbound-proxy', what: 'a known proxy (Envoy)', external: 'upstream services' },
  { match: /(^|\/)haproxy[\w-]*$/, pattern: 'ambassador', purpose: 'outbound-proxy', what: 'a known proxy (HAProxy)', external: 'backend servers' },
  { match: /cloud-sql-proxy|cloudsql-docker\/gce-proxy|cloud-sql-connectors/, pattern: 'ambassador', purpose: 'outbound-proxy', what: 'the Cloud SQL Auth Proxy', external: 'Cloud SQL' },
  { match: /twemproxy|nutcracker/, pattern: 'ambassador', purpose: 'outbound-proxy', what: 'a known proxy (twemproxy)', external: 'Redis / memcached shards' },
  { match: /(^|\/)pgbouncer$/, pattern: 'ambassador', purpose: 'outbound-proxy', what: 'a known connection pooler (PgBouncer)', external: 'PostgreSQL' },
  { match: /opentelemetry-collector|(^|\/)otel\/[\w-]*collector/, pattern: 'ambassador', purpose: 'outbound-proxy', what: 'the OpenTelemetry Collector', external: 'telemetry backend' },
  // The app sends spans to localhost:6831/UDP; the agent batches them to the collector (jaegertracing.io, "agent as a sidecar").
  { match: /(^|\/)jaeger-agent$/, pattern: 'ambassador', purpose: 'outbound-proxy', what: 'the Jaeger agent, which forwards spans to the collector', external: 'Jaeger collector' },
  { match: /datawire\/(ambassador|emissary)|emissary-ingress|(^|\/)emissary$/, pattern: 'ambassador', purpose: 'reverse-proxy', what: 'a known reverse proxy (Emissary)' },
  { match: /oauth2-proxy/, pattern: 'ambassador', purpose: 'reverse-proxy', what: 'a known authenticating reverse proxy (OAuth2 Proxy)' },
  { match: /(^|\/)nginx(-unprivileged)?$/, pattern: 'ambassador', purpose: 'reverse-proxy', what: 'nginx, used as a reverse proxy beside the first container', notFirst: true },
  { match: /fluent-bit/, pattern: 'sidecar', purpose: 'log-shipper', what: 'a known log shipper (Fluent Bit)', external: 'log backend' },
  { match: /fluentd/, pattern: 'sidecar', purpose: 'log-shipper', what: 'a known log shipper (Fluentd)', external: 'log backend' },
  { match: /(^|\/)filebeat$/, pattern: 'sidecar', purpose: 'log-shipper', what: 'a known log shipper (Filebeat)', external: 'Elasticsearch' },
  { match: /(^|\/)promtail$/, pattern: 'sidecar', purpose: 'log-shipper', what: 'a known log shipper (Promtail)', external: 'Loki' },
  { match: /(^|\/)vector$/, pattern: 'sidecar', purpose: 'log-shipper', what: 'a known log shipper (Vector)', external: 'log backend' },
  { match: /(^|\/)logstash(-oss)?$/, pattern: 'sidecar', purpose: 'log-shipper', what: 'a known log shipper (Logstash)', external: 'log backend' },
  { match: /git-sync/, pattern: 'sidecar', purpose: 'content-sync', what: 'git-sync, which keeps a Git checkout in a volume', external: 'Git repository' },
  { match: /(^|\/)vault-agent$|(^|\/)vault$/, pattern: 'sidecar', purpose: 'secrets-agent', what: 'Vault Agent, which writes secrets to a volume', external: 'Vault', when: /\bagent\b/ },
];

/** "docker.io/library/nginx:1.27@sha256:…" → "docker.io/library/nginx". Lower-cased; registry ports kept out of the tag. */
export function imageRepository(image: string): string {
  const noDigest = image.split('@')[0] ?? '';
  const lastSlash = noDigest.lastIndexOf('/');
  const colon = noDigest.indexOf(':', lastSlash + 1);
  return (colon === -1 ? noDigest : noDigest.slice(0, colon)).toLowerCase();
}

/** Per container, once for each value of isFirstApp: volume sharing asks about every pair of containers. */
const recognised = new WeakMap<ContainerModel, { first?: KnownImage | null; other?: KnownImage | null }>();

/** The known image a container runs, if any. `isFirstApp`: it is the pod's first app container. */
export function recogniseImage(container: ContainerModel, isFirstApp: boolean): KnownImage | undefined {
  const seen = recognised.get(container) ?? {};
  const key = isFirstApp ? 'first' : 'other';
  const hit = seen[key];
  if (hit !== undefined) return hit ?? undefined;
  const found = findKnownImage(container, isFirstApp);
  seen[key] = found ?? null;
  recognised.set(container, seen);
  return found;
}

function findKnownImage(container: ContainerModel, isFirstApp: boolean): KnownImage | undefined {
  if (container.image.length > 512) return undefined; // no real image name is this long; keeps the regexes linear
  const repository = imageRepository(container.image);
  const words = [container.name, ...container.command, ...container.args].join(' ').slice(0, 4096);
  return KNOWN_IMAGES.find(
    (known) =>
      known.match.test(repository) &&
      !(known.notFirst && isFirstApp) &&
      (!known.when || known.when.test(words)),
  );
}
