import { describe, expect, it } from 'vitest';
import { classifyRoles } from './classify-roles';
import type { RoleAssignment } from './role-types';
import { pod, type ContainerInit, type PodInit } from './test-pods';

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
    ['jaeger agent', { name: 'jaeger-agent', image: 'jaegertracing/jaeger-agent:1.62.0', ports: [{ containerPort: 6831, protocol: 'UDP' }], args: ['--reporter.grpc.host-port=jaeger-collector:14250'] }, 'ambassador', 'outbound-proxy'],
    // As the injectors write them: Istio's istio-proxy (args proxy sidecar …), Vault's vault-agent (a shell line).
    ['istio as injected', { name: 'istio-proxy', image: 'docker.io/istio/proxyv2:1.24.0', args: ['proxy', 'sidecar', '--domain', '$(POD_NAMESPACE).svc.cluster.local'], ports: [{ containerPort: 15090, protocol: 'TCP', name: 'http-envoy-prom' }] }, 'sidecar', 'mesh-proxy'],
    ['vault agent as injected', { name: 'vault-agent', image: 'hashicorp/vault:1.18.1', command: ['/bin/sh', '-ec'], args: ['echo ${VAULT_CONFIG?} | base64 -d > /home/vault/config.json && vault agent -config=/home/vault/config.json'] }, 'sidecar', 'secrets-agent'],
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

  // Each row: a pod where one heuristic gives `container` a role, and an annotation asking for another one.
  const shipper: ContainerInit = { name: 'fluent-bit', image: 'fluent/fluent-bit:3.2', mounts: { logs: '/logs:ro' } };
  it.each([
    ['a known image', { containers: [web, { name: 'x', image: 'envoyproxy/envoy:v1.32.1' }] }, 'ambassador', 'sidecar'],
    ['main reaching it on localhost', { containers: [{ ...web, env: { DB_HOST: 'localhost', DB_PORT: '5432' } }, { name: 'x', ports: [5432] }] }, 'ambassador', 'adapter'],
    ['it reading main on localhost, with a port', { containers: [web, { name: 'x', ports: [9100], env: { TARGET: 'http://localhost:8080/' } }] }, 'adapter', 'sidecar'],
    ['it talking to main on localhost, no port', { containers: [web, { name: 'x', env: { TARGET: 'http://localhost:8080/' } }] }, 'sidecar', 'ambassador'],
    ['it reading main’s volume, with a port', { volumes: ['data'], containers: [{ ...web, mounts: { data: '/data' } }, { name: 'x', ports: [9100], mounts: { data: '/d:ro' } }] }, 'adapter', 'sidecar'],
    ['it reading main’s logs', { volumes: ['logs'], containers: [{ ...web, mounts: { logs: '/var/log' } }, { name: 'x', mounts: { logs: '/logs:ro' } }] }, 'sidecar', 'adapter'],
    ['it writing a volume main reads', { volumes: ['html'], containers: [{ ...web, mounts: { html: '/html:ro' } }, { name: 'x', mounts: { html: '/out' } }] }, 'sidecar', 'ambassador'],
    ['a read-write volume nobody is known to write', { volumes: ['data'], containers: [{ ...web, mounts: { data: '/data' } }, { name: 'x', mounts: { data: '/d' } }] }, 'sidecar', 'adapter'],
    ['it writing logs a shipper reads', { volumes: ['logs'], containers: [{ ...web, mounts: { logs: '/var/log/web' } }, shipper, { name: 'x', ports: [9000], mounts: { logs: '/var/log/x' } }] }, 'main', 'adapter'],
    ['it serving a port of its own', { containers: [web, { name: 'x', ports: [9000] }] }, 'main', 'ambassador'],
    ['it being one more app container', { containers: [web, { name: 'x' }] }, 'sidecar', 'adapter'],
    ['it being the first app container', { containers: [{ name: 'x', ports: [80] }, { name: 'y' }] }, 'main', 'sidecar'],
    ['it being a native sidecar', { initContainers: [{ name: 'x', restartPolicy: 'Always' as const }], containers: [web] }, 'native-sidecar', 'adapter'],
  ] as [string, PodInit, string, string][])('wins over %s', (_what, init, heuristic, asked) => {
    const before = roleOf(classifyRoles(pod(init)), 'x');
    expect(before.role).toBe(heuristic);
    expect(before.source).not.toBe('annotation');
    const after = roleOf(classifyRoles(pod({ ...init, annotations: { 'podscope.io/roles': `x=${asked}` } })), 'x');
    expect(after.source).toBe('annotation');
    expect(after.reason).toBe(`set by the pod annotation podscope.io/roles (x=${asked})`);
    expect(after.role === 'native-sidecar' ? after.pattern : after.role).toBe(asked);
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

describe('classifyRoles: apps writing logs that a shipper reads', () => {
  /** bench/canvas.bench.ts's busyPodYaml: two init containers, an envoy native sidecar, fluent-bit, n apps. */
  const busy = (apps: number, shipper: ContainerInit = { name: 'fluent-bit', image: 'fluent/fluent-bit:3.1', mounts: { logs: '/var/log:ro' } }): PodInit => ({
    volumes: ['logs'],
    initContainers: [
      { name: 'init-0', command: ['sh', '-c', 'sleep 1'] },
      { name: 'init-1', command: ['sh', '-c', 'sleep 2'] },
      { name: 'envoy', image: 'envoyproxy/envoy:v1.31', restartPolicy: 'Always', ports: [9901] },
    ],
    containers: [
      shipper,
      ...Array.from({ length: apps }, (_, i) => ({ name: `app-${i}`, image: `example/app-${i}:1.0`, ports: [8000 + i], mounts: { logs: `/var/log/app-${i}` } })),
    ],
  });

  it('every app is a main container and fluent-bit is their log-shipping sidecar; none is an adapter', () => {
    const roles = classifyRoles(pod(busy(4)));
    expect(roles.map((r) => [r.container, r.role, r.purpose ?? ''])).toEqual([
      ['init-0', 'init', ''],
      ['init-1', 'init', ''],
      ['envoy', 'native-sidecar', 'outbound-proxy'],
      ['fluent-bit', 'sidecar', 'log-shipper'],
      ['app-0', 'main', ''],
      ['app-1', 'main', ''],
      ['app-2', 'main', ''],
      ['app-3', 'main', ''],
    ]);
    expect(roleOf(roles, 'app-0').reason).toBe('the first app container not recognised as a helper');
    // True of app-2: it mounts logs read-write at /var/log/app-2, and fluent-bit mounts logs (read-only).
    expect(roleOf(roles, 'app-2')).toMatchObject({ source: 'heuristic', reason: 'serves port 8002 itself and writes its logs to volume logs, which fluent-bit reads' });
  });

  it('the same with a shipper Podscope does not know, reading read-only, or a known one mounting read-write', () => {
    const unknown = classifyRoles(pod(busy(3, { name: 'shipper', image: 'example/shipper:1', mounts: { logs: '/logs:ro' } })));
    expect(roleOf(unknown, 'shipper')).toMatchObject({ role: 'sidecar', purpose: 'log-shipper', reason: 'shares volume logs with app-0, which writes it (shipper mounts it read-only)' });
    expect(['app-1', 'app-2'].map((n) => roleOf(unknown, n).role)).toEqual(['main', 'main']);
    const readWrite = classifyRoles(pod(busy(3, { name: 'fluent-bit', image: 'fluent/fluent-bit:3.1', mounts: { logs: '/var/log' } })));
    expect(roleOf(readWrite, 'app-1')).toMatchObject({ role: 'main', reason: 'serves port 8001 itself and writes its logs to volume logs, which fluent-bit reads' });
  });

  it('without a third container reading the logs, the old rule stands: the other one reads main’s logs', () => {
    // The Kubernetes docs' streaming sidecars: count writes /var/log/1.log and 2.log, each sidecar tails one.
    const docs = classifyRoles(
      pod({
        volumes: ['varlog'],
        containers: [
          { name: 'count', image: 'busybox:1.28', args: ['/bin/sh', '-c', 'i=0; while true; do echo "$i" >> /var/log/1.log; sleep 1; done'], mounts: { varlog: '/var/log' } },
          { name: 'count-log-1', image: 'busybox:1.28', args: ['/bin/sh', '-c', 'tail -n+1 -F /var/log/1.log'], mounts: { varlog: '/var/log' } },
          { name: 'count-log-2', image: 'busybox:1.28', args: ['/bin/sh', '-c', 'tail -n+1 -F /var/log/2.log'], mounts: { varlog: '/var/log' } },
        ],
      }),
    );
    expect(docs.map((r) => [r.container, r.role, r.purpose ?? ''])).toEqual([
      ['count', 'main', ''],
      ['count-log-1', 'sidecar', 'log-shipper'],
      ['count-log-2', 'sidecar', 'log-shipper'],
    ]);
    expect(roleOf(docs, 'count-log-1').reason).toBe('shares volume varlog with count, which writes it (it holds logs)');
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
