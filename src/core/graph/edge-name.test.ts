// Edge names as a screen reader hears them: what kind of traffic or link, from which end to which.
import { describe, expect, it } from 'vitest';
import { classifyRoles } from '../patterns/classify-roles';
import { deriveFlows } from '../patterns/derive-flows';
import { pod } from '../patterns/test-pods';
import { buildGraph } from './build-graph';

const graph = (() => {
  const p = pod({
    name: 'orders',
    volumes: ['logs'],
    initContainers: [{ name: 'migrate' }, { name: 'wait-db' }],
    containers: [
      { name: 'web', ports: [8080], env: { DB_HOST: '127.0.0.1', DB_PORT: '5432' }, mounts: { logs: '/var/log' } },
      { name: 'cloud-sql-proxy', image: 'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.0', args: ['--port=5432'] },
      { name: 'fluent-bit', image: 'fluent/fluent-bit:3.2', mounts: { logs: '/logs:ro' } },
    ],
  });
  const roles = classifyRoles(p);
  return buildGraph(p, roles, deriveFlows(p, roles));
})();
const names = graph.edges.map((e) => e.name);

describe('edgeName', () => {
  it('names links by their two ends', () => {
    expect(names).toContain('web is on localhost');
    expect(names).toContain('init order 1 → 2: migrate then wait-db');
  });

  it('names mounts and volume flows by container, volume and path', () => {
    expect(names).toContain('writes to a volume: web to logs, /var/log');
    expect(names).toContain('reads from a volume: logs to fluent-bit, /logs (read-only)');
  });

  it('names traffic by its kind and ends: an ambassador to its outside service, a client to the pod', () => {
    expect(names.some((n) => /^traffic out to a service: cloud-sql-proxy to Cloud SQL/.test(n))).toBe(true);
    expect(names.some((n) => /^traffic in from a client: client to pod orders/.test(n))).toBe(true);
  });
});
