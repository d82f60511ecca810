import { describe, expect, it } from 'vitest';
import { advancePlayback, LEAD_IN_WALL_SECONDS, nextEventTime, previousEventTime, QUIET_WALL_SECONDS } from './timeline-navigation';

// Event times of the article's pod, roughly: scheduling and the init container, then a `sleep 3600` app.
const times = [0, 1, 3, 4, 6, 7, 3607];
const end = 3607;

describe('stepping', () => {
  it.each([
    [0, 1],
    [0.5, 1],
    [3, 4],
    [7, 3607],
    [3607, 3607],
  ])('from %s the next event is at %s', (cursor, expected) => {
    expect(nextEventTime(times, end, cursor)).toBe(expected);
  });

  it.each([
    [0, 0],
    [1, 0],
    [3.5, 3],
    [3607, 7],
  ])('from %s the previous event is at %s', (cursor, expected) => {
    expect(previousEventTime(times, cursor)).toBe(expected);
  });
});

describe('playback', () => {
  it('moves by wall time × speed between close events', () => {
    // From 3 s, 0.5 s of wall time at 2× reaches 4 s: the next event, 1 s away.
    expect(advancePlayback(times, end, 3, 0.5, 2)).toEqual({ cursor: 4, atEnd: false });
  });

  it('jumps over a long quiet stretch and says so', () => {
    // From 7 s the next event is at 3607 s: 3600 s at 2× would take 30 min of wall time.
    const step = advancePlayback(times, end, 7, 1 / 60, 2);
    const to = 3607 - LEAD_IN_WALL_SECONDS * 2;
    expect(step).toEqual({ cursor: to, skipped: { from: 7, to }, atEnd: false });
  });

  it('does not jump when the quiet stretch is short at this speed', () => {
    // 3600 s at 30× is 120 s of wall time (> 3 s: jump); 40 s at 30× is 1.3 s (play through).
    expect(advancePlayback([0, 40], 40, 0, 0.1, 30).skipped).toBeUndefined();
    expect(40 / 30).toBeLessThan(QUIET_WALL_SECONDS);
  });

  it('stops at the end', () => {
    expect(advancePlayback(times, end, 3606, 1, 2)).toEqual({ cursor: 3607, atEnd: true });
  });
});
