// The "Lessons" button in the header: opens and closes the lesson panel.
import { usePodscope } from '../../store/use-podscope';
import { useLessonNavigation } from './use-lesson-navigation';
import './lessons.css';

export function LessonToggle() {
  const open = usePodscope((s) => s.lessonOpen);
  const nav = useLessonNavigation();
  return (
    <button
      type="button"
      className="lesson-toggle"
      aria-expanded={open}
      aria-controls="lesson-panel"
      onClick={open ? nav.close : nav.open}
    >
      Lessons
    </button>
  );
}
