// Every preset file in src/presets/pods parses, its pod loads without errors, its scenario is clean for its pod, and
// simulating it shows what the preset promises (its `expect`). The lessons file names only presets that exist.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTICLE_POD_YAML } from '../examples/article-pod';
import { simulate } from '../sim/simulate';
import { checkScenario } from '../sim/scenario-check';
import { loadPod } from '../spec/load-pod';
import { parseLessons } from './parse-lessons';
import { parsePreset } from './parse-preset';
import { unmetExpectations } from './preset-expect';

const PRESETS_DIR = new URL('../../presets/pods/', import.meta.url);
const files = readdirSync(PRESETS_DIR).filter((f) => f.endsWith('.yaml')).sort();
const parsed = files.map((file) => ({ file, ...parsePreset(readFileSync(new URL(file, PRESETS_DIR), 'utf8')) }));

describe('the preset files', () => {
  it('include the presets issue 5 asks for', () => {
    expect(files.length).toBeGreaterThanOrEqual(13);
    const ids = parsed.map((p) => p.preset?.id);
    for (const id of ['article', 'shared-network', 'restart-always', 'restart-never', 'init-order', 'init-fails-retry', 'init-fails-never',
      'sidecar-log-shipper', 'ambassador', 'adapter', 'native-sidecar-startup', 'readiness-traffic', 'graceful-deletion']) {
      expect(ids).toContain(id);
    }
  });

  it.each(parsed)('$file parses without problems, and its id is its file name', ({ file, preset, diagnostics }) => {
    expect(diagnostics).toEqual([]);
    expect(preset?.id).toBe(file.replace(/\.yaml$/, ''));
  });

  it.each(parsed)('$file: the pod loads without errors and the scenario is clean', ({ preset }) => {
    const loaded = loadPod(preset!.pod);
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(checkScenario(loaded.pod!, preset!.scenario)).toEqual([]);
  });

  it.each(parsed)('$file: simulating it shows what it promises', ({ preset }) => {
    const timeline = simulate(loadPod(preset!.pod).pod!, preset!.scenario);
    expect(unmetExpectations(preset!.expect, timeline)).toEqual([]);
  });

  it('have unique ids', () => {
    const ids = parsed.map((p) => p.preset?.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("keep the article's pod verbatim, warning and all", () => {
    const article = parsed.find((p) => p.preset?.id === 'article')?.preset;
    expect(article?.pod).toBe(ARTICLE_POD_YAML);
    expect(loadPod(article!.pod).diagnostics.some((d) => d.severity === 'warning' && d.line === 3)).toBe(true);
  });
});

describe('the lessons file', () => {
  const ids = new Set(parsed.map((p) => p.preset?.id).filter((id): id is string => id !== undefined));
  const lessons = parseLessons(readFileSync(new URL('../lessons.yaml', PRESETS_DIR), 'utf8'), ids);

  it('parses, and every step names an existing preset', () => {
    expect(lessons.diagnostics).toEqual([]);
    expect(lessons.steps.length).toBeGreaterThanOrEqual(6);
  });

  it("walks the article's sections in order: share, stay alive, init, sidecar, ambassador, adapter", () => {
    const sections = lessons.steps.map((s) => s.section).filter((s, i, all) => all[i - 1] !== s);
    expect(sections).toEqual(['share', 'stay-alive', 'init', 'sidecar', 'ambassador', 'adapter']);
  });
});
