// The cursor on the timeline and how it moves: stepping event to event, or playing at a speed.
// Playback moves the cursor; it never changes the timeline.
import type { StateCreator } from 'zustand/vanilla';
import { nextEventTime, previousEventTime } from '../core/index';
import type { PodscopeState } from './podscope-store';
import { selectTimeline } from './selectors';
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
  play: () => {
    const { end } = selectTimeline(get());
    // Playing from the end starts again from the beginning, as media players do.
    set({ playing: true, skipped: null, ...(get().cursor >= end ? { cursor: 0 } : {}) });
  },
  pause: () => set({ playing: false }),
  togglePlay: () => (get().playing ? get().pause() : get().play()),
  stepForward: () => {
    const timeline = selectTimeline(get());
    set({ playing: false, skipped: null, cursor: nextEventTime(timeline, get().cursor) ?? timeline.end });
  },
  stepBack: () => {
    set({ playing: false, skipped: null, cursor: previousEventTime(selectTimeline(get()), get().cursor) ?? 0 });
  },
  reset: () => set({ playing: false, skipped: null, cursor: 0 }),
  seek: (t) => set({ skipped: null, cursor: Math.min(Math.max(0, t), selectTimeline(get()).end) }),
  setSpeed: (speed) => set({ speed }),
  tick: (wallSeconds) => {
    const s = get();
    if (!s.playing) return;
    const step = advancePlayback(selectTimeline(s), s.cursor, wallSeconds, s.speed);
    set({
      cursor: step.cursor,
      playing: !step.atEnd,
      ...(step.skipped ? { skipped: step.skipped } : {}),
    });
  },
});
