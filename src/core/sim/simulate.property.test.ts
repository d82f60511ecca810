// Invariants of the simulator for any pod and scenario (fast-check): start-up order, one init container at a time,
// time never goes backwards, the same input gives the same timeline, every run ends by `until`, nothing throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import { arbCase } from './test-arbitraries';
import type { Timeline } from './types';

function firstStart(tl: Timeline, name: string): number | undefined {
  return tl.events.find((e) => e.type === 'Started' && e.container === name)?.t;
}

describe('simulate, for any pod and scenario', () => {
  it('starts no app container before every init container completed and every sidecar started; init containers in spec order', () => {
    fc.assert(fc.property(arbCase, ({ pod: p, scenario, until }) => {
      const tl = simulate(p, scenario, { until });
      const appStarts = p.containers.map((c) => firstStart(tl, c.name)).filter((t): t is number => t !== undefined);
      const firstApp = Math.min(...appStarts);
      if (appStarts.length > 0) {
        for (const c of p.initContainers) {
          if (c.kind === 'sidecar') expect(firstStart(tl, c.name)).toBeLessThanOrEqual(firstApp);
          else expect(tl.events.some((e) => e.type === 'Exited' && e.container === c.name && e.reason === 'Completed' && e.t <= firstApp)).toBe(true);
        }
      }
      let previous = -Infinity;
      for (const c of p.initContainers) {
        const t = firstStart(tl, c.name);
        if (t === undefined) break;
        expect(t).toBeGreaterThanOrEqual(previous);
        previous = t;
      }
    }), { numRuns: 300 });
  });

  it('runs at most one regular init container at a time', () => {
    fc.assert(fc.property(arbCase, ({ pod: p, scenario, until }) => {
      const tl = simulate(p, scenario, { until });
      for (const t of tl.changeTimes ?? []) {
        expect(tl.at(t).containers.filter((c) => c.role === 'init' && c.state === 'running').length).toBeLessThanOrEqual(1);
      }
    }), { numRuns: 300 });
  });

  it('keeps events in time order and ends by `until`', () => {
    fc.assert(fc.property(arbCase, ({ pod: p, scenario, until }) => {
      const tl = simulate(p, scenario, { until });
      expect(tl.end).toBeLessThanOrEqual(until);
      for (let i = 0; i < tl.events.length; i++) {
        const e = tl.events[i];
        expect(e?.t).toBeLessThanOrEqual(until);
        if (i > 0) expect(e?.t).toBeGreaterThanOrEqual(tl.events[i - 1]?.t ?? 0);
      }
      expect(tl.at(until + 10).t).toBe(tl.end);
    }), { numRuns: 300 });
  });

  it('gives the same timeline for the same input', () => {
    fc.assert(fc.property(arbCase, fc.array(fc.double({ min: 0, max: 700, noNaN: true }), { minLength: 1, maxLength: 8 }), ({ pod: p, scenario, until }, samples) => {
      const a = simulate(p, scenario, { until });
      const b = simulate(structuredClone(p), structuredClone(scenario), { until });
      expect(b.events).toEqual(a.events);
      expect(b.end).toBe(a.end);
      for (const t of samples) expect(b.at(t)).toEqual(a.at(t));
    }), { numRuns: 300 });
  });

  it('never leaves a terminal phase, never lowers a restart count, and keeps Ready ⇒ ContainersReady ⇒ Initialized', () => {
    fc.assert(fc.property(arbCase, ({ pod: p, scenario, until }) => {
      const tl = simulate(p, scenario, { until });
      let terminal: string | undefined;
      const restarts = new Map<string, number>();
      for (const t of tl.changeTimes ?? []) {
        const s = tl.at(t);
        if (terminal) expect(s.phase).toBe(terminal);
        if (s.phase === 'Succeeded' || s.phase === 'Failed') terminal = s.phase;
        for (const c of s.containers) {
          expect(c.restartCount).toBeGreaterThanOrEqual(restarts.get(c.name) ?? 0);
          restarts.set(c.name, c.restartCount);
        }
        if (s.conditions.Ready) expect(s.conditions.ContainersReady).toBe(true);
        if (s.conditions.ContainersReady) expect(s.conditions.Initialized).toBe(true);
        if (s.deleted) expect(t).toBe(tl.end);
      }
    }), { numRuns: 200 });
  });
});
