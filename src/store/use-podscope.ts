// The React binding of the store: one app-wide store, read through narrow selectors.
import { useStore } from 'zustand';
import { workerAnalysis } from './analysis/worker-analysis';
import type { PodscopeState } from './podscope-store';
import { linkReadable, prepareToRead } from './link-codec';
import { createStoreFromFragment, linkNamesPreset, registerPresetLookup } from './url-state';

const fragment = typeof location === 'undefined' ? '' : location.hash;
// A link that names a preset (`#preset=sidecar-log-shipper`, maybe with no pod text) needs the preset files before the
// store can be made; they load on demand, so an embed's first paint carries them only when its link names one. A
// compressed link (`#z=`, what Copy link and Embed make) is unpacked first, by the browser (link-codec.ts).
if (linkNamesPreset(fragment) || !linkReadable(fragment)) {
  await Promise.all([
    linkNamesPreset(fragment) && import('../presets/catalog').then(({ presetById }) => registerPresetLookup(presetById)),
    prepareToRead(fragment),
  ]);
}

// The page's link decides what it opens on (DESIGN.md, "Links and embedding"); no link: the example pod.
// The pod is read and simulated in a Worker (issue 7), so a big spec never freezes the page.
export const podscopeStore = createStoreFromFragment(fragment, workerAnalysis()).store;

export function usePodscope<T>(selector: (s: PodscopeState) => T): T {
  return useStore(podscopeStore, selector);
}
