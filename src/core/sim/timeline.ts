// Stepping through a timeline's events ("Step forward", "Step back"). Light: the main page uses it without the
// simulator.
import type { SimEvent, Timeline } from './types';

/** The first event time after t (for "Step forward"), or undefined at the end. */
export function nextEventTime(timeline: Timeline, t: number): number | undefined {
  const events = timeline.events;
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((events[mid] as SimEvent).t <= t) lo = mid + 1;
    else hi = mid;
  }
  return events[lo]?.t;
}

/** The last event time before t (for "Step back"), or undefined at the start. */
export function previousEventTime(timeline: Timeline, t: number): number | undefined {
  const events = timeline.events;
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((events[mid] as SimEvent).t < t) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? events[lo - 1]?.t : undefined;
}
