// Moving a cursor along a timeline: event to event for stepping, wall-clock time for playback.
import type { Timeline } from '../core/index';

/** Distinct event times, ascending. */
export function eventTimes(timeline: Timeline): number[] {
  const times: number[] = [];
  for (const e of timeline.events) if (times[times.length - 1] !== e.t) times.push(e.t);
  return times;
}

/** The first event time after `cursor`, or the timeline's end. */
export function nextEventTime(times: readonly number[], end: number, cursor: number): number {
  for (const t of times) if (t > cursor + 1e-9) return t;
  return end;
}

/** The last event time before `cursor`, or 0. */
export function previousEventTime(times: readonly number[], cursor: number): number {
  let previous = 0;
  for (const t of times) {
    if (t >= cursor - 1e-9) break;
    previous = t;
  }
  return previous;
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
export function advancePlayback(
  times: readonly number[],
  end: number,
  cursor: number,
  wallSeconds: number,
  speed: number,
): PlaybackStep {
  const next = nextEventTime(times, end, cursor);
  const quiet = next - cursor;
  if (quiet / speed > QUIET_WALL_SECONDS) {
    const to = next - LEAD_IN_WALL_SECONDS * speed;
    if (to > cursor) return { cursor: to, skipped: { from: cursor, to }, atEnd: false };
  }
  const moved = Math.min(end, cursor + wallSeconds * speed);
  return { cursor: moved, atEnd: moved >= end };
}
