// The analysis Worker: reads and simulates off the main thread, so a 5 MiB paste never freezes the page
// (issue 7). One request at a time; the page sends the next only after this one's answer.
import { createAnalyzer } from '../../core/analysis/analyze';
import type { AnalysisAsk, AnalysisReply } from './analysis-messages';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnalysisAsk>) => void) | null;
  postMessage(reply: AnalysisReply): void;
};
const analyze = createAnalyzer();
/**
 * Steps are reported only once an analysis has taken this long: the page shows them only for a big spec anyway
 * (features/timeline/analysis-progress.tsx), and each report of a quick one would cost the page a re-render while
 * the user types.
 */
const REPORT_STEPS_AFTER_MS = 50;

scope.onmessage = ({ data: { id, request } }) => {
  const started = performance.now();
  try {
    const analysis = analyze(request, (phase) => {
      if (performance.now() - started >= REPORT_STEPS_AFTER_MS) scope.postMessage({ id, kind: 'progress', phase });
    });
    scope.postMessage({ id, kind: 'answer', analysis });
  } catch (error) {
    // loadPod turns its own failures into diagnostics; this is a simulator bug, reported rather than hung on.
    scope.postMessage({ id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
