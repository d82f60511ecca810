// The lesson panel: step N of M through the article's sections, its text, "try this" prompts, and the way on.
import { sectionTitle } from '../../core/presets/article-sections';
import { usePodscope } from '../../store/use-podscope';
import { presetById } from '../presets/preset-files';
import { LESSON_STEPS } from './lesson-files';
import { useLessonNavigation } from './use-lesson-navigation';
import './lessons.css';

export function LessonPanel() {
  const open = usePodscope((s) => s.lessonOpen);
  const nav = useLessonNavigation();
  const step = LESSON_STEPS[nav.step];
  if (!open || !step) return null;
  const total = LESSON_STEPS.length;
  const preset = presetById(step.preset);

  return (
    <section id="lesson-panel" className="lesson panel" aria-labelledby="lesson-title">
      <div className="lesson-head">
        <p className="lesson-progress" aria-live="polite">
          Lesson · step {nav.step + 1} of {total} · {sectionTitle(step.section)}
        </p>
        <button type="button" className="lesson-close" onClick={nav.close} aria-label="Close lessons">
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      <h2 className="lesson-title" id="lesson-title">
        {step.title}
      </h2>
      {!nav.stepLoaded && preset && (
        <p className="lesson-notice">
          The editor shows another pod than this step&apos;s example.{' '}
          <button type="button" onClick={() => nav.loadStep(nav.step)}>
            Load “{preset.title}”
          </button>
        </p>
      )}
      <p className="lesson-text">{step.text}</p>
      <div className="lesson-try">
        <h3 className="lesson-try-title">Try this</h3>
        <ul>
          {step.tryThis.map((prompt, i) => (
            <li key={i}>{prompt}</li>
          ))}
        </ul>
      </div>
      <nav className="lesson-nav" aria-label="Lesson steps">
        <button type="button" onClick={() => nav.loadStep(nav.step - 1)} disabled={nav.step === 0}>
          <span aria-hidden="true">← </span>Previous
        </button>
        <ol className="lesson-dots">
          {LESSON_STEPS.map((s, i) => (
            <li key={i}>
              <button
                type="button"
                className="lesson-dot"
                aria-label={`Step ${i + 1}: ${s.title}`}
                aria-current={i === nav.step ? 'step' : undefined}
                onClick={() => nav.loadStep(i)}
              >
                {i + 1}
              </button>
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => nav.loadStep(nav.step + 1)} disabled={nav.step >= total - 1}>
          Next<span aria-hidden="true"> →</span>
        </button>
      </nav>
    </section>
  );
}
