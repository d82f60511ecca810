// Presets and lessons are YAML files for people to write (src/presets/); the page gets them already read, as JSON
// modules, so listing them needs neither js-yaml nor loadPod on the main thread (issue 7's size budget). They are read
// by the same core functions as in the tests (parsePreset, parseLessons); a broken file fails the build and the dev
// server with its message, where before it was left out at run time with a console warning.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { parseLessons } from '../../src/core/presets/parse-lessons';
import { parsePreset } from '../../src/core/presets/parse-preset';
import { sortPresets } from '../../src/core/presets/preset-groups';
import type { Preset } from '../../src/core/presets/preset-types';

const PRESETS_ID = 'virtual:podscope-presets';
const LESSONS_ID = 'virtual:podscope-lessons';

export function presetsPlugin(root: string): Plugin {
  const podsDir = join(root, 'src/presets/pods');
  const lessonsFile = join(root, 'src/presets/lessons.yaml');

  function readPresets(watch: (file: string) => void): Preset[] {
    const presets: Preset[] = [];
    for (const name of readdirSync(podsDir).filter((f) => f.endsWith('.yaml')).sort()) {
      const file = join(podsDir, name);
      watch(file);
      const { preset, diagnostics } = parsePreset(readFileSync(file, 'utf8'));
      if (!preset) throw new Error(`Preset ${name}: ${diagnostics.map((d) => `${d.path ?? ""} ${d.message}`).join('; ')}`);
      presets.push(preset);
    }
    return sortPresets(presets);
  }

  return {
    name: 'podscope-presets',
    resolveId(id) {
      return id === PRESETS_ID || id === LESSONS_ID ? `\0${id}` : undefined;
    },
    load(id) {
      const watch = (file: string) => this.addWatchFile(file);
      if (id === `\0${PRESETS_ID}`) return `export default ${JSON.stringify(readPresets(watch))};`;
      if (id !== `\0${LESSONS_ID}`) return undefined;
      watch(lessonsFile);
      const ids = new Set(readPresets(watch).map((p) => p.id));
      const { steps, diagnostics } = parseLessons(readFileSync(lessonsFile, 'utf8'), ids);
      if (diagnostics.length > 0) throw new Error(`lessons.yaml: ${diagnostics.map((d) => `${d.path}: ${d.message}`).join('; ')}`);
      return `export default ${JSON.stringify(steps)};`;
    },
  };
}
