// The narration at the cursor, derived from the store and memoised on the second it narrates: while playback moves
// the cursor between two events, the same object comes back and the panel does not re-render.
import { narrationAt, type NarrationAt } from '../../core/narration/narration-at';
import type { Narration } from '../../core/narration/narration-types';
import type { SimEvent } from '../../core/index';
import { memoizeLast } from '../../store/memoize-last';
import type { PodscopeState } from '../../store/podscope-store';
import { selectEventTimes, selectNarrations, selectTimeline } from '../../store/selectors';

const narrationOf = memoizeLast(
  (events: readonly SimEvent[], narrations: readonly Narration[], t: number): NarrationAt | null => narrationAt(events, narrations, t),
);

/** The last event time at or before the cursor (binary search over the distinct event times). */
function lastEventTime(times: readonly number[], cursor: number): number {
  let lo = 0;
  let hi = times.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((times[mid] as number) <= cursor + 1e-9) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found < 0 ? -1 : (times[found] as number);
}

export const selectNarration = (s: PodscopeState): NarrationAt | null => {
  const t = lastEventTime(selectEventTimes(s), s.cursor);
  return t < 0 ? null : narrationOf(selectTimeline(s).events, selectNarrations(s), t);
};
