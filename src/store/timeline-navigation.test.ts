import { describe, expect, it } from 'vitest';
import type { Timeline } from '../core/index';
import { advancePlayback, eventTimes, LEAD_IN_WALL_SECONDS } from './timeline-navigation';

// Event times of the article's pod, roughly: scheduling and the init container, then a `sleep 3600` app.
function timelineAt(times: number[], end: number): Timeline {
  return {
    events: times.map((t) => ({ t, type: 'Test', message: `at ${t}` })),
    end,
    at: () => {
      throw new Error('not used by playback');
    },
  };
}
const timeline = timelineAt([0, 1, 1, 3, 4, 6, 7, 3607], 3607);

describe('playback', () => {
  it('lists each event time once, for the scrubber ticks', () => {
    expect(eventTimes(timeline)).toEqual([0, 1, 3, 4, 6, 7, 3607]);
  });

  it('moves by wall time × speed between close events', () => {
    // From 3 s, 0.5 s of wall time at 2× reaches 4 s: the next event, 1 s away.
    expect(advancePlayback(timeline, 3, 0.5, 2)).toEqual({ cursor: 4, atEnd: false });
  });

  it('jumps over a long quiet stretch and says so', () => {
    // From 7 s the next event is at 3607 s: 3600 s at 2× would take 30 min of wall time.
    const step = advancePlayback(timeline, 7, 1 / 60, 2);
    const to = 3607 - LEAD_IN_WALL_SECONDS * 2;
    expect(step).toEqual({ cursor: to, skipped: { from: 7, to }, atEnd: false });
  });

  it('plays through a quiet stretch that is short at this speed', () => {
    // 40 s at 30× is 1.3 s of wall time: under the 3 s that would trigger a jump.
    expect(advancePlayback(timelineAt([0, 40], 40), 0, 0.1, 30)).toEqual({ cursor: 3, atEnd: false });
  });

  it('stops at the end', () => {
    expect(advancePlayback(timeline, 3606, 1, 2)).toEqual({ cursor: 3607, atEnd: true });
  });
});
