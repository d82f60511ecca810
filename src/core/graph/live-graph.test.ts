import { describe, expect, it } from 'vitest';
import { classifyRoles } from '../patterns/classify-roles';
import { deriveFlows } from '../patterns/derive-flows';
import { pod } from '../patterns/test-pods';
import type { ContainerSnapshot, PodSnapshot } from '../sim/types';
import { buildGraph } from './build-graph';
import { liveGraph } from './live-graph';

const ambassadorPod = pod({
  name: 'shop',
  initContainers: [{ name: 'init-myservice' }],
  containers: [
    { name: 'web', ports: [8080], env: { DB_HOST: '127.0.0.1', DB_PORT: '5432' } },
    { name: 'cloud-sql-proxy', image: 'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.0', args: ['--port=5432'] },
  ],
});
const roles = classifyRoles(ambassadorPod);
const graph = buildGraph(ambassadorPod, roles, deriveFlows(ambassadorPod, roles));

function c(name: string, role: ContainerSnapshot['role'], state: ContainerSnapshot['state'], extra: Partial<ContainerSnapshot> = {}): ContainerSnapshot {
  return { name, role, state, started: state === 'running', ready: state === 'running', restartCount: 0, ...extra };
}
function snap(t: number, ready: boolean, containers: ContainerSnapshot[]): PodSnapshot {
  return {
    t, phase: ready ? 'Running' : 'Pending', containers, kubectl: { ready: '', status: '', restarts: '0' },
    conditions: { PodScheduled: true, PodReadyToStartContainers: true, Initialized: t > 2, ContainersReady: ready, Ready: ready },
  };
}

// Three moments of the same pod: init running; all up; the ambassador crash-looping (back-off runs out at 31 s).
const during = snap(1, false, [c('init-myservice', 'init', 'running'), c('web', 'app', 'waiting', { reason: 'PodInitializing' }), c('cloud-sql-proxy', 'app', 'waiting', { reason: 'PodInitializing' })]);
const up = snap(10, true, [c('init-myservice', 'init', 'terminated', { reason: 'Completed', exitCode: 0 }), c('web', 'app', 'running'), c('cloud-sql-proxy', 'app', 'running')]);
const crashing = snap(23.5, true, [
  c('init-myservice', 'init', 'terminated', { reason: 'Completed', exitCode: 0 }),
  c('web', 'app', 'running'),
  c('cloud-sql-proxy', 'app', 'waiting', { reason: 'CrashLoopBackOff', restartCount: 2, backOffUntil: 31 }),
]);

describe('liveGraph', () => {
  it('gives each container its accessible name: name, role, state', () => {
    const live = liveGraph(graph, during);
    expect(Object.values(live.containers).map((s) => s.ariaLabel)).toEqual([
      'init-myservice, init container, running',
      'web, main, waiting: PodInitializing',
      'cloud-sql-proxy, ambassador, waiting: PodInitializing',
    ]);
  });

  it('fades a completed init container and counts down the back-off', () => {
    const live = liveGraph(graph, crashing);
    expect(live.containers['container:init-myservice']?.faded).toBe(true);
    expect(live.containers['container:cloud-sql-proxy']).toMatchObject({ backOffSeconds: 7.5, restartCount: 2, state: 'waiting', reason: 'CrashLoopBackOff' });
    expect(liveGraph(graph, during).containers['container:init-myservice']?.faded).toBe(false);
  });

  it('activates edges only while their flow runs: a crashed ambassador stops its flows', () => {
    const active = (s: PodSnapshot) => Object.entries(liveGraph(graph, s).edges).filter(([, on]) => on).map(([id]) => id);
    expect(active(during)).toEqual([]);
    expect(active(up)).toEqual([
      'ingress:client->web:8080/TCP#outside',
      'ingress:client->web:8080/TCP#inside',
      'egress:cloud-sql-proxy->service:cloud-sql-proxy',
      'localhost:web->cloud-sql-proxy:5432/TCP#to-bus',
      'localhost:web->cloud-sql-proxy:5432/TCP#from-bus',
    ]);
    expect(active(crashing)).toEqual(['ingress:client->web:8080/TCP#outside', 'ingress:client->web:8080/TCP#inside']);
  });

  it('never moves a node: the layout is the same object before and after any snapshot', () => {
    const before = JSON.stringify(graph);
    for (const s of [during, up, crashing]) liveGraph(graph, s);
    expect(JSON.stringify(graph)).toBe(before);
    expect(buildGraph(ambassadorPod, roles, deriveFlows(ambassadorPod, roles))).toEqual(graph);
  });
});
