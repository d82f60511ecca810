// One analysis: read the text, choose the pod to show, lay out its graph, simulate it under the scenario and narrate
// every event.
// The same function runs in the Worker and in Node tests. An analyzer remembers its last inputs (the last two texts
// read, the last simulation), so typing re-reads only the text that changed and a "crash now" only re-simulates.
import { buildGraph } from '../graph/build-graph';
import type { PodGraph } from '../graph/graph-types';
import { narrateTimeline } from '../narration/narrate-timeline';
import type { Narration } from '../narration/narration-types';
import { classifyRoles } from '../patterns/classify-roles';
import { deriveFlows } from '../patterns/derive-flows';
import type { Flow } from '../patterns/flow-types';
import type { RoleAssignment } from '../patterns/role-types';
import { simulateData } from '../sim/simulate';
import { timelineFromData, type TimelineData } from '../sim/timeline-data';
import type { LoadResult } from '../spec/diagnostic';
import { loadPod } from '../spec/load-pod';
import type { PodModel } from '../spec/pod-model';
import type { Analysis, AnalysisPhase, AnalysisRequest } from './analysis-types';
import { EMPTY_POD } from './empty-pod';
import { viewPod } from './view-pod';

/** A text is good when it gives a pod and no error: then it replaces the picture. */
export function isGood(load: LoadResult): boolean {
  return load.pod !== null && !load.diagnostics.some((d) => d.severity === 'error');
}

export type Analyzer = (request: AnalysisRequest, progress?: (phase: AnalysisPhase) => void) => Analysis;

export function createAnalyzer(): Analyzer {
  // Two texts are in play while the user types into a broken spec: the text and the last good one.
  const loads = new Map<string, LoadResult>();
  const loadOf = (text: string): LoadResult => {
    let load = loads.get(text);
    if (!load) {
      load = loadPod(text);
      if (loads.size >= 2) loads.delete(loads.keys().next().value as string);
      loads.set(text, load);
    }
    return load;
  };
  let last: { pod: PodModel; scenarioKey: string; timeline: TimelineData; narrations: Narration[] } | null = null;
  let drawn: { pod: PodModel; roles: RoleAssignment[]; flows: Flow[]; graph: PodGraph } | null = null;
  const views = new WeakMap<PodModel, PodModel>();
  const viewOf = (pod: PodModel): PodModel => {
    let view = views.get(pod);
    if (!view) views.set(pod, (view = viewPod(pod)));
    return view;
  };

  return (request, progress) => {
    progress?.('reading');
    const load = loadOf(request.text);
    const good = isGood(load);
    const lastGood = !good && request.lastGoodText !== null ? loadOf(request.lastGoodText) : null;
    const shownLoad = good ? load : lastGood && isGood(lastGood) ? lastGood : null;
    const pod = shownLoad?.pod ?? load.pod ?? EMPTY_POD;
    const stale = !good && shownLoad !== null;
    if (drawn?.pod !== pod) {
      progress?.('drawing');
      const roles = classifyRoles(pod);
      const flows = deriveFlows(pod, roles);
      drawn = { pod, roles, flows, graph: buildGraph(pod, roles, flows) };
    }
    const scenarioKey = JSON.stringify(request.scenario);
    if (!last || last.pod !== pod || last.scenarioKey !== scenarioKey) {
      progress?.('simulating');
      const timeline = simulateData(pod, request.scenario);
      progress?.('narrating');
      last = { pod, scenarioKey, timeline, narrations: narrateTimeline(timelineFromData(timeline), pod) };
    }
    const { roles, flows, graph } = drawn;
    // The views' copy of the pod, also as load.pod when it is the same pod, so the answer carries it once.
    const shown = viewOf(pod);
    const loaded = load.pod === null ? load : { ...load, pod: load.pod === pod ? shown : viewOf(load.pod) };
    return { load: loaded, good, pod: shown, stale, timeline: last.timeline, narrations: last.narrations, roles, flows, graph };
  };
}
