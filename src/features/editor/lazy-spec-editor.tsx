// The editor loads on demand: CodeMirror is the largest library on the page (about 125 KB gzipped) and the pod can
// be drawn before it arrives. Until then the text is shown read-only, so the first paint already has the spec.
import { lazy, Suspense } from 'react';
import { usePodscope } from '../../store/use-podscope';
import './editor.css';

const SpecEditor = lazy(() => import('./spec-editor').then((m) => ({ default: m.SpecEditor })));

/** A huge paste is previewed in part: the editor shows all of it once it has loaded. */
const PREVIEW_CHARS = 20_000;

function SpecTextPreview() {
  const text = usePodscope((s) => s.specText);
  return (
    <div className="spec-editor" aria-busy="true">
      <pre className="spec-editor__code spec-editor__preview">{text.slice(0, PREVIEW_CHARS)}</pre>
      <p className="spec-editor__hint">Loading the editor…</p>
    </div>
  );
}

export function LazySpecEditor() {
  return (
    <Suspense fallback={<SpecTextPreview />}>
      <SpecEditor />
    </Suspense>
  );
}
