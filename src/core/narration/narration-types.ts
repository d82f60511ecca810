// What the narration says about one simulator event: what happened, why, the Kubernetes rule, and where to read more.
import type { PodModel } from '../spec/pod-model';
import type { PodSnapshot, SimEvent } from '../sim/types';

export interface DocsLink {
  title: string;
  /** A kubernetes.io page. */
  url: string;
}

export interface Narration {
  /** What happened, in plain words: "init-myservice exited 0 (Completed)". */
  what: string;
  /** Why it happened, or what it leads to, for this pod. */
  why: string;
  /** The Kubernetes rule behind it, stated generally. */
  rule: string;
  docs: DocsLink;
}

/** What a narrator may look at besides the event itself. */
export interface NarrationContext {
  /** Every event of the timeline, in time order. */
  events: readonly SimEvent[];
  /** The event's position in `events`. */
  index: number;
  /** The pod at the event's time (after everything that happened at that second). */
  snapshot: PodSnapshot;
}

export type Narrator = (event: SimEvent, pod: PodModel, context: NarrationContext) => Narration;
