// The visible step counter of the presentation: "Step 4 of 17".
import { selectEventTimes } from '../../store/selectors';
import { usePodscope } from '../../store/use-podscope';
import { stepPosition } from './step-position';

export function StepCounter() {
  // A number, so the counter re-renders when the step changes, not on every playback frame.
  const step = usePodscope((s) => stepPosition(selectEventTimes(s), s.cursor).step);
  const of = usePodscope((s) => selectEventTimes(s).length);
  return (
    <p className="present-step" aria-live="polite" aria-atomic="true">
      Step {step} of {of}
    </p>
  );
}
