// Which view the page shows: the full app, the presentation (#present) or the embed (#embed), as the fragment says.
// The fragment is kept in step with the store from here (store/url-sync.ts); the theme choice is applied first.
import { lazy, Suspense, useEffect } from 'react';
import { useStore } from 'zustand';
import { applyTheme, storedTheme } from '../features/theme/theme-choice';
import { podscopeStore } from '../store/use-podscope';
import { linkStatusStore, startUrlSync } from '../store/url-sync';
import { App } from './app';
import { ViewErrorBoundary } from './error-boundary';

applyTheme(storedTheme());

// Loaded on demand: most visits never present or embed.
const Presentation = lazy(() => import('../features/present/presentation').then((m) => ({ default: m.Presentation })));
const EmbedView = lazy(() => import('../features/embed/embed-view').then((m) => ({ default: m.EmbedView })));

export function AppRouter() {
  const view = useStore(linkStatusStore, (s) => s.view);
  useEffect(() => startUrlSync(podscopeStore), []);
  // One boundary per view, keyed by it: a view that failed is not kept in its failed state when another is chosen.
  if (view === 'present') return <ViewErrorBoundary key={view} what="The presentation"><Suspense fallback={null}><Presentation /></Suspense></ViewErrorBoundary>;
  if (view === 'embed') return <ViewErrorBoundary key={view} what="The embedded pod"><Suspense fallback={null}><EmbedView /></Suspense></ViewErrorBoundary>;
  return <ViewErrorBoundary key={view} what="Podscope"><App /></ViewErrorBoundary>;
}
