// Reads the lessons file (YAML): the steps that walk through the article's sections, in order, each naming the
// preset it loads. Every problem is reported; a step with a problem is left out.
import { load } from 'js-yaml';
import { ARTICLE_SECTIONS, isArticleSectionId, sectionOrder } from './article-sections';
import type { LessonStep } from './lesson-types';
import type { PresetDiagnostic } from './preset-types';

const STEP_KEYS = ['section', 'title', 'preset', 'text', 'try'] as const;

type Fields = Record<string, unknown>;

function isMapping(x: unknown): x is Fields {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Reads the lessons file. `presetIds`, when given, are the presets that exist: a step naming another is an error.
 * Steps must follow the article's order of sections.
 */
export function parseLessons(text: string, presetIds?: ReadonlySet<string>): { steps: LessonStep[]; diagnostics: PresetDiagnostic[] } {
  const diagnostics: PresetDiagnostic[] = [];
  const error = (message: string, path: string) => diagnostics.push({ severity: 'error', message, path });
  let doc: unknown;
  try {
    doc = load(text);
  } catch (e) {
    error(`The lessons file is not valid YAML: ${(e as Error).message.split('\n')[0]}`, '');
    return { steps: [], diagnostics };
  }
  if (!isMapping(doc) || !Array.isArray(doc.steps)) {
    error('The lessons file is a mapping with one key, steps: a list.', 'steps');
    return { steps: [], diagnostics };
  }
  for (const key of Object.keys(doc)) if (key !== 'steps') error(`"${key}" is not a field of the lessons file; it has only steps.`, key);

  const steps: LessonStep[] = [];
  doc.steps.forEach((raw: unknown, i: number) => {
    const path = `steps[${i}]`;
    const before = diagnostics.length;
    if (!isMapping(raw)) {
      error('A step is a mapping with section, title, preset, text and try.', path);
      return;
    }
    for (const key of Object.keys(raw)) {
      if (!(STEP_KEYS as readonly string[]).includes(key)) error(`"${key}" is not a field of a step; a step has ${STEP_KEYS.join(', ')}.`, `${path}.${key}`);
    }
    for (const key of ['title', 'preset', 'text'] as const) {
      if (typeof raw[key] !== 'string' || (raw[key] as string).trim() === '') error(`"${key}" is required and must be text.`, `${path}.${key}`);
    }
    if (!isArticleSectionId(raw.section)) error(`"section" must be one of ${ARTICLE_SECTIONS.map((s) => s.id).join(', ')}.`, `${path}.section`);
    if (typeof raw.preset === 'string' && presetIds && !presetIds.has(raw.preset)) error(`There is no preset "${raw.preset}".`, `${path}.preset`);
    const prompts = raw.try;
    if (!Array.isArray(prompts) || prompts.length < 1 || prompts.length > 2 || !prompts.every((p) => typeof p === 'string' && p.trim() !== '')) {
      error('"try" is a list of one or two prompts.', `${path}.try`);
    }
    if (diagnostics.length > before) return;
    const step: LessonStep = {
      section: raw.section as LessonStep['section'],
      title: (raw.title as string).trim(),
      preset: raw.preset as string,
      text: (raw.text as string).trim(),
      tryThis: (prompts as string[]).map((p) => p.trim()),
    };
    const previous = steps[steps.length - 1];
    if (previous && sectionOrder(step.section) < sectionOrder(previous.section)) {
      error(`Step "${step.title}" (${step.section}) comes after a step of a later section (${previous.section}): keep the article's order.`, `${path}.section`);
      return;
    }
    steps.push(step);
  });
  return { steps, diagnostics };
}
