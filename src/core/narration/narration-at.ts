// The narration for a cursor position: the main event of the last second at or before the cursor, and the other
// events of that second (a step lands on a second at which several things may happen, e.g. Pulled, Created and
// Started). Image and create steps are mechanics, so another event of the same second is preferred to them.
import type { PodModel } from '../spec/pod-model';
import type { SimEvent, Timeline } from '../sim/types';
import { narrate } from './narrate';
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

/** Null before the first event (never, in practice: Scheduled is at 0). */
export function narrationAt(timeline: Timeline, pod: PodModel, cursor: number): NarrationAt | null {
  const { events } = timeline;
  let last = -1;
  for (let i = 0; i < events.length && (events[i]?.t ?? Infinity) <= cursor + 1e-9; i++) last = i;
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
  const event = events[index] as SimEvent;
  const context = { events, index, snapshot: timeline.at(event.t) };
  const alsoNow: string[] = [];
  for (let i = first; i <= last; i++) if (i !== index) alsoNow.push(narrate(events[i] as SimEvent, pod, { ...context, index: i }).what);
  return { event, index, narration: narrate(event, pod, context), alsoNow };
}
