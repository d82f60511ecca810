// The visible step counter of the presentation: "Step 4 of 17".
import { selectEventTimes } from '../../store/selectors';
import { usePodscope } from '../../store/use-podscope';
import { stepPosition } from './step-position';

export function StepCounter() {
  const times = usePodscope(selectEventTimes);
  const cursor = usePodscope((s) => s.cursor);
  const { step, of } = stepPosition(times, cursor);
  return (
    <p className="present-step" aria-live="polite" aria-atomic="true">
      Step {step} of {of}
    </p>
  );
}
