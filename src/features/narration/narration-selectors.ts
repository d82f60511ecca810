// The narration at the cursor, derived from the store and memoised on the second it narrates: while playback moves
// the cursor between two events, the same object comes back and the panel does not re-render.
import { narrationAt, type NarrationAt } from '../../core/narration/narration-at';
import type { PodModel } from '../../core/index';
import type { Timeline } from '../../core/index';
import { memoizeLast } from '../../store/memoize-last';
import type { PodscopeState } from '../../store/podscope-store';
import { selectEventTimes, selectPod, selectTimeline } from '../../store/selectors';

const narrationOf = memoizeLast((timeline: Timeline, pod: PodModel, t: number): NarrationAt | null => narrationAt(timeline, pod, t));

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
  return t < 0 ? null : narrationOf(selectTimeline(s), selectPod(s), t);
};
