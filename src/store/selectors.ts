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
const eventsUpToOf = memoizeLast((timeline: Timeline, t: number) => {
  let n = 0;
  while (n < timeline.events.length && (timeline.events[n]?.t ?? Infinity) <= t + 1e-9) n++;
  return timeline.events.slice(0, n);
});

export const selectLoad = (s: PodscopeState): LoadResult => loadOf(s.specText);
export const selectShownPod = (s: PodscopeState): ShownPod =>
  shownPodOf(selectLoad(s), s.lastGoodText === null ? null : lastGoodLoadOf(s.lastGoodText));
export const selectPod = (s: PodscopeState): PodModel => selectShownPod(s).pod;
export const selectStale = (s: PodscopeState): boolean => selectShownPod(s).stale;
export const selectTimeline = (s: PodscopeState): Timeline => timelineOf(selectPod(s), s.scenario);
export const selectEventTimes = (s: PodscopeState): number[] => eventTimesOf(selectTimeline(s));
export const selectSnapshot = (s: PodscopeState) => snapshotOf(selectTimeline(s), s.cursor);
export const selectEventsUpToCursor = (s: PodscopeState) => eventsUpToOf(selectTimeline(s), s.cursor);
export const selectAtEnd = (s: PodscopeState): boolean => s.cursor >= selectTimeline(s).end;
export const selectAtStart = (s: PodscopeState): boolean => s.cursor <= 0;
