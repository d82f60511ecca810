import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import { container, pod } from './test-pod';
import { nextEventTime, previousEventTime } from './timeline';

const crashing = pod({ containers: [container({ name: 'app', image: 'busybox:1.36', command: ['sh', '-c', 'sleep 2; exit 1'] })] });

describe('Timeline', () => {
  const tl = simulate(crashing, undefined, { until: 100 });

  it('clamps t to [0, end] and returns the stored snapshot at a change time', () => {
    expect(tl.at(-5).t).toBe(0);
    expect(tl.at(1e9).t).toBe(100);
    expect(tl.at(5)).toBe(tl.at(5)); // a change time: the same object every call
  });

  it('updates only the RESTARTS age between changes', () => {
    // run 2 exits at 8 → back-off until 18; lastState is that exit, so the age counts from 8.
    expect(tl.at(10).kubectl.restarts).toBe('1 (2s ago)');
    expect(tl.at(17.5).kubectl.restarts).toBe('1 (9s ago)');
    expect(tl.at(17.5).containers).toBe(tl.at(10).containers);
    expect(tl.at(12).containers[0]?.backOffUntil).toBe(18);
  });

  it('steps between event times', () => {
    expect(nextEventTime(tl, 0)).toBe(1);
    expect(nextEventTime(tl, 5)).toBe(6);
    expect(previousEventTime(tl, 6)).toBe(5);
    expect(previousEventTime(tl, 0)).toBeUndefined();
    expect(nextEventTime(tl, 100)).toBeUndefined();
  });
});
