// The spec text the user typed, and the last text that gave a good pod (shown, marked stale, while the text is broken).
import type { StateCreator } from 'zustand/vanilla';
import { loadPodMemo } from './load-memo';
import type { PodscopeState } from './podscope-store';

export interface SpecSlice {
  specText: string;
  /** The newest text that loaded without errors; null until one does. */
  lastGoodText: string | null;
  loadText(text: string): void;
}

/** A text is good when it gives a pod and no error: then it replaces the picture. */
export function isGoodText(text: string): boolean {
  // The same memo as selectLoad, so a big paste is read once, not twice.
  const result = loadPodMemo(text);
  return result.pod !== null && !result.diagnostics.some((d) => d.severity === 'error');
}

export const createSpecSlice =
  (initialText: string): StateCreator<PodscopeState, [], [], SpecSlice> =>
  (set, get) => ({
    specText: initialText,
    lastGoodText: isGoodText(initialText) ? initialText : null,
    loadText: (text) => {
      if (text === get().specText) return;
      set({ specText: text, ...(isGoodText(text) ? { lastGoodText: text } : {}) });
    },
  });
