// The spec text the user typed, and the last text that gave a good pod (shown, marked stale, while the text is
// broken). Whether a text is good is learnt from its analysis (model-slice.ts), which sets lastGoodText.
import type { StateCreator } from 'zustand/vanilla';
import type { PodscopeState } from './podscope-store';

export interface SpecSlice {
  specText: string;
  /** The newest text that loaded without errors; null until one does. */
  lastGoodText: string | null;
  loadText(text: string): void;
}

export const createSpecSlice =
  (initialText: string): StateCreator<PodscopeState, [], [], SpecSlice> =>
  (set, get) => ({
    specText: initialText,
    lastGoodText: null,
    loadText: (text) => {
      if (text !== get().specText) set({ specText: text });
    },
  });
