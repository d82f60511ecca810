// Moving through the lesson: choosing a step loads its preset. Opening the lessons loads the current step's preset
// too, unless the editor holds the user's own pod (then the panel offers to load it instead of overwriting).
import { useCallback } from 'react';
import { usePodscope } from '../../store/use-podscope';
import { presetById, selectShownPresetId } from '../presets/preset-files';
import { LESSON_STEPS } from './lesson-files';

export function useLessonNavigation() {
  const applyPreset = usePodscope((s) => s.applyPreset);
  const setLessonStep = usePodscope((s) => s.setLessonStep);
  const setLessonOpen = usePodscope((s) => s.setLessonOpen);
  const lessonStep = usePodscope((s) => s.lessonStep);
  const shownId = usePodscope(selectShownPresetId);
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
