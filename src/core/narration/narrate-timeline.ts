// Every event of a timeline narrated once, in order: computed where the simulation runs (the analysis Worker), so
// the page only looks narrations up by event index (narration-at.ts) and never loads the narrators.
import type { PodModel } from '../spec/pod-model';
import type { Timeline } from '../sim/types';
import { narrate } from './narrate';
import type { Narration } from './narration-types';

export function narrateTimeline(timeline: Timeline, pod: PodModel): Narration[] {
  const { events } = timeline;
  return events.map((event, index) => narrate(event, pod, { events, index, snapshot: timeline.at(event.t) }));
}
