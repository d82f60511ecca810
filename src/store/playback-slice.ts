// The cursor on the timeline and how it moves: stepping event to event, or playing at a speed.
// Playback moves the cursor; it never changes the timeline.
import type { StateCreator } from 'zustand/vanilla';
import { nextEventTime, previousEventTime } from '../core/index';
import type { PodscopeState } from './podscope-store';
import { selectAnalysisCurrent, selectTimeline } from './selectors';
import { advancePlayback } from './timeline-navigation';

export const SPEEDS = [0.5, 1, 2, 5, 10, 30] as const;
export type Speed = (typeof SPEEDS)[number];

export interface PlaybackSlice {
  /** Pod seconds since the pod was created. */
  cursor: number;
  playing: boolean;
  /** Pod seconds per wall-clock second. */
  speed: Speed;
  /** The last quiet stretch playback jumped over, so the view can say so. */
  skipped: { from: number; to: number } | null;
  /**
   * Steps asked for while the analysis of a new text or scenario was on its way (+1 forward, −1 back each): they
   * are taken on the new timeline when it arrives, not on the old one (a preset chosen, then → pressed at once).
   */
  queuedSteps: number;
  /** Takes the queued steps on the current timeline (model-slice.ts calls it when an analysis arrives). */
  takeQueuedSteps(): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  stepForward(): void;
  stepBack(): void;
  reset(): void;
  seek(t: number): void;
  setSpeed(speed: Speed): void;
  /** Called on each animation frame while playing, with the wall time since the last frame. */
  tick(wallSeconds: number): void;
}

export const createPlaybackSlice: StateCreator<PodscopeState, [], [], PlaybackSlice> = (set, get) => ({
  cursor: 0,
  playing: false,
  speed: 2,
  skipped: null,
  queuedSteps: 0,
  takeQueuedSteps: () => {
    let { cursor, queuedSteps } = get();
    if (queuedSteps === 0) return;
    const timeline = selectTimeline(get());
    for (; queuedSteps > 0; queuedSteps--) cursor = nextEventTime(timeline, cursor) ?? timeline.end;
    for (; queuedSteps < 0; queuedSteps++) cursor = previousEventTime(timeline, cursor) ?? 0;
    set({ cursor, queuedSteps: 0 });
  },
  play: () => {
    const { end } = selectTimeline(get());
    // Playing from the end starts again from the beginning, as media players do.
    set({ playing: true, skipped: null, ...(get().cursor >= end ? { cursor: 0 } : {}) });
  },
  pause: () => set({ playing: false }),
  togglePlay: () => (get().playing ? get().pause() : get().play()),
  stepForward: () => {
    if (!selectAnalysisCurrent(get())) return set({ playing: false, skipped: null, queuedSteps: get().queuedSteps + 1 });
    const timeline = selectTimeline(get());
    set({ playing: false, skipped: null, cursor: nextEventTime(timeline, get().cursor) ?? timeline.end });
  },
  stepBack: () => {
    if (!selectAnalysisCurrent(get())) return set({ playing: false, skipped: null, queuedSteps: get().queuedSteps - 1 });
    set({ playing: false, skipped: null, cursor: previousEventTime(selectTimeline(get()), get().cursor) ?? 0 });
  },
  reset: () => set({ playing: false, skipped: null, cursor: 0, queuedSteps: 0 }),
  // Before the analysis of a new text or scenario arrives, the end is not known: the cursor is clamped then
  // (model-slice.ts), so a link's `t` survives the wait.
  seek: (t) => {
    const s = get();
    const end = selectAnalysisCurrent(s) ? selectTimeline(s).end : Infinity;
    set({ skipped: null, cursor: Math.min(Math.max(0, Number.isFinite(t) ? t : 0), end) });
  },
  setSpeed: (speed) => set({ speed }),
  tick: (wallSeconds) => {
    const s = get();
    // While a new timeline is on its way the cursor waits rather than run on the old one.
    if (!s.playing || !selectAnalysisCurrent(s)) return;
    const step = advancePlayback(selectTimeline(s), s.cursor, wallSeconds, s.speed);
    set({
      cursor: step.cursor,
      playing: !step.atEnd,
      ...(step.skipped ? { skipped: step.skipped } : {}),
    });
  },
});
