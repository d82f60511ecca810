// The embed entry (embed.html): the pod in the fragment on a canvas with playback controls, and the postMessage
// API for the page around it. No editor, no builder: it imports neither, so CodeMirror never loads here.
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { ViewErrorBoundary } from './app/error-boundary';
import { EmbedView } from './features/embed/embed-view';
import { applyTheme, storedTheme } from './features/theme/theme-choice';
import { podscopeStore } from './store/use-podscope';
import { startUrlSync } from './store/url-sync';
import './app/theme.css';

applyTheme(storedTheme());

function EmbedRoot() {
  useEffect(() => startUrlSync(podscopeStore, 'embed'), []);
  return <ViewErrorBoundary what="The embedded pod"><EmbedView /></ViewErrorBoundary>;
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><EmbedRoot /></StrictMode>);
