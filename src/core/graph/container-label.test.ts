import { describe, expect, it } from 'vitest';
import type { ContainerSnapshot } from '../sim/types';
import { containerLabel } from './container-label';

const snap = (s: Partial<ContainerSnapshot>): ContainerSnapshot => ({ name: 'x', role: 'app', state: 'running', started: true, ready: true, restartCount: 0, ...s });

describe('containerLabel', () => {
  it.each([
    ['init-myservice', { role: 'init' as const }, snap({ role: 'init' }), 'init-myservice, init container, running'],
    ['myapp-container', { role: 'main' as const }, snap({ state: 'waiting', reason: 'PodInitializing' }), 'myapp-container, main, waiting: PodInitializing'],
    ['envoy', { role: 'native-sidecar' as const, pattern: 'ambassador' as const }, snap({ role: 'sidecar' }), 'envoy, native sidecar (ambassador), running'],
    ['fluent-bit', { role: 'sidecar' as const }, snap({ state: 'terminated', reason: 'Error', exitCode: 1 }), 'fluent-bit, sidecar, terminated: Error (exit code 1)'],
    ['proxy', { role: 'ambassador' as const }, snap({ state: 'waiting', reason: 'CrashLoopBackOff' }), 'proxy, ambassador, waiting: CrashLoopBackOff'],
    ['exporter', { role: 'adapter' as const }, undefined, 'exporter, adapter, not created'],
  ])('%s', (name, role, s, label) => {
    expect(containerLabel({ name }, role, s)).toBe(label);
  });
});
