// Derived state: computed from the owned state and the newest analysis, never stored, memoised so the same inputs
// give the same object (zustand v5 needs stable references).
import type { Narration } from '../core/narration/narration-types';
import { EMPTY_POD } from '../core/analysis/empty-pod';
import { timelineFromData, type TimelineData } from '../core/sim/timeline-data';
import type { LoadResult, PodModel, PodSnapshot, Timeline } from '../core/index';
import { memoizeLast, memoizePerState } from './memoize-last';
import { isCurrent } from './model-slice';
import type { PodscopeState } from './podscope-store';
import { eventTimes } from './timeline-navigation';

/** Before the first analysis: nothing read yet, nothing to complain about. */
const NOT_READ_YET: LoadResult = { pod: null, diagnostics: [] };

/** The timeline of a pod with no containers, shown until the first analysis arrives. */
const EMPTY_SNAPSHOT: PodSnapshot = {
  t: 0,
  phase: 'Pending',
  conditions: { PodScheduled: false, PodReadyToStartContainers: false, Initialized: false, ContainersReady: false, Ready: false },
  containers: [],
  kubectl: { ready: '0/0', status: 'Pending', restarts: '0' },
};
const EMPTY_TIMELINE: Timeline = { events: [], end: 0, at: () => EMPTY_SNAPSHOT };
const NO_NARRATIONS: Narration[] = [];

export interface ShownPod {
  pod: PodModel;
  /** True when the text is broken and the picture shows the last good pod instead. */
  stale: boolean;
}
const shownPodOf = memoizeLast((pod: PodModel, stale: boolean): ShownPod => ({ pod, stale }));
const timelineOf = memoizeLast((data: TimelineData): Timeline => timelineFromData(data));
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

/** What loadPod said about the text of the newest analysis (its diagnostics belong to `selectLoadedText`). */
export const selectLoad = (s: PodscopeState): LoadResult => s.analysis?.load ?? NOT_READ_YET;
/** The text the diagnostics of selectLoad refer to; null before the first analysis. */
export const selectLoadedText = (s: PodscopeState): string | null => s.analysisRequest?.text ?? null;
/** The picture is behind the text or the scenario: an analysis is on its way. */
export const selectAnalysing = (s: PodscopeState) => s.analysing;
/** The newest analysis answers the text and scenario in the store now. */
export const selectAnalysisCurrent = (s: PodscopeState): boolean => isCurrent(s, s.analysisRequest);
export const selectShownPod = (s: PodscopeState): ShownPod =>
  shownPodOf(s.analysis?.pod ?? EMPTY_POD, s.analysis?.stale ?? false);
export const selectPod = (s: PodscopeState): PodModel => selectShownPod(s).pod;
export const selectStale = (s: PodscopeState): boolean => selectShownPod(s).stale;
export const selectTimeline = (s: PodscopeState): Timeline => (s.analysis ? timelineOf(s.analysis.timeline) : EMPTY_TIMELINE);
/** One narration per timeline event, made with the simulation (core/narration/narrate-timeline.ts). */
export const selectNarrations = (s: PodscopeState): readonly Narration[] => s.analysis?.narrations ?? NO_NARRATIONS;
export const selectEventTimes = (s: PodscopeState): number[] => eventTimesOf(selectTimeline(s));
// Per store state: on a playback frame every subscribed view asks for the snapshot; the first computes, the rest
// get it back for the price of one comparison.
export const selectSnapshot = memoizePerState((s: PodscopeState) => snapshotOf(selectTimeline(s), s.cursor));
export const selectEventsUpToCursor = (s: PodscopeState) => {
  const timeline = selectTimeline(s);
  return eventsUpToOf(timeline, eventCountBy(timeline, s.cursor));
};
/** The cursor in tenths of a pod second, as the time is shown: changes about ten times a pod second. */
export const selectCursorTenths = (s: PodscopeState): number => Math.round(s.cursor * 10);
export const selectAtEnd = (s: PodscopeState): boolean => s.cursor >= selectTimeline(s).end;
export const selectAtStart = (s: PodscopeState): boolean => s.cursor <= 0;
