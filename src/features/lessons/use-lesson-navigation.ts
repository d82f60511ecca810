// Moving through the lesson: choosing a step loads its preset. Opening the lessons loads the current step's preset
// too, unless the editor holds the user's own pod (then the panel offers to load it instead of overwriting).
import { useCallback } from 'react';
import { selectActivePresetId } from '../../store/preset-slice';
import { usePodscope } from '../../store/use-podscope';
import { presetById, shownPresetId } from '../presets/preset-files';
import { LESSON_STEPS } from './lesson-files';

export function useLessonNavigation() {
  const applyPreset = usePodscope((s) => s.applyPreset);
  const setLessonStep = usePodscope((s) => s.setLessonStep);
  const setLessonOpen = usePodscope((s) => s.setLessonOpen);
  const lessonStep = usePodscope((s) => s.lessonStep);
  const activeId = usePodscope(selectActivePresetId);
  const specText = usePodscope((s) => s.specText);
  const shownId = shownPresetId(activeId, specText);
  const step = Math.min(lessonStep, Math.max(0, LESSON_STEPS.length - 1));

  const loadStep = useCallback(
    (i: number) => {
      const target = LESSON_STEPS[i];
      const preset = target && presetById(target.preset);
      setLessonStep(i);
      if (preset) applyPreset(preset);
    },
    [applyPreset, setLessonStep],
  );

  const open = useCallback(() => {
    setLessonOpen(true);
    // The user's own pod is never replaced without asking.
    if (shownId !== null) loadStep(step);
  }, [setLessonOpen, shownId, loadStep, step]);

  return {
    step,
    loadStep,
    open,
    close: useCallback(() => setLessonOpen(false), [setLessonOpen]),
    /** The editor shows this step's pod (unedited). */
    stepLoaded: shownId !== null && shownId === LESSON_STEPS[step]?.preset,
  };
}
