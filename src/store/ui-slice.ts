// Choices about the view that are not about the pod: which container is selected.
import type { StateCreator } from 'zustand/vanilla';
import type { PodscopeState } from './podscope-store';

export interface UiSlice {
  selectedContainer: string | null;
  selectContainer(name: string | null): void;
}

export const createUiSlice: StateCreator<PodscopeState, [], [], UiSlice> = (set) => ({
  selectedContainer: null,
  selectContainer: (name) => set({ selectedContainer: name }),
});
