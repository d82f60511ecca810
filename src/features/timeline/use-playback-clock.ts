// Drives playback: while playing, each animation frame moves the cursor by the wall time that passed.
import { useEffect } from 'react';
import { podscopeStore, usePodscope } from '../../store/use-podscope';

/** Frames further apart than this (a background tab) count as this long, so the cursor does not leap. */
const MAX_FRAME_SECONDS = 0.25;

export function usePlaybackClock(): void {
  const playing = usePodscope((s) => s.playing);
  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let last = performance.now();
    const onFrame = (now: number) => {
      podscopeStore.getState().tick(Math.min((now - last) / 1000, MAX_FRAME_SECONDS));
      last = now;
      frame = requestAnimationFrame(onFrame);
    };
    frame = requestAnimationFrame(onFrame);
    return () => cancelAnimationFrame(frame);
  }, [playing]);
}
