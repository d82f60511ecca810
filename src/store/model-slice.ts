// The model of the pod on screen: the newest analysis (core/analysis) the store received for its text and
// scenario. Analyses arrive asynchronously from a Worker (analysis/connect-analysis.ts asks for them); until the
// first one, the views show an empty pod and a progress line.
import type { StateCreator } from 'zustand/vanilla';
import type { Analysis, AnalysisPhase, AnalysisRequest } from '../core/analysis/analysis-types';
import type { PodscopeState } from './podscope-store';

export interface AnalysisProgress {
  /** 'waiting': asked, not started yet (the Worker is busy with an older text or still loading). */
  phase: AnalysisPhase | 'waiting';
  /** The size of the text being read, for "Reading 5.2 MB…". */
  chars: number;
}

export interface ModelSlice {
  /** The newest analysis received; null until the first one arrives. */
  analysis: Analysis | null;
  /** The request it answers: its text and scenario are the store's own objects, so currency is an identity test. */
  analysisRequest: AnalysisRequest | null;
  /** What is under way while the picture is behind the text or scenario; null when it is current. */
  analysing: AnalysisProgress | null;
  receiveAnalysis(analysis: Analysis, request: AnalysisRequest): void;
  analysisProgress(progress: AnalysisProgress, request: AnalysisRequest): void;
}

/** The text the shown pod was read from: the request's own when good, the last good one when stale. */
function shownTextOf(analysis: Analysis, request: AnalysisRequest): string | null {
  if (analysis.good) return request.text;
  return analysis.stale ? request.lastGoodText : null;
}

function pick<T, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, from[k]])) as Pick<T, K>;
}

export const isCurrent = (s: PodscopeState, request: AnalysisRequest | null): boolean =>
  request !== null && request.text === s.specText && request.scenario === s.scenario;

export const createModelSlice: StateCreator<PodscopeState, [], [], ModelSlice> = (set, get) => ({
  analysis: null,
  analysisRequest: null,
  analysing: null,
  receiveAnalysis: (analysis, request) => {
    const s = get();
    const previous = s.analysis && s.analysisRequest;
    // The same pod under the same scenario (a comment typed, a broken edit): keep the objects on screen, so the
    // canvas neither re-lays out nor re-renders.
    const same =
      previous !== null &&
      s.analysis !== null &&
      previous.scenario === request.scenario &&
      shownTextOf(s.analysis, previous) !== null &&
      shownTextOf(s.analysis, previous) === shownTextOf(analysis, request);
    const kept =
      same && s.analysis
        ? { ...analysis, ...pick(s.analysis, ['pod', 'timeline', 'narrations', 'roles', 'flows', 'graph']) }
        : analysis;
    const current = isCurrent(s, request);
    set({
      analysis: kept,
      analysisRequest: request,
      ...(analysis.good ? { lastGoodText: request.text } : {}),
      ...(current ? { analysing: null } : {}),
      // A link's time or a seek made before the timeline was known is clamped now.
      ...(current && s.cursor > kept.timeline.end ? { cursor: kept.timeline.end } : {}),
    });
    if (current) get().takeQueuedSteps();
  },
  analysisProgress: (progress, request) => {
    if (isCurrent(get(), request)) set({ analysing: progress });
  },
});
