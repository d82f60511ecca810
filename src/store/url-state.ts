// The store ↔ link bridge: what of the store a link carries (text, scenario, cursor, preset), a store made from a
// link, and a link applied to a running store. Pure of the DOM: the caller passes the fragment (url-sync.ts does).
import { ARTICLE_POD_YAML } from '../core/examples/article-pod';
import {
  decodeFragmentWith,
  encodeFragmentWith,
  encodeTextWith,
  fragmentKeys,
  type DecodedFragment,
  type Deflater,
  type Inflater,
  type LinkView,
  type SharedState,
} from '../core/share/fragment-format';
import type { Preset } from '../core/presets/preset-types';
import type { AnalysisClient } from './analysis/analysis-client';
import { inflaterFor, linkDeflater } from './link-codec';
import { memoizeLast } from './memoize-last';
import { createPodscopeStore, type PodscopeState, type PodscopeStore } from './podscope-store';
import { selectActivePresetId } from './preset-slice';

/** Finds a preset by id. */
export type PresetLookup = (id: string) => Preset | undefined;

/**
 * The presets a link may name. The page registers them before it reads its link (use-podscope.ts); the embed loads
 * them only for a link that names one, so its first paint does not carry every preset's text.
 */
let presetLookup: PresetLookup = () => undefined;
export function registerPresetLookup(lookup: PresetLookup): void {
  presetLookup = lookup;
}

/** A link that names a preset: the page loads the presets before reading it (for its pod, or the container it is about). */
export function linkNamesPreset(fragment: string): boolean {
  return fragmentKeys(fragment).includes('preset');
}

/**
 * A link that names a preset and carries no pod text (`#preset=sidecar-log-shipper&t=12`, as an author writes one by
 * hand) opens that preset: its pod, and its scenario and start time unless the link gives its own. A name that is
 * not a preset of this build is said in words, and the example pod is shown.
 */
export function withPresetText(link: DecodedFragment, presetById: PresetLookup): DecodedFragment {
  const { state } = link;
  if (state.text !== undefined || state.preset === undefined) return link;
  const preset = presetById(state.preset);
  if (!preset) {
    const { preset: unknown, ...rest } = state;
    const problem = `There is no preset called "${unknown}" in this version of Podscope (it may have been renamed). Showing the example pod instead; the Preset menu lists the ones there are.`;
    return { state: rest, problems: [...link.problems, problem] };
  }
  const t = state.t ?? preset.cursor;
  return {
    state: { ...state, text: preset.pod, scenario: state.scenario ?? preset.scenario, ...(t !== undefined ? { t } : {}) },
    problems: link.problems,
  };
}

/** The same fragment is decoded once, however many places ask (the store at start-up, url-sync, the notice). */
// A `z=` link is read once link-codec.ts can unpack it (use-podscope.ts waits for that at start-up).
const readWith = memoizeLast((fragment: string, lookup: PresetLookup, inflate: Inflater | null) =>
  withPresetText(decodeFragmentWith(fragment, inflate), lookup),
);
export const readFragment = (fragment: string): DecodedFragment => readWith(fragment, presetLookup, inflaterFor(fragment));
const compressedTextOf = memoizeLast((text: string, deflate: Deflater) => encodeTextWith(text, deflate));
const plainTextOf = memoizeLast((text: string) => encodeTextWith(text, null));

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

/**
 * The fragment (no '#') for the store's state: compressed for share links, plain `yaml=` when asked, or while the
 * compressor is not loaded (link-codec.ts; callers that can wait for it, such as Copy link, do).
 */
export function fragmentOf(s: PodscopeState, view?: LinkView, compress = true): string {
  const deflate = compress ? linkDeflater() : null;
  const encoded = deflate ? compressedTextOf(s.specText, deflate) : plainTextOf(s.specText);
  return encodeFragmentWith(sharedStateOf(s, view), deflate, encoded);
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
  // A preset's own pod opens as the Preset menu opens it: with the container it is about selected.
  const preset = state.preset === undefined ? undefined : presetLookup(state.preset);
  if (preset?.focus && preset.pod === state.text) s.selectContainer(preset.focus);
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
