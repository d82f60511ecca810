// The presets of this build (src/presets/pods/*.yaml, read at build time by scripts/vite/presets-plugin.ts), by id.
// Data, not a view: the Preset menu lists them and a `#preset=` link opens one.
import type { Preset } from '../core/presets/preset-types';
import presets from 'virtual:podscope-presets';

export const PRESETS: readonly Preset[] = presets;

export function presetById(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
