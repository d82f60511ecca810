// The React binding of the store: one app-wide store, read through narrow selectors.
import { useStore } from 'zustand';
import { createPodscopeStore, type PodscopeState } from './podscope-store';

export const podscopeStore = createPodscopeStore();

export function usePodscope<T>(selector: (s: PodscopeState) => T): T {
  return useStore(podscopeStore, selector);
}
