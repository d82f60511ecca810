// The narration for a cursor position: the main event of the last second at or before the cursor, and the other
// events of that second (a step lands on a second at which several things may happen, e.g. Pulled, Created and
// Started). Image and create steps are mechanics, so another event of the same second is preferred to them.
// Narrations are looked up, not made, here (narrate-timeline.ts makes them), so this file stays light.
import type { SimEvent } from '../sim/types';
import type { Narration } from './narration-types';

export interface NarrationAt {
  event: SimEvent;
  /** The event's index in timeline.events: a stable key for "the narration changed". */
  index: number;
  narration: Narration;
  /** What else happened in the same second, in order, as short lines. */
  alsoNow: Narration['what'][];
}

const MECHANICS: ReadonlySet<string> = new Set(['Pulling', 'Pulled', 'Created']);

/** The index of the last event at or before t, or -1 (binary search: events are in time order). */
function lastIndexAtOrBefore(events: readonly SimEvent[], t: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((events[mid]?.t ?? Infinity) <= t + 1e-9) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Null before the first event (never, in practice: Scheduled is at 0). `narrations[i]` narrates `events[i]`. */
export function narrationAt(events: readonly SimEvent[], narrations: readonly Narration[], cursor: number): NarrationAt | null {
  const last = lastIndexAtOrBefore(events, cursor);
  const lastEvent = events[last];
  if (!lastEvent) return null;
  let first = last;
  while (first > 0 && events[first - 1]?.t === lastEvent.t) first--;
  // The latest event of that second that is not mechanics, else the latest one.
  let index = last;
  for (let i = last; i >= first; i--) {
    if (!MECHANICS.has(events[i]?.type ?? '')) {
      index = i;
      break;
    }
  }
  const narrationOf = (i: number): Narration =>
    narrations[i] ?? { what: events[i]?.message ?? '', why: '', rule: '', docs: { title: '', url: '' } };
  const alsoNow: string[] = [];
  for (let i = first; i <= last; i++) if (i !== index) alsoNow.push(narrationOf(i).what);
  return { event: events[index] as SimEvent, index, narration: narrationOf(index), alsoNow };
}
