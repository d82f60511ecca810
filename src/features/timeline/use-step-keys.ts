// Keyboard stepping for the whole page: space plays/pauses, ←/→ step, Home resets.
// Keys typed into the editor or any form control are left alone.
import { useEffect } from 'react';
import { podscopeStore } from '../../store/use-podscope';

/** True when the key means something to the focused element itself (typing, a slider, pressing a button). */
function keyBelongsToTarget(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return true;
  // Space presses a focused button or link; arrows and Home mean nothing to them.
  return key === ' ' && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName);
}

export function useStepKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || keyBelongsToTarget(e.target, e.key)) return;
      const store = podscopeStore.getState();
      const actions: Record<string, () => void> = {
        ' ': store.togglePlay,
        ArrowRight: store.stepForward,
        ArrowLeft: store.stepBack,
        Home: store.reset,
      };
      const action = actions[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
