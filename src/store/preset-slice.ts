// Which preset is loaded, and where the lesson mode stands. Applying a preset is one action: its pod text goes
// into the editor, its scenario replaces the current one, and the cursor goes back to its start.
import type { StateCreator } from 'zustand/vanilla';
import type { Preset } from '../core/presets/preset-types';
import type { PodscopeState } from './podscope-store';

/** What the store needs of a preset (the rest is for the views). */
export type AppliedPreset = Pick<Preset, 'id' | 'pod' | 'scenario' | 'cursor' | 'focus'>;

export interface PresetSlice {
  /** The preset applied last; see selectActivePresetId for whether the editor still shows it. */
  presetId: string | null;
  /** The pod text that preset put into the editor. */
  presetText: string | null;
  lessonOpen: boolean;
  /** 0-based step of the lesson mode. */
  lessonStep: number;
  applyPreset(preset: AppliedPreset): void;
  setLessonOpen(open: boolean): void;
  setLessonStep(step: number): void;
}

export const createPresetSlice: StateCreator<PodscopeState, [], [], PresetSlice> = (set, get) => ({
  presetId: null,
  presetText: null,
  lessonOpen: false,
  lessonStep: 0,
  applyPreset: (preset) => {
    const s = get();
    s.loadText(preset.pod);
    s.setScenario({ actions: [...preset.scenario.actions] });
    set({ presetId: preset.id, presetText: preset.pod });
    s.reset();
    if (preset.cursor) get().seek(preset.cursor);
    s.selectContainer(preset.focus ?? null);
  },
  setLessonOpen: (open) => set({ lessonOpen: open }),
  setLessonStep: (step) => set({ lessonStep: Math.max(0, Math.floor(step)) }),
});

/**
 * The preset the editor shows, or null once the user has edited the pod text away from it. Derived rather than
 * cleared inside loadText, so the spec slice stays unaware of presets; what-if actions on the canvas (scenario
 * changes) keep the preset, since they explore it rather than replace it.
 */
export const selectActivePresetId = (s: PodscopeState): string | null =>
  s.presetId !== null && s.specText === s.presetText ? s.presetId : null;
