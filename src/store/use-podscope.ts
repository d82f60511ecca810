// The React binding of the store: one app-wide store, read through narrow selectors.
import { useStore } from 'zustand';
import { workerAnalysis } from './analysis/worker-analysis';
import type { PodscopeState } from './podscope-store';
import { createStoreFromFragment } from './url-state';

// The page's link decides what it opens on (DESIGN.md, "Links and embedding"); no link: the example pod.
// The pod is read and simulated in a Worker (issue 7), so a big spec never freezes the page.
export const podscopeStore = createStoreFromFragment(typeof location === 'undefined' ? '' : location.hash, workerAnalysis()).store;

export function usePodscope<T>(selector: (s: PodscopeState) => T): T {
  return useStore(podscopeStore, selector);
}
