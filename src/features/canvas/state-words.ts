// Words and icons for a container's live state on the canvas: an icon and text always go together, so colour is
// never the only signal. Formatting only: the states themselves come from the simulator.
import type { LiveContainerState } from '../../core/graph/live-graph';

export type StateTone = 'running' | 'waiting' | 'done' | 'failed' | 'absent';

/** How a state looks: running, waiting, completed (exit 0), failed (non-zero exit, CrashLoopBackOff, …), absent. */
export function stateTone(live: Pick<LiveContainerState, 'state' | 'reason' | 'exitCode'> | undefined): StateTone {
  if (!live || live.state === 'absent') return 'absent';
  if (live.state === 'running') return 'running';
  if (live.state === 'terminated') return live.exitCode === 0 ? 'done' : 'failed';
  return live.reason && /BackOff|Err|Invalid|OOM/.test(live.reason) ? 'failed' : 'waiting';
}

export const STATE_ICON: Record<StateTone, string> = { running: '●', waiting: '◌', done: '✔', failed: '✖', absent: '○' };

/** "terminated: Completed", "waiting: CrashLoopBackOff", "running"; the exit code goes with it in exitText. */
export function stateWords(live: Pick<LiveContainerState, 'state' | 'reason'> | undefined): string {
  if (!live || live.state === 'absent') return 'not created';
  return `${live.state}${live.reason ? `: ${live.reason}` : ''}`;
}

/** "exit 0" for a terminated container, else nothing. */
export function exitText(live: Pick<LiveContainerState, 'state' | 'exitCode'> | undefined): string {
  return live?.state === 'terminated' && live.exitCode !== undefined ? `exit ${live.exitCode}` : '';
}


/** Seconds, one decimal below ten: "8.5 s", "40 s". */
export function formatSeconds(seconds: number): string {
  return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)} s`;
}

