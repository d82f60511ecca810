// What a view that failed shows in its place: what happened, that the spec text is safe, and "Reset view".
// A new spec text (typed in the editor, sent by a host page) tries the view again by itself: a pod that made the
// view fail is the likeliest cause, and fixing it should be enough.
import { useEffect, useRef } from 'react';
import { usePodscope } from '../store/use-podscope';
import './error-boundary.css';

interface Props {
  what: string;
  /**
   * 'page': the failed view was the whole page, so the message is the page's main content and heading.
   * 'section': a part beside the editor failed; the editor is still there, so changing the spec is a way out too.
   */
  scope: 'page' | 'section';
  error: Error;
  onReset: () => void;
}

export function ErrorBoundaryFallback({ what, scope, error, onReset }: Props) {
  const specText = usePodscope((s) => s.specText);
  const textAtError = useRef(specText);
  useEffect(() => {
    if (specText !== textAtError.current) onReset();
  }, [specText, onReset]);

  const Heading = scope === 'page' ? 'h1' : 'h2';
  const message = (
    <div role="alert" className="view-error">
      <Heading className="view-error-title">{what} stopped working</Heading>
      <p>
        Something went wrong while drawing it. Your pod spec is kept: press <strong>Reset view</strong> to draw it
        again{scope === 'section' ? ', or change the spec' : ''}.
      </p>
      {/* Plain text, never markup: the message may quote a pod's own names. */}
      <p className="view-error-detail">{error.message || error.name}</p>
      <button type="button" className="view-error-reset" onClick={onReset}>
        Reset view
      </button>
    </div>
  );
  return scope === 'page' ? <main>{message}</main> : message;
}
