// The preset files (src/presets/pods/*.yaml), bundled by Vite as text and read by core's parsePreset.
// Adding a preset is adding a file there: no code changes.
import { parsePreset } from '../../core/presets/parse-preset';
import { groupPresets, sortPresets } from '../../core/presets/preset-groups';
import type { Preset } from '../../core/presets/preset-types';

const files = import.meta.glob<string>('../../presets/pods/*.yaml', { query: '?raw', import: 'default', eager: true });

function readAll(): Preset[] {
  const presets: Preset[] = [];
  for (const [file, text] of Object.entries(files)) {
    const { preset, diagnostics } = parsePreset(text);
    // src/core/presets/presets.test.ts keeps every file valid; a broken one is left out rather than break the page.
    if (preset) presets.push(preset);
    else console.warn(`Preset ${file} was left out:`, diagnostics.map((d) => d.message).join('; '));
  }
  return sortPresets(presets);
}

export const PRESETS: readonly Preset[] = readAll();
export const PRESET_GROUPS = groupPresets(PRESETS);

export function presetById(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}

/** The preset the editor shows: the one applied last while its text is unchanged, else one with the same text. */
export function shownPresetId(activeId: string | null, specText: string): string | null {
  return activeId ?? PRESETS.find((p) => p.pod === specText)?.id ?? null;
}
