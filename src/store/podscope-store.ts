// The one bridge between the pure core and the views: a vanilla zustand store, so Node tests can drive it.
// It owns the source of truth (spec text, scenario, cursor, playback, UI choices) and the newest analysis of the
// text; see selectors.ts for the rest. The analysis client says where the model runs: a Worker on the page
// (analysis/worker-analysis.ts), the calling thread in tests (analysis/in-process-analysis.ts).
import { createStore } from 'zustand/vanilla';
import { ARTICLE_POD_YAML } from '../core/examples/article-pod';
import type { AnalysisClient } from './analysis/analysis-client';
import { connectAnalysis } from './analysis/connect-analysis';
import { createModelSlice, type ModelSlice } from './model-slice';
import { createPlaybackSlice, type PlaybackSlice } from './playback-slice';
import { createPresetSlice, type PresetSlice } from './preset-slice';
import { createScenarioSlice, type ScenarioSlice } from './scenario-slice';
import { createSpecSlice, type SpecSlice } from './spec-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

export type PodscopeState = SpecSlice & ModelSlice & ScenarioSlice & PlaybackSlice & UiSlice & PresetSlice;

export function createPodscopeStore(client: AnalysisClient, initialText: string = ARTICLE_POD_YAML) {
  const store = createStore<PodscopeState>()((...a) => ({
    ...createSpecSlice(initialText)(...a),
    ...createModelSlice(...a),
    ...createScenarioSlice(...a),
    ...createPlaybackSlice(...a),
    ...createUiSlice(...a),
    ...createPresetSlice(...a),
  }));
  connectAnalysis(store, client);
  return store;
}

export type PodscopeStore = ReturnType<typeof createPodscopeStore>;
