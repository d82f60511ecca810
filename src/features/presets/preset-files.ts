// The presets (src/presets/pods/*.yaml), read at build time by core's parsePreset (scripts/vite/presets-plugin.ts).
// Adding a preset is adding a file there: no code changes.
import { groupPresets } from '../../core/presets/preset-groups';
import { PRESETS } from '../../presets/catalog';

export { PRESETS, presetById } from '../../presets/catalog';
export const PRESET_GROUPS = groupPresets(PRESETS);

/** The preset the editor shows: the one applied last while its text is unchanged, else one with the same text. */
export function shownPresetId(activeId: string | null, specText: string): string | null {
  return activeId ?? PRESETS.find((p) => p.pod === specText)?.id ?? null;
}
