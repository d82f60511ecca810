// The lessons file (src/presets/lessons.yaml), bundled by Vite as text and read by core's parseLessons.
import { parseLessons } from '../../core/presets/parse-lessons';
import type { LessonStep } from '../../core/presets/lesson-types';
import { PRESETS } from '../presets/preset-files';
import lessonsText from '../../presets/lessons.yaml?raw';

function readSteps(): LessonStep[] {
  const { steps, diagnostics } = parseLessons(lessonsText, new Set(PRESETS.map((p) => p.id)));
  // src/core/presets/presets.test.ts keeps the file valid; a broken step is left out rather than break the page.
  if (diagnostics.length > 0) console.warn('Lessons file:', diagnostics.map((d) => `${d.path}: ${d.message}`).join('; '));
  return steps;
}

export const LESSON_STEPS: readonly LessonStep[] = readSteps();
