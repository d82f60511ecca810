// The presentation's keyboard, for a presenter with a clicker or a laptop: →/← step, space plays or pauses,
// Home goes back to the start, F toggles full screen, Esc leaves the presentation. Keys meant for a focused
// form control are left to it.
import { useEffect } from 'react';
import { podscopeStore } from '../../store/use-podscope';
import { setView } from '../../store/url-sync';

function keyBelongsToTarget(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return true;
  return (key === ' ' || key === 'Enter') && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName);
}

export function toggleFullScreen(): void {
  // Full screen may be refused (an iframe without allowfullscreen, a browser setting): the presentation works anyway.
  if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export function leavePresentation(): void {
  if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
  setView(podscopeStore, 'app');
}

export function usePresentKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || keyBelongsToTarget(e.target, e.key)) return;
      const store = podscopeStore.getState();
      const actions: Record<string, () => void> = {
        ArrowRight: store.stepForward,
        ArrowLeft: store.stepBack,
        PageDown: store.stepForward, // presentation clickers send PageDown / PageUp
        PageUp: store.stepBack,
        ' ': store.togglePlay,
        Home: store.reset,
        f: toggleFullScreen,
        F: toggleFullScreen,
        Escape: leavePresentation,
      };
      const action = actions[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    // Capture phase: React Flow's document listener marks Space as handled (it pans with Space held), which would
    // otherwise hide the key from a bubbling listener.
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
}
