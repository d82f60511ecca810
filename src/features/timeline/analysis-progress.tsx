// "Reading the pod spec (5.2 MB)…": said only when an analysis takes a while (a big paste), so ordinary typing never
// flashes it. The live region is always there; its words appear after the delay, so screen readers hear them once.
import { memo, useEffect, useState } from 'react';
import type { AnalysisProgress as Progress } from '../../store/model-slice';
import { selectAnalysing } from '../../store/selectors';
import { usePodscope } from '../../store/use-podscope';

const SHOW_AFTER_MS = 400;

const PHASE_WORDS: Record<Progress['phase'], string> = {
  waiting: 'Reading',
  reading: 'Reading',
  drawing: 'Drawing',
  simulating: 'Simulating',
  narrating: 'Narrating',
};

function formatSize(chars: number): string {
  if (chars < 1000) return `${chars} characters`;
  if (chars < 1_000_000) return `${Math.round(chars / 1000)} kB`;
  return `${(chars / 1_000_000).toFixed(1)} MB`;
}

export const AnalysisProgress = memo(function AnalysisProgress() {
  const progress = usePodscope(selectAnalysing);
  const busy = progress !== null;
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!busy) return;
    const timer = setTimeout(() => setShown(true), SHOW_AFTER_MS);
    return () => {
      clearTimeout(timer);
      setShown(false);
    };
  }, [busy]);

  return (
    <span className="analysis-progress" aria-live="polite">
      {shown && progress && (
        <>
          <span className="analysis-progress__spinner" aria-hidden="true" />
          {PHASE_WORDS[progress.phase]} the pod spec ({formatSize(progress.chars)})…
        </>
      )}
    </span>
  );
});
