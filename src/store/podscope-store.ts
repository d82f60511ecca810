// The one bridge between the pure core and the views: a vanilla zustand store, so Node tests can drive it.
// It owns only the source of truth (spec text, scenario, cursor, playback, UI choices); see selectors.ts for the rest.
import { createStore } from 'zustand/vanilla';
import { ARTICLE_POD_YAML } from '../core/examples/article-pod';
import { createPlaybackSlice, type PlaybackSlice } from './playback-slice';
import { createPresetSlice, type PresetSlice } from './preset-slice';
import { createScenarioSlice, type ScenarioSlice } from './scenario-slice';
import { createSpecSlice, type SpecSlice } from './spec-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

export type PodscopeState = SpecSlice & ScenarioSlice & PlaybackSlice & UiSlice & PresetSlice;

export function createPodscopeStore(initialText: string = ARTICLE_POD_YAML) {
  return createStore<PodscopeState>()((...a) => ({
    ...createSpecSlice(initialText)(...a),
    ...createScenarioSlice(...a),
    ...createPlaybackSlice(...a),
    ...createUiSlice(...a),
    ...createPresetSlice(...a),
  }));
}

export type PodscopeStore = ReturnType<typeof createPodscopeStore>;
