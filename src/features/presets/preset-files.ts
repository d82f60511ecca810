// The presets (src/presets/pods/*.yaml), read at build time by core's parsePreset (scripts/vite/presets-plugin.ts).
// Adding a preset is adding a file there: no code changes.
import { groupPresets } from '../../core/presets/preset-groups';
import type { PodscopeState } from '../../store/podscope-store';
import { selectActivePresetId } from '../../store/preset-slice';
import { PRESETS } from '../../presets/catalog';

export { PRESETS, presetById } from '../../presets/catalog';
export const PRESET_GROUPS = groupPresets(PRESETS);

/** The preset the editor shows: the one applied last while its text is unchanged, else one with the same text. */
export function shownPresetId(activeId: string | null, specText: string): string | null {
  return activeId ?? PRESETS.find((p) => p.pod === specText)?.id ?? null;
}

/** For a store selector: a string or null, so typing that keeps it re-renders nothing. */
export const selectShownPresetId = (s: PodscopeState): string | null => shownPresetId(selectActivePresetId(s), s.specText);
