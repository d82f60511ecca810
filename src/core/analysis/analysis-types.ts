// What the page asks of the model and what it gets back: plain, structured-cloneable data, so the reading and the
// simulation can run in a Web Worker (issue 7: a 5 MiB paste must not freeze the page) or in-process in Node.
import type { PodGraph } from '../graph/graph-types';
import type { Narration } from '../narration/narration-types';
import type { Flow } from '../patterns/flow-types';
import type { RoleAssignment } from '../patterns/role-types';
import type { Scenario } from '../sim/scenario';
import type { TimelineData } from '../sim/timeline-data';
import type { LoadResult } from '../spec/diagnostic';
import type { PodModel } from '../spec/pod-model';

export interface AnalysisRequest {
  /** The spec text as typed. */
  text: string;
  /** The newest text that gave a pod without errors, shown (stale) while `text` is broken; null if none yet. */
  lastGoodText: string | null;
  scenario: Scenario;
}

/** The answer to one request. It does not echo the request's text: the client pairs each answer with its request, and
 * sending a 5 MiB text back would cost the page a copy of it. */
export interface Analysis {
  /** What loadPod said about `text`: its diagnostics go to the editor. Its pod is a view pod like `pod`. */
  load: LoadResult;
  /** The request's text gave a pod and no error: it becomes the last good text. */
  good: boolean;
  /**
   * The pod on screen: the text's own when good, else the last good text's (stale), else a pod with no containers; as
   * the views need it (view-pod.ts: without environment variables).
   */
  pod: PodModel;
  stale: boolean;
  /** simulate(pod, scenario), as data (timelineFromData reads it). */
  timeline: TimelineData;
  /** One narration per timeline event, in the same order. */
  narrations: Narration[];
  /** The shown pod's roles, traffic flows and laid-out graph (the canvas adds live state from the timeline). */
  roles: RoleAssignment[];
  flows: Flow[];
  graph: PodGraph;
}

/** The steps of an analysis, for a progress line while a big spec is read. */
export type AnalysisPhase = 'reading' | 'drawing' | 'simulating' | 'narrating';
