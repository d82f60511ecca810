// The lessons file (src/presets/lessons.yaml), read at build time by core's parseLessons
// (scripts/vite/presets-plugin.ts), which also checks that every step names an existing preset.
import type { LessonStep } from '../../core/presets/lesson-types';
import steps from 'virtual:podscope-lessons';

export const LESSON_STEPS: readonly LessonStep[] = steps;
