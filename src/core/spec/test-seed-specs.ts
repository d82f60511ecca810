// Real pod specs for the fuzz tests to start from: the article's pod and the pod of every preset file
// (src/presets/pods/*.yaml, read from disk as presets.test.ts does), each with the preset's scenario.
import { readdirSync, readFileSync } from 'node:fs';
import { ARTICLE_POD_YAML } from '../examples/article-pod';
import { parsePreset } from '../presets/parse-preset';
import type { Scenario } from '../sim/scenario';

export interface SeedSpec {
  /** The preset id, or 'article'. */
  name: string;
  text: string;
  scenario: Scenario;
}

const PRESETS_DIR = new URL('../../presets/pods/', import.meta.url);

function presetSeeds(): SeedSpec[] {
  const files = readdirSync(PRESETS_DIR).filter((f) => f.endsWith('.yaml')).sort();
  const seeds: SeedSpec[] = [];
  for (const file of files) {
    const { preset } = parsePreset(readFileSync(new URL(file, PRESETS_DIR), 'utf8'));
    if (preset) seeds.push({ name: preset.id, text: preset.pod, scenario: preset.scenario });
  }
  return seeds;
}

export const SEED_SPECS: readonly SeedSpec[] = [{ name: 'article', text: ARTICLE_POD_YAML, scenario: { actions: [] } }, ...presetSeeds()];
