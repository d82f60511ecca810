// Derived state: computed from the owned state, never stored, memoised so the same inputs give the same object.
import { loadPod, simulate, type LoadResult, type PodModel, type Scenario, type Timeline } from '../core/index';
import { loadPodMemo } from './load-memo';
import { memoizeLast } from './memoize-last';
import type { PodscopeState } from './podscope-store';
import { eventTimes } from './timeline-navigation';

/** Shown when nothing usable could be read yet: a pod with no containers. */
const EMPTY_POD: PodModel = {
  name: 'pod',
  namespace: 'default',
  labels: {},
  annotations: {},
  restartPolicy: 'Always',
  terminationGracePeriodSeconds: 30,
  shareProcessNamespace: false,
  initContainers: [],
  containers: [],
  volumes: [],
};

const loadOf = loadPodMemo;
/** A second memo for the last good text, so that the current and the last good load don't evict each other. */
const lastGoodLoadOf = memoizeLast(loadPod);

export interface ShownPod {
  pod: PodModel;
  /** True when the text is broken and the picture shows the last good pod instead. */
  stale: boolean;
}
const shownPodOf = memoizeLast((current: LoadResult, lastGood: LoadResult | null): ShownPod => {
  const broken = current.pod === null || current.diagnostics.some((d) => d.severity === 'error');
  if (broken && lastGood?.pod) return { pod: lastGood.pod, stale: true };
  return { pod: current.pod ?? EMPTY_POD, stale: false };
});
const timelineOf = memoizeLast((pod: PodModel, scenario: Scenario): Timeline => simulate(pod, scenario));
const eventTimesOf = memoizeLast(eventTimes);
const snapshotOf = memoizeLast((timeline: Timeline, t: number) => timeline.at(t));
/** How many events have happened by pod time t (binary search: called on every playback frame). */
function eventCountBy(timeline: Timeline, t: number): number {
  const events = timeline.events;
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((events[mid]?.t ?? Infinity) <= t + 1e-9) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
// Keyed on the count, not the cursor: while playback moves the cursor between events, the list stays the same object
// and the events log does not re-render on every frame.
const eventsUpToOf = memoizeLast((timeline: Timeline, count: number) => timeline.events.slice(0, count));

export const selectLoad = (s: PodscopeState): LoadResult => loadOf(s.specText);
export const selectShownPod = (s: PodscopeState): ShownPod =>
  shownPodOf(selectLoad(s), s.lastGoodText === null ? null : lastGoodLoadOf(s.lastGoodText));
export const selectPod = (s: PodscopeState): PodModel => selectShownPod(s).pod;
export const selectStale = (s: PodscopeState): boolean => selectShownPod(s).stale;
export const selectTimeline = (s: PodscopeState): Timeline => timelineOf(selectPod(s), s.scenario);
export const selectEventTimes = (s: PodscopeState): number[] => eventTimesOf(selectTimeline(s));
export const selectSnapshot = (s: PodscopeState) => snapshotOf(selectTimeline(s), s.cursor);
export const selectEventsUpToCursor = (s: PodscopeState) => {
  const timeline = selectTimeline(s);
  return eventsUpToOf(timeline, eventCountBy(timeline, s.cursor));
};
export const selectAtEnd = (s: PodscopeState): boolean => s.cursor >= selectTimeline(s).end;
export const selectAtStart = (s: PodscopeState): boolean => s.cursor <= 0;
