// Moving the cursor during playback: wall-clock time at a speed, jumping over long quiet stretches.
// Stepping event to event uses the core's nextEventTime / previousEventTime.
import { nextEventTime, type Timeline } from '../core/index';

/** Distinct event times, ascending: the ticks on the scrubber. */
export function eventTimes(timeline: Timeline): number[] {
  const times: number[] = [];
  for (const e of timeline.events) if (times[times.length - 1] !== e.t) times.push(e.t);
  return times;
}

/**
 * Playback keeps long quiet stretches short: when nothing happens for more than this many seconds of
 * wall time at the current speed, the cursor jumps ahead (a `sleep 3600` must not take an hour at 1×).
 */
export const QUIET_WALL_SECONDS = 3;
/** After a jump, this much wall time is left before the next event so the viewer sees it coming. */
export const LEAD_IN_WALL_SECONDS = 1;

export interface PlaybackStep {
  cursor: number;
  /** Set when the step jumped over a quiet stretch: from and to, in pod seconds. */
  skipped?: { from: number; to: number };
  /** True when the cursor reached the end of the timeline. */
  atEnd: boolean;
}

/** Advance the cursor by `wallSeconds` of real time at `speed` pod seconds per wall second. */
export function advancePlayback(timeline: Timeline, cursor: number, wallSeconds: number, speed: number): PlaybackStep {
  const { end } = timeline;
  const next = nextEventTime(timeline, cursor) ?? end;
  if ((next - cursor) / speed > QUIET_WALL_SECONDS) {
    const to = next - LEAD_IN_WALL_SECONDS * speed;
    if (to > cursor) return { cursor: to, skipped: { from: cursor, to }, atEnd: false };
  }
  const moved = Math.min(end, cursor + wallSeconds * speed);
  return { cursor: moved, atEnd: moved >= end };
}
