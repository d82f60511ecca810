import { describe, expect, it } from 'vitest';
import { classifyRoles } from './classify-roles';
import { deriveFlows } from './derive-flows';
import type { Flow } from './flow-types';
import { pod, type PodInit } from './test-pods';

function flowsOf(init: PodInit): Flow[] {
  const p = pod(init);
  return deriveFlows(p, classifyRoles(p));
}
const summary = (flows: Flow[]) => flows.map((f) => `${f.id} [${f.label}]`);

describe('deriveFlows', () => {
  it('sidecar log shipper: client → web; web writes logs; shipper reads and ships out', () => {
    const flows = flowsOf({
      volumes: ['logs'],
      containers: [
        { name: 'web', image: 'nginx:1.27', ports: [80], mounts: { logs: '/var/log/nginx' } },
        { name: 'fluent-bit', image: 'fluent/fluent-bit:3.2', mounts: { logs: '/logs:ro' } },
      ],
    });
    expect(summary(flows)).toEqual([
      'ingress:client->web:80/TCP [TCP 80]',
      'ship-out:fluent-bit->log-backend:fluent-bit [logs]',
      'volume-write:web->logs [/var/log/nginx]',
      'volume-read:logs->fluent-bit [/logs]',
    ]);
    expect(flows[0]?.via).toEqual({ kind: 'pod-port', port: 80, protocol: 'TCP' });
  });

  it('apps logging to a volume fluent-bit reads: every app’s writes are drawn, only the shipper reads', () => {
    const flows = flowsOf({
      volumes: ['logs'],
      containers: [
        { name: 'fluent-bit', image: 'fluent/fluent-bit:3.1', mounts: { logs: '/var/log:ro' } },
        ...[0, 1, 2].map((i) => ({ name: `app-${i}`, image: `example/app-${i}:1.0`, ports: [8000 + i], mounts: { logs: `/var/log/app-${i}` } })),
      ],
    });
    expect(summary(flows.filter((f) => f.kind.startsWith('volume-')))).toEqual([
      'volume-write:app-0->logs [/var/log/app-0]',
      'volume-read:logs->fluent-bit [/var/log]',
      'volume-write:app-1->logs [/var/log/app-1]',
      'volume-write:app-2->logs [/var/log/app-2]',
    ]);
    expect(summary(flows.filter((f) => f.kind === 'ingress'))).toEqual([
      'ingress:client->app-0:8000/TCP [TCP 8000]',
      'ingress:client->app-1:8001/TCP [TCP 8001]',
      'ingress:client->app-2:8002/TCP [TCP 8002]',
    ]);
  });

  it('ambassador: web → localhost:5432 → cloud-sql-proxy → Cloud SQL', () => {
    const flows = flowsOf({
      containers: [
        { name: 'web', image: 'shop/web:1', ports: [8080], env: { DB_HOST: '127.0.0.1', DB_PORT: '5432' } },
        { name: 'cloud-sql-proxy', image: 'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.0', args: ['--port=5432', 'p:r:i'] },
      ],
    });
    expect(summary(flows)).toEqual([
      'ingress:client->web:8080/TCP [TCP 8080]',
      'egress:cloud-sql-proxy->service:cloud-sql-proxy [to Cloud SQL]',
      'localhost:web->cloud-sql-proxy:5432/TCP [localhost:5432]',
    ]);
  });

  it('ambassador without any address in the spec: web → localhost → twemproxy on its declared port', () => {
    const flows = flowsOf({ containers: [{ name: 'web' }, { name: 'twemproxy', image: 'twemproxy:0.5', ports: [6379] }] });
    expect(summary(flows)).toContain('localhost:web->twemproxy:6379/TCP [localhost:6379]');
    expect(flows.some((f) => f.kind === 'ingress' && f.to.kind === 'container' && f.to.name === 'twemproxy')).toBe(false);
  });

  it('adapter: monitoring → pod IP:9121 → redis_exporter → localhost:6379 → redis', () => {
    const flows = flowsOf({
      containers: [
        { name: 'redis', image: 'redis:7', ports: [6379] },
        { name: 'exporter', image: 'oliver006/redis_exporter:v1.66.0', ports: [9121] },
      ],
    });
    expect(summary(flows)).toEqual([
      'ingress:client->redis:6379/TCP [TCP 6379]',
      'scrape:monitoring->exporter:9121/TCP [TCP 9121]',
      'localhost:exporter->redis:6379/TCP [localhost:6379]',
    ]);
  });

  it('statsd adapter: the app pushes to localhost:9125, monitoring scrapes 9102 only', () => {
    const flows = flowsOf({
      containers: [
        { name: 'app', ports: [8080], env: { STATSD_HOST: 'localhost', STATSD_PORT: '9125' } },
        { name: 'statsd', image: 'prom/statsd-exporter:v0.28.0', ports: [9102, 9125] },
      ],
    });
    expect(summary(flows)).toEqual([
      'ingress:client->app:8080/TCP [TCP 8080]',
      'scrape:monitoring->statsd:9102/TCP [TCP 9102]',
      'localhost:app->statsd:9125/TCP [localhost:9125]',
    ]);
  });

  it('reverse proxy: client → oauth2-proxy → localhost → app', () => {
    const flows = flowsOf({
      containers: [{ name: 'app', ports: [8080] }, { name: 'auth', image: 'quay.io/oauth2-proxy/oauth2-proxy:v7.7.1', ports: [4180] }],
    });
    expect(summary(flows)).toContain('ingress:client->auth:4180/TCP [TCP 4180]');
    expect(summary(flows)).toContain('localhost:auth->app:8080/TCP [localhost:8080]');
  });

  it('git-sync: fetches from the repository, writes the volume web reads; an init container fills a volume', () => {
    const flows = flowsOf({
      volumes: ['site', 'seed'],
      initContainers: [{ name: 'seed', image: 'busybox', command: ['sh', '-c', 'cp -r /src /seed'], mounts: { seed: '/seed' } }],
      containers: [
        { name: 'web', image: 'nginx:1.27', ports: [80], mounts: { site: '/usr/share/nginx/html:ro', seed: '/seed:ro' } },
        { name: 'git-sync', image: 'registry.k8s.io/git-sync/git-sync:v4.3.0', mounts: { site: '/git' } },
      ],
    });
    expect(summary(flows)).toEqual([
      'ingress:client->web:80/TCP [TCP 80]',
      'egress:git-sync->source:git-sync [fetch]',
      'volume-write:seed->seed [/seed]',
      'volume-read:seed->web [/seed]',
      'volume-write:git-sync->site [/git]',
      'volume-read:site->web [/usr/share/nginx/html]',
    ]);
  });

  it('the article pod has no flows: no ports, no volumes', () => {
    expect(flowsOf({ initContainers: [{ name: 'init-myservice' }], containers: [{ name: 'myapp-container' }] })).toEqual([]);
  });

  it('ids are unique and the output is the same for the same input', () => {
    const init: PodInit = { containers: [{ name: 'web', ports: [80, 443] }, { name: 'envoy', image: 'envoyproxy/envoy:v1', ports: [9901] }] };
    const flows = flowsOf(init);
    expect(new Set(flows.map((f) => f.id)).size).toBe(flows.length);
    expect(flowsOf(init)).toEqual(flows);
  });
});

describe('deriveFlows: proxies', () => {
  it("does not send the main container to a proxy's admin port", () => {
    const flows = flowsOf({ containers: [{ name: 'web', ports: [8080] }, { name: 'envoy', image: 'envoyproxy/envoy:v1.32.1', ports: [9901, 10000] }] });
    expect(summary(flows)).toContain('localhost:web->envoy:10000/TCP [localhost:10000]');
    const adminOnly = flowsOf({ containers: [{ name: 'web' }, { name: 'envoy', image: 'envoyproxy/envoy:v1.32.1', ports: [9901] }] });
    expect(summary(adminOnly)).toContain('localhost:web->envoy [localhost]');
  });
});

describe('deriveFlows: shared volumes without a direction in the spec', () => {
  it('draws no volume flow between two plain containers, but a known shipper still reads', () => {
    const plain = flowsOf({ volumes: ['data'], containers: [{ name: 'a', mounts: { data: '/data' } }, { name: 'b', mounts: { data: '/data' } }] });
    expect(plain.filter((f) => f.kind.startsWith('volume'))).toEqual([]);
    const shipper = flowsOf({ volumes: ['data'], containers: [{ name: 'a', mounts: { data: '/data' } }, { name: 'vector', image: 'timberio/vector:0.43.0-alpine', mounts: { data: '/in' } }] });
    expect(summary(shipper)).toEqual([
      'ship-out:vector->log-backend:vector [logs]',
      'volume-write:a->data [/data]',
      'volume-read:data->vector [/in]',
    ]);
  });
});
