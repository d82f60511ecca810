import { describe, expect, it } from 'vitest';
import type { ContainerSnapshot, PodSnapshot } from '../sim/types';
import { flowActive } from './flow-active';
import type { Flow } from './flow-types';

function snapshot(states: Record<string, ContainerSnapshot['state']>, ready: boolean): PodSnapshot {
  return {
    t: 10,
    phase: 'Running',
    conditions: { PodScheduled: true, PodReadyToStartContainers: true, Initialized: true, ContainersReady: ready, Ready: ready },
    containers: Object.entries(states).map(([name, state]) => ({ name, role: 'app', state, started: state === 'running', ready, restartCount: 0 })),
    kubectl: { ready: '', status: '', restarts: '0' },
  };
}

const ingress: Flow = {
  id: 'i', kind: 'ingress', label: 'TCP 80',
  from: { kind: 'external', id: 'client', external: 'client', label: 'client' },
  to: { kind: 'container', name: 'web' },
  via: { kind: 'pod-port', port: 80, protocol: 'TCP' },
};
const local: Flow = { id: 'l', kind: 'localhost', label: 'localhost:5432', from: { kind: 'container', name: 'web' }, to: { kind: 'container', name: 'proxy' } };
const write: Flow = { id: 'w', kind: 'volume-write', label: '/logs', from: { kind: 'container', name: 'web' }, to: { kind: 'volume', name: 'logs' } };

describe('flowActive', () => {
  it.each([
    // [flow, states, pod Ready, active]
    [ingress, { web: 'running' }, true, true],
    [ingress, { web: 'running' }, false, false], // not Ready: out of the Service's endpoints
    [ingress, { web: 'waiting' }, true, false],
    [local, { web: 'running', proxy: 'running' }, false, true], // localhost does not care about Ready
    [local, { web: 'running', proxy: 'waiting' }, true, false], // the ambassador crashed: its flow stops
    [local, { web: 'terminated', proxy: 'running' }, true, false],
    [local, { web: 'running' }, true, false], // an end not in the snapshot is not running
    [write, { web: 'running' }, false, true],
  ] as [Flow, Record<string, ContainerSnapshot['state']>, boolean, boolean][])('%#', (flow, states, ready, active) => {
    expect(flowActive(flow, snapshot(states, ready))).toBe(active);
  });
});
