// The store ↔ link bridge: what of the store a link carries (text, scenario, cursor, preset), a store made from a
// link, and a link applied to a running store. Pure of the DOM: the caller passes the fragment (url-sync.ts does).
import { ARTICLE_POD_YAML } from '../core/examples/article-pod';
import { decodeFragment, encodeFragment, encodeText, type DecodedFragment, type LinkView, type SharedState } from '../core/share/fragment';
import { memoizeLast } from './memoize-last';
import { createPodscopeStore, type PodscopeState, type PodscopeStore } from './podscope-store';
import type { AnalysisClient } from './analysis/analysis-client';
import { selectActivePresetId } from './preset-slice';

/** The same fragment is decoded once, however many places ask (the store at start-up, url-sync, the notice). */
export const readFragment = memoizeLast(decodeFragment);
const compressedTextOf = memoizeLast((text: string) => encodeText(text, true));
const plainTextOf = memoizeLast((text: string) => encodeText(text, false));


/** What a link made now would carry. The cursor is rounded to a millisecond of pod time. */
export function sharedStateOf(s: PodscopeState, view?: LinkView): SharedState {
  const t = Math.round(s.cursor * 1000) / 1000;
  // The preset only while the editor still shows it; an edited pod is the user's own.
  const preset = selectActivePresetId(s) ?? undefined;
  return {
    ...(view ? { view } : {}),
    text: s.specText,
    ...(preset ? { preset } : {}),
    scenario: s.scenario,
    ...(t > 0 ? { t } : {}),
  };
}

/** The fragment (no '#') for the store's state: compressed for share links, plain `yaml=` when asked. */
export function fragmentOf(s: PodscopeState, view?: LinkView, compress = true): string {
  const encoded = compress ? compressedTextOf(s.specText) : plainTextOf(s.specText);
  return encodeFragment(sharedStateOf(s, view), { compress }, encoded);
}

/** Puts what a link carries into a store: text first (the scenario and time refer to its pod), then scenario, then time. */
export function applySharedState(store: PodscopeStore, state: SharedState): void {
  const s = store.getState();
  s.pause();
  if (state.text !== undefined) s.loadText(state.text);
  // The link's text is the preset's pod as it was shared: the picker shows that preset again.
  if (state.text !== undefined && state.preset !== undefined) store.setState({ presetId: state.preset, presetText: state.text });
  s.setScenario(state.scenario ?? { actions: [] });
  s.seek(state.t ?? 0);
}

export interface StoreFromLink {
  store: PodscopeStore;
  link: DecodedFragment;
}

/** A store for the page that was opened: the link's pod when it has one, else the example pod. */
export function createStoreFromFragment(fragment: string, client: AnalysisClient): StoreFromLink {
  const link = readFragment(fragment);
  const store = createPodscopeStore(client, link.state.text ?? ARTICLE_POD_YAML);
  applySharedState(store, link.state);
  return { store, link };
}
