// The warm-up pod is only worth reading if it takes the model's usual paths: a valid pod with every role in it.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analysis/analyze';
import { warmUpPodYaml } from './warm-up-pod';

describe('warmUpPodYaml', () => {
  const analysis = createAnalyzer()({ text: warmUpPodYaml(), lastGoodText: null, scenario: { actions: [] } });

  it('is a pod Kubernetes would accept, with nothing to warn about', () => {
    expect(analysis.good).toBe(true);
    expect(analysis.load.diagnostics).toEqual([]);
  });

  it('has every role, so the pattern rules and the flows all run', () => {
    expect(new Set(analysis.roles.map((r) => r.role))).toEqual(new Set(['init', 'native-sidecar', 'main', 'sidecar', 'ambassador', 'adapter']));
    expect(analysis.flows.length).toBeGreaterThan(10);
  });

  it('starts up: probes, starts and readiness make events for the simulator and the narrators', () => {
    const types = new Set(analysis.timeline.events.map((e) => e.type));
    for (const type of ['Pulled', 'Created', 'Started']) expect(types).toContain(type);
    expect(analysis.narrations.length).toBeGreaterThan(20);
  });
});
