import { describe, expect, it } from 'vitest';
import { nextBackOff, restartDelay, type BackOffEntry } from './back-off';

describe('CrashLoopBackOff delays', () => {
  it('is immediate the first time, then 10, 20, 40 … capped at 300 s', () => {
    // A container that exits 2 s after each start; restart = exit + delay.
    let entry: BackOffEntry | undefined;
    let start = 0;
    const delays: number[] = [];
    for (let i = 0; i < 9; i++) {
      const exit = start + 2;
      const delay = restartDelay(entry, exit);
      delays.push(delay);
      start = exit + Math.max(delay, 1);
      entry = nextBackOff(entry, exit, start);
    }
    expect(delays).toEqual([0, 10, 20, 40, 80, 160, 300, 300, 300]);
  });

  it('starts over after 10 minutes without a failure', () => {
    // Restarted at 100 with a 40 s entry; the next exit comes 601 s later: the entry has expired.
    const entry: BackOffEntry = { backoff: 40, lastUpdate: 100 };
    expect(restartDelay(entry, 700)).toBe(40); // exactly 600 s: not yet expired
    expect(restartDelay(entry, 701)).toBe(0);
    expect(nextBackOff(entry, 701, 702)).toEqual({ backoff: 10, lastUpdate: 702 });
  });
});
