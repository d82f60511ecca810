// The timeline as `kubectl get pod -w` would print it: a header, then a line each time READY, STATUS or the restart
// count changes, with the pod's AGE at that moment. kubectl prints on every update of the pod object; Podscope
// prints only updates that change a column, which is what a reader watches for.
// Columns are aligned as kubectl's tabwriter does (pkg/printers/tabwriter.go: minwidth 10, padding 3).
import type { PodModel } from '../spec/pod-model';
import { humanDuration } from './kubectl-columns';
import type { Timeline } from './types';

const MIN_WIDTH = 10;
const PADDING = 3;
const HEADER = ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'] as const;

/** The restart count alone: "2 (15s ago)" → "2"; the "ago" part changes every second and is no status change. */
function restartCount(restarts: string): string {
  return restarts.split(' ')[0] ?? restarts;
}

/** Rows of cells: the header, then one row per change, in time order. */
export function kubectlWatchRows(pod: PodModel, timeline: Timeline): string[][] {
  const rows: string[][] = [[...HEADER]];
  const times = [0, ...timeline.events.map((e) => e.t)];
  let last = '';
  let previousTime = -1;
  for (const t of times) {
    if (t === previousTime) continue;
    previousTime = t;
    const { ready, status, restarts } = timeline.at(t).kubectl;
    const key = `${ready}\u0000${status}\u0000${restartCount(restarts)}`;
    if (key === last) continue;
    last = key;
    rows.push([pod.name, ready, status, restarts, humanDuration(t)]);
  }
  return rows;
}

/** The lines, aligned; no trailing spaces. */
export function kubectlWatchLines(pod: PodModel, timeline: Timeline): string[] {
  const rows = kubectlWatchRows(pod, timeline);
  const widths = HEADER.map((_, c) => Math.max(MIN_WIDTH, ...rows.map((r) => (r[c]?.length ?? 0) + PADDING)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c] ?? MIN_WIDTH))).join(''));
}
