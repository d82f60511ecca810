// The form loads the first time its tab is opened: it brings the `yaml` library (comment-keeping edits) and the
// container templates, which most visits never use.
import { lazy, Suspense } from 'react';

const BuilderForm = lazy(() => import('./builder-form').then((m) => ({ default: m.BuilderForm })));

export function LazyBuilderForm() {
  return (
    <Suspense fallback={<p className="builder-loading" aria-busy="true">Loading the form…</p>}>
      <BuilderForm />
    </Suspense>
  );
}
