import { describe, expect, it } from 'vitest';
import { classifyRoles } from './classify-roles';
import type { RoleAssignment } from './role-types';
import { pod, type ContainerInit } from './test-pods';

const web: ContainerInit = { name: 'web', image: 'example.com/shop/web:2.1', ports: [8080] };

function roleOf(roles: RoleAssignment[], name: string): RoleAssignment {
  const found = roles.find((r) => r.container === name);
  if (!found) throw new Error(`no role for ${name}`);
  return found;
}

/** A pod of `web` (the main) and one helper; returns the helper's role. */
function beside(helper: ContainerInit, extra: { volumes?: string[]; web?: Partial<ContainerInit> } = {}): RoleAssignment {
  const roles = classifyRoles(pod({ containers: [{ ...web, ...extra.web }, helper], volumes: extra.volumes }));
  expect(roleOf(roles, 'web').role).toBe('main');
  return roleOf(roles, helper.name);
}

describe('classifyRoles: real-world images', () => {
  it.each([
    // [what, helper container, expected role, expected purpose]
    ['istio sidecar', { name: 'istio-proxy', image: 'docker.io/istio/proxyv2:1.24.0', ports: [15090] }, 'sidecar', 'mesh-proxy'],
    ['linkerd proxy', { name: 'linkerd-proxy', image: 'cr.l5d.io/linkerd/proxy:edge-24.11.1' }, 'sidecar', 'mesh-proxy'],
    ['envoy', { name: 'envoy', image: 'envoyproxy/envoy:v1.32.1', ports: [9901] }, 'ambassador', 'outbound-proxy'],
    ['haproxy', { name: 'lb', image: 'haproxy:3.0-alpine' }, 'ambassador', 'outbound-proxy'],
    ['cloud-sql-proxy', { name: 'cloud-sql-proxy', image: 'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.0', args: ['--port=5432', 'proj:eu:db'] }, 'ambassador', 'outbound-proxy'],
    ['legacy gce-proxy', { name: 'cloudsql', image: 'gcr.io/cloudsql-docker/gce-proxy:1.33.2' }, 'ambassador', 'outbound-proxy'],
    ['twemproxy', { name: 'twemproxy', image: 'ghcr.io/twitter/twemproxy:0.5.0', ports: [6379] }, 'ambassador', 'outbound-proxy'],
    ['pgbouncer', { name: 'pgbouncer', image: 'bitnami/pgbouncer:1.23.1' }, 'ambassador', 'outbound-proxy'],
    ['oauth2-proxy', { name: 'auth', image: 'quay.io/oauth2-proxy/oauth2-proxy:v7.7.1', ports: [4180] }, 'ambassador', 'reverse-proxy'],
    ['emissary', { name: 'edge', image: 'docker.io/emissaryingress/emissary:3.9.1' }, 'ambassador', 'reverse-proxy'],
    ['nginx after the app', { name: 'nginx', image: 'nginx:1.27-alpine', ports: [80] }, 'ambassador', 'reverse-proxy'],
    ['fluent-bit', { name: 'fluent-bit', image: 'cr.fluentbit.io/fluent/fluent-bit:3.2' }, 'sidecar', 'log-shipper'],
    ['fluentd', { name: 'fluentd', image: 'fluent/fluentd:v1.17-1' }, 'sidecar', 'log-shipper'],
    ['filebeat', { name: 'filebeat', image: 'docker.elastic.co/beats/filebeat:8.16.1' }, 'sidecar', 'log-shipper'],
    ['promtail', { name: 'promtail', image: 'grafana/promtail:3.3.0' }, 'sidecar', 'log-shipper'],
    ['vector', { name: 'vector', image: 'timberio/vector:0.43.0-alpine' }, 'sidecar', 'log-shipper'],
    ['logstash', { name: 'logstash', image: 'docker.elastic.co/logstash/logstash:8.16.1' }, 'sidecar', 'log-shipper'],
    ['git-sync', { name: 'git-sync', image: 'registry.k8s.io/git-sync/git-sync:v4.3.0' }, 'sidecar', 'content-sync'],
    ['vault agent', { name: 'vault-agent', image: 'hashicorp/vault:1.18', args: ['agent', '-config=/etc/vault/agent.hcl'] }, 'sidecar', 'secrets-agent'],
    ['redis_exporter', { name: 'exporter', image: 'oliver006/redis_exporter:v1.66.0', ports: [9121] }, 'adapter', 'metrics-exporter'],
    ['nginx-prometheus-exporter', { name: 'metrics', image: 'nginx/nginx-prometheus-exporter:1.4', args: ['--nginx.scrape-uri=http://localhost:8080/stub_status'] }, 'adapter', 'metrics-exporter'],
    ['mysqld-exporter', { name: 'mysqld', image: 'prom/mysqld-exporter:v0.16.0' }, 'adapter', 'metrics-exporter'],
    ['statsd-exporter', { name: 'statsd', image: 'prom/statsd-exporter:v0.28.0', ports: [9102, { containerPort: 9125, protocol: 'UDP' }] }, 'adapter', 'metrics-exporter'],
    ['jmx exporter', { name: 'jmx', image: 'bitnami/jmx-exporter:1.0.1' }, 'adapter', 'metrics-exporter'],
    ['otel collector', { name: 'otel', image: 'otel/opentelemetry-collector-contrib:0.114.0' }, 'ambassador', 'outbound-proxy'],
  ] as [string, ContainerInit, string, string][])('%s', (_what, helper, role, purpose) => {
    const found = beside(helper);
    expect(found.role).toBe(role);
    expect(found.purpose).toBe(purpose);
    expect(found.source).toBe('image');
    expect(found.reason).toMatch(/^image /);
  });

  it('says why in plain words', () => {
    expect(beside({ name: 'envoy', image: 'envoyproxy/envoy:v1.32.1' }).reason).toBe('image envoyproxy/envoy is a known proxy (Envoy)');
  });

  it('nginx first is the web server itself, and hashicorp/vault without `agent` is a server', () => {
    const roles = classifyRoles(pod({ containers: [{ name: 'nginx', image: 'nginx:1.27', ports: [80] }, { name: 'sync', image: 'registry.k8s.io/git-sync/git-sync:v4.3.0' }] }));
    expect(roleOf(roles, 'nginx').role).toBe('main');
    expect(roleOf(roles, 'sync').role).toBe('sidecar');
    const vault = classifyRoles(pod({ containers: [{ name: 'vault', image: 'hashicorp/vault:1.18', args: ['server'] }] }));
    expect(vault[0]?.role).toBe('main');
  });

  it('a known proxy alone in a pod is its main container', () => {
    const roles = classifyRoles(pod({ containers: [{ name: 'envoy', image: 'envoyproxy/envoy:v1.32.1' }] }));
    expect(roles[0]).toMatchObject({ role: 'main', source: 'kind' });
  });
});

describe('classifyRoles: ports, env and volumes', () => {
  it('an unknown image reached on 127.0.0.1 via DB_HOST/DB_PORT is an ambassador', () => {
    const found = beside(
      { name: 'db-proxy', image: 'example.com/dbproxy:1', ports: [5432] },
      { web: { env: { DB_HOST: '127.0.0.1', DB_PORT: '5432' } } },
    );
    expect(found).toMatchObject({ role: 'ambassador', source: 'heuristic', purpose: 'outbound-proxy' });
    expect(found.reason).toContain('web reaches it on localhost:5432 (DB_HOST=127.0.0.1, DB_PORT=5432)');
  });

  it('a reader of the log volume the main container writes is a sidecar log shipper', () => {
    const found = beside(
      { name: 'shipper', image: 'example.com/shipper:1', mounts: { logs: '/logs:ro' } },
      { volumes: ['logs'], web: { mounts: { logs: '/var/log/web' } } },
    );
    expect(found).toMatchObject({ role: 'sidecar', purpose: 'log-shipper', source: 'heuristic' });
    expect(found.reason).toBe('shares volume logs with web, which writes it (shipper mounts it read-only)');
  });

  it('a writer of a volume the main container reads is a content puller', () => {
    const found = beside(
      { name: 'puller', image: 'alpine:3.20', command: ['sh', '-c', 'while true; do wget -O /data/index.html https://example.com; sleep 60; done'], mounts: { html: '/data' } },
      { volumes: ['html'], web: { mounts: { html: '/usr/share/nginx/html' } } },
    );
    expect(found).toMatchObject({ role: 'sidecar', purpose: 'content-sync', external: 'content source' });
  });

  it('a container reading the main one on localhost and serving its own port is an adapter', () => {
    const found = beside({ name: 'conv', image: 'example.com/conv:1', ports: [9100], env: { TARGET: 'http://localhost:8080/stats' } });
    expect(found).toMatchObject({ role: 'adapter', source: 'heuristic' });
  });

  it('an unrelated container with a port serves clients too; one without is a helper sidecar', () => {
    const roles = classifyRoles(pod({ containers: [web, { name: 'api', image: 'a:1', ports: [9000] }, { name: 'cron', image: 'b:1' }] }));
    expect(roleOf(roles, 'api').role).toBe('main');
    expect(roleOf(roles, 'cron').role).toBe('sidecar');
  });

  it('the article pod: init container, then the main container', () => {
    const roles = classifyRoles(
      pod({
        initContainers: [{ name: 'init-myservice', image: 'busybox', command: ['sh', '-c', 'git clone <repo> ;'] }],
        containers: [{ name: 'myapp-container', image: 'busybox:1.28' }],
      }),
    );
    expect(roles.map((r) => [r.container, r.role, r.source])).toEqual([
      ['init-myservice', 'init', 'kind'],
      ['myapp-container', 'main', 'kind'],
    ]);
  });

  it('a native sidecar keeps what it does as its pattern', () => {
    const roles = classifyRoles(
      pod({
        initContainers: [
          { name: 'migrate', image: 'example.com/migrate:1' },
          { name: 'envoy', image: 'envoyproxy/envoy:v1.32.1', restartPolicy: 'Always' },
          { name: 'logs', image: 'fluent/fluent-bit:3.2', restartPolicy: 'Always' },
          { name: 'plain', image: 'example.com/x:1', restartPolicy: 'Always' },
        ],
        containers: [web],
      }),
    );
    expect(roleOf(roles, 'migrate').role).toBe('init');
    expect(roleOf(roles, 'envoy')).toMatchObject({ role: 'native-sidecar', pattern: 'ambassador', source: 'image' });
    expect(roleOf(roles, 'logs')).toMatchObject({ role: 'native-sidecar', pattern: 'sidecar', purpose: 'log-shipper' });
    expect(roleOf(roles, 'plain')).toMatchObject({ role: 'native-sidecar', source: 'kind' });
    expect(roleOf(roles, 'plain').pattern).toBeUndefined();
  });
});

describe('classifyRoles: the podscope.io/roles annotation', () => {
  it('wins over images and heuristics', () => {
    const roles = classifyRoles(
      pod({
        annotations: { 'podscope.io/roles': 'envoy=adapter, helper=ambassador,web=main' },
        containers: [web, { name: 'envoy', image: 'envoyproxy/envoy:v1.32.1' }, { name: 'helper', image: 'x:1' }],
      }),
    );
    expect(roleOf(roles, 'envoy')).toMatchObject({ role: 'adapter', source: 'annotation' });
    expect(roleOf(roles, 'helper')).toMatchObject({ role: 'ambassador', source: 'annotation' });
    expect(roleOf(roles, 'web')).toMatchObject({ role: 'main', source: 'annotation' });
  });

  it('can name a main container other than the first', () => {
    const roles = classifyRoles(pod({ annotations: { 'podscope.io/roles': 'b=main' }, containers: [{ name: 'a' }, { name: 'b' }] }));
    expect(roleOf(roles, 'b').role).toBe('main');
    expect(roleOf(roles, 'a').role).toBe('sidecar');
  });

  it('applies the valid entries and leaves out the rest (loadPod reports them: spec/role-annotation.test.ts)', () => {
    const roles = classifyRoles(
      pod({
        annotations: { 'podscope.io/roles': 'nosuch=adapter,web=boss,garbage,init-db=main,sc=main,helper=adapter' },
        initContainers: [{ name: 'init-db' }, { name: 'sc', restartPolicy: 'Always' }],
        containers: [web, { name: 'helper' }],
      }),
    );
    expect(roleOf(roles, 'helper')).toMatchObject({ role: 'adapter', source: 'annotation' });
    expect(roleOf(roles, 'web').role).toBe('main');
    expect(roleOf(roles, 'init-db').role).toBe('init');
    expect(roleOf(roles, 'sc')).toMatchObject({ role: 'native-sidecar', source: 'kind' });
  });

  it('sets a native sidecar pattern', () => {
    const roles = classifyRoles(
      pod({ annotations: { 'podscope.io/roles': 'sc=ambassador' }, initContainers: [{ name: 'sc', restartPolicy: 'Always' }], containers: [web] }),
    );
    expect(roleOf(roles, 'sc')).toMatchObject({ role: 'native-sidecar', pattern: 'ambassador', source: 'annotation' });
  });
});

describe('classifyRoles: a read-write volume with no clue who writes', () => {
  it('a helper without ports is a sidecar; one with a port serves clients itself (not an adapter)', () => {
    const roles = classifyRoles(
      pod({ volumes: ['data'], containers: [{ ...web, mounts: { data: '/data' } }, { name: 'helper', mounts: { data: '/d' } }, { name: 'api', ports: [9000], mounts: { data: '/d' } }] }),
    );
    expect(roleOf(roles, 'helper')).toMatchObject({ role: 'sidecar', reason: 'shares volume data with web (both mount it read-write)' });
    expect(roleOf(roles, 'api')).toMatchObject({ role: 'main', reason: 'serves port 9000 itself; shares volume data with web, but nothing says who writes it' });
  });
});

describe('classifyRoles: hostile input', () => {
  it('stays fast on a very long image name', () => {
    const t0 = performance.now();
    const roles = classifyRoles(pod({ containers: [web, { name: 'x', image: `${'-'.repeat(100_000)}exporter` }] }));
    expect(roleOf(roles, 'x').source).not.toBe('image');
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
