import { describe, expect, it } from 'vitest';
import type { Action } from './scenario';
import { checkScenario } from './scenario-check';
import { container, pod, probe } from './test-pod';

const p = pod({ containers: [container({ name: 'web', readinessProbe: probe() }), container({ name: 'log' })] });

describe('checkScenario', () => {
  it.each<[string, Action, RegExp]>([
    ['an unknown container', { container: 'wbe', exitCode: 1, after: 3 }, /no container named "wbe".*web, log/],
    ['a probe the container lacks', { container: 'log', probe: 'liveness', failFrom: 10 }, /"log" has no livenessProbe/],
    ['a failure window that ends before it begins', { container: 'web', probe: 'readiness', failFrom: 10, failUntil: 5 }, /ends \(5 s\) before it begins \(10 s\)/],
    ['an impossible exit code', { container: 'web', exitCode: 300, at: 5 }, /Exit code 300 is not possible/],
    ['a run numbered from 0', { container: 'web', exitCode: 1, after: 2, run: 0 }, /counts the container's starts from 1/],
    ['a negative time', { container: 'web', oomKilled: true, after: -1 }, /`after`/],
    // Found by simulate.fuzz.test.ts: simulate left such an action out, and checkScenario said nothing.
    ['a failure window that ends at Infinity', { container: 'web', probe: 'readiness', failFrom: 5, failUntil: Infinity }, /`failUntil` must be a number.*ignored/],
    ['a failure window that ends at NaN', { container: 'web', probe: 'readiness', failFrom: 5, failUntil: NaN }, /`failUntil` must be a number.*ignored/],
  ])('explains %s', (_name, action, message) => {
    const found = checkScenario(p, { actions: [action] });
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(message);
    expect(found[0]?.action).toBe(0);
  });

  it('accepts a sensible scenario and notes a second deletion', () => {
    expect(checkScenario(p, { actions: [{ container: 'web', probe: 'readiness', failFrom: 5, failUntil: 30 }, { deletePod: true, at: 60 }] })).toEqual([]);
    expect(checkScenario(p, { actions: [{ deletePod: true, at: 60 }, { deletePod: true, at: 70 }] })).toEqual([
      { severity: 'info', message: 'The pod is deleted more than once; only the first deletion counts.', action: 1 },
    ]);
  });

  // Found by simulate.fuzz.test.ts: the note went on the second deletion in the list even when that one came first
  // in time, and so was the one the simulator used.
  it('notes the later deletions in time, not in the list: the earliest is the one that counts', () => {
    const actions: Action[] = [{ deletePod: true, at: 70 }, { deletePod: true, at: 60 }, { deletePod: true, at: 60 }, { deletePod: true, at: 80 }];
    expect(checkScenario(p, { actions }).map((d) => [d.action, d.severity])).toEqual([[0, 'info'], [2, 'info'], [3, 'info']]);
  });
});
