// Reads one preset file (YAML) into a Preset, reporting every problem: unknown keys, malformed actions, a pod spec
// that does not load, a scenario that names containers the pod does not have. Pure: runs in Node and the browser.
import { load } from 'js-yaml';
import { loadPod } from '../spec/load-pod';
import { allContainers, type PodModel } from '../spec/pod-model';
import { checkScenario } from '../sim/scenario-check';
import { isArticleSectionId, ARTICLE_SECTIONS } from './article-sections';
import type { Preset, PresetDiagnostic, PresetExpectation } from './preset-types';
import { readScenario } from './read-scenario';

const PRESET_KEYS = ['id', 'title', 'summary', 'section', 'order', 'scenario', 'cursor', 'focus', 'expect', 'pod'] as const;
const EXPECT_KEYS = ['statuses', 'ready', 'phase', 'events'] as const;
const PHASES = ['Pending', 'Running', 'Succeeded', 'Failed'] as const;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

type Fields = Record<string, unknown>;

function isMapping(x: unknown): x is Fields {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isStringList(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((s) => typeof s === 'string');
}

/** The 1-based line of a top-level key in the file, for messages. */
function lineOfKey(text: string, key: string): number | undefined {
  const i = text.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return i < 0 ? undefined : i + 1;
}

export interface ParsedPreset {
  /** Present when the file has no error. */
  preset?: Preset;
  diagnostics: PresetDiagnostic[];
}

/** Reads and validates a preset file. Never throws. */
export function parsePreset(text: string): ParsedPreset {
  const diagnostics: PresetDiagnostic[] = [];
  const at = (path: string): { path: string; line?: number } => {
    const line = lineOfKey(text, path.split(/[.[]/)[0] ?? path);
    return line === undefined ? { path } : { path, line };
  };
  const error = (message: string, path: string) => diagnostics.push({ severity: 'error', message, ...at(path) });

  let doc: unknown;
  try {
    doc = load(text);
  } catch (e) {
    const mark = (e as { mark?: { line?: number } }).mark;
    diagnostics.push({ severity: 'error', message: `The preset is not valid YAML: ${(e as Error).message.split('\n')[0]}`, ...(mark?.line !== undefined ? { line: mark.line + 1 } : {}) });
    return { diagnostics };
  }
  if (!isMapping(doc)) {
    diagnostics.push({ severity: 'error', message: 'A preset is a mapping with id, title, summary, section, scenario, expect and pod.' });
    return { diagnostics };
  }

  for (const key of Object.keys(doc)) {
    if (!(PRESET_KEYS as readonly string[]).includes(key)) error(`"${key}" is not a preset field; a preset has ${PRESET_KEYS.join(', ')}.`, key);
  }
  for (const key of ['id', 'title', 'summary', 'pod'] as const) {
    if (typeof doc[key] !== 'string' || (doc[key] as string).trim() === '') error(`"${key}" is required and must be text.`, key);
  }
  if (typeof doc.id === 'string' && !KEBAB.test(doc.id)) error(`The id "${doc.id}" must be kebab-case (lower-case letters, digits and '-').`, 'id');
  if (!isArticleSectionId(doc.section)) error(`"section" must be one of ${ARTICLE_SECTIONS.map((s) => s.id).join(', ')}.`, 'section');
  for (const key of ['order', 'cursor'] as const) {
    if (key in doc && (typeof doc[key] !== 'number' || !Number.isFinite(doc[key]) || (doc[key] as number) < 0)) error(`"${key}" must be a number, 0 or more.`, key);
  }
  if ('focus' in doc && typeof doc.focus !== 'string') error('"focus" must be a container name.', 'focus');

  const expect = readExpectation(doc.expect, error);
  const { scenario, diagnostics: scenarioProblems } = readScenario(doc.scenario);
  for (const d of scenarioProblems) diagnostics.push({ ...d, ...at(d.path ?? 'scenario') });

  // The pod spec must load without errors (warnings, such as the article's `metadata: sauce`, are the point of some presets).
  let pod: PodModel | null = null;
  if (typeof doc.pod === 'string') {
    const podLine = lineOfKey(text, 'pod') ?? 0;
    const loaded = loadPod(doc.pod);
    pod = loaded.pod;
    for (const d of loaded.diagnostics) {
      if (d.severity === 'error') diagnostics.push({ severity: 'error', message: `The pod spec does not load: ${d.message}`, path: `pod${d.path ? `: ${d.path}` : ''}`, line: podLine + d.line });
    }
    if (!pod) diagnostics.push({ severity: 'error', message: 'The pod spec gives no pod.', ...at('pod') });
  }
  if (pod) {
    // A preset is authored data: a scenario action that would be ignored is a mistake in the file, so an error.
    for (const d of checkScenario(pod, scenario)) {
      if (d.severity !== 'info') diagnostics.push({ severity: 'error', message: `scenario.actions[${d.action}]: ${d.message}`, ...at(`scenario.actions[${d.action}]`) });
    }
    if (typeof doc.focus === 'string' && !allContainers(pod).some((c) => c.name === doc.focus)) {
      error(`"focus" names ${doc.focus}, which is not a container of the pod.`, 'focus');
    }
  }

  if (diagnostics.some((d) => d.severity === 'error') || !expect) return { diagnostics };
  const preset: Preset = {
    id: doc.id as string,
    title: (doc.title as string).trim(),
    summary: (doc.summary as string).trim(),
    section: doc.section as Preset['section'],
    scenario,
    expect,
    pod: doc.pod as string,
  };
  if (typeof doc.order === 'number') preset.order = doc.order;
  if (typeof doc.cursor === 'number') preset.cursor = doc.cursor;
  if (typeof doc.focus === 'string') preset.focus = doc.focus;
  return { preset, diagnostics };
}

function readExpectation(value: unknown, error: (message: string, path: string) => void): PresetExpectation | undefined {
  if (!isMapping(value)) {
    error('"expect" is required: what simulating the preset must show (statuses, ready, phase or events).', 'expect');
    return undefined;
  }
  const out: PresetExpectation = {};
  let ok = true;
  const fail = (message: string, path: string) => {
    ok = false;
    error(message, path);
  };
  for (const key of Object.keys(value)) {
    if (!(EXPECT_KEYS as readonly string[]).includes(key)) fail(`"${key}" is not an expectation; use ${EXPECT_KEYS.join(', ')}.`, `expect.${key}`);
  }
  for (const key of ['statuses', 'ready'] as const) {
    if (!(key in value)) continue;
    if (isStringList(value[key])) out[key] = value[key];
    else fail(`"expect.${key}" must be a list of kubectl values, such as [Init:0/1, Running].`, `expect.${key}`);
  }
  if ('phase' in value) {
    if ((PHASES as readonly unknown[]).includes(value.phase)) out.phase = value.phase as PresetExpectation['phase'];
    else fail(`"expect.phase" must be one of ${PHASES.join(', ')}.`, 'expect.phase');
  }
  if ('events' in value) {
    const list = value.events;
    const good = Array.isArray(list) && list.every((e) => isMapping(e) && typeof e.type === 'string'
      && Object.keys(e).every((k) => ['type', 'container', 'message'].includes(k))
      && (e.container === undefined || typeof e.container === 'string') && (e.message === undefined || typeof e.message === 'string'));
    if (good) out.events = list as PresetExpectation['events'];
    else fail('"expect.events" must be a list of {type, container?, message?}.', 'expect.events');
  }
  if (Object.keys(out).length === 0 && ok) fail('"expect" must say something: statuses, ready, phase or events.', 'expect');
  return ok ? out : undefined;
}
