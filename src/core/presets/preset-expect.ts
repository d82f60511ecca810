// Does a timeline keep a preset's promise? Each expected list must appear in order in what `kubectl get pod -w`
// would print (one line per change) and in the events; the phase is the one at the end.
import type { Timeline } from '../sim/types';
import type { PresetExpectation } from './preset-types';

/** The kubectl STATUS and READY values as they change over the timeline, consecutive repeats dropped. */
export function watchColumns(timeline: Timeline): { statuses: string[]; ready: string[] } {
  const times = timeline.changeTimes ?? [0, ...timeline.events.map((e) => e.t), timeline.end];
  const statuses: string[] = [];
  const ready: string[] = [];
  for (const t of times) {
    const { kubectl } = timeline.at(t);
    if (statuses[statuses.length - 1] !== kubectl.status) statuses.push(kubectl.status);
    if (ready[ready.length - 1] !== kubectl.ready) ready.push(kubectl.ready);
  }
  return { statuses, ready };
}

/** True when `wanted` appears in `seen` in order (not necessarily next to each other). */
function inOrder<S, W>(seen: readonly S[], wanted: readonly W[], same: (s: S, w: W) => boolean): boolean {
  let i = 0;
  for (const s of seen) if (i < wanted.length && same(s, wanted[i] as W)) i++;
  return i === wanted.length;
}

/** What the timeline fails to show, in plain words; empty when the promise is kept. */
export function unmetExpectations(expect: PresetExpectation, timeline: Timeline): string[] {
  const problems: string[] = [];
  const watched = watchColumns(timeline);
  if (expect.statuses && !inOrder(watched.statuses, expect.statuses, (a, b) => a === b)) {
    problems.push(`STATUS should go through ${expect.statuses.join(' → ')}, but shows ${watched.statuses.join(' → ')}`);
  }
  if (expect.ready && !inOrder(watched.ready, expect.ready, (a, b) => a === b)) {
    problems.push(`READY should go through ${expect.ready.join(' → ')}, but shows ${watched.ready.join(' → ')}`);
  }
  if (expect.phase) {
    const phase = timeline.at(timeline.end).phase;
    if (phase !== expect.phase) problems.push(`the pod should end ${expect.phase}, but ends ${phase}`);
  }
  if (expect.events) {
    const matches = inOrder(timeline.events, expect.events, (event, want) =>
      event.type === want.type && (want.container === undefined || event.container === want.container)
      && (want.message === undefined || event.message.includes(want.message)));
    if (!matches) {
      const got = timeline.events.map((e) => `${e.type}${e.container ? ` ${e.container}` : ''}`).join(', ');
      problems.push(`the events should include ${expect.events.map((e) => `${e.type}${e.container ? ` ${e.container}` : ''}`).join(', ')} in order; they are: ${got}`);
    }
  }
  return problems;
}
