// The analysis Worker: reads and simulates off the main thread, so a 5 MiB paste never freezes the page
// (issue 7). One request at a time; the page sends the next only after this one's answer.
import { createAnalyzer } from '../../core/analysis/analyze';
import type { AnalysisAsk, AnalysisReply } from './analysis-messages';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnalysisAsk>) => void) | null;
  postMessage(reply: AnalysisReply): void;
};
const analyze = createAnalyzer();

scope.onmessage = ({ data: { id, request } }) => {
  try {
    const analysis = analyze(request, (phase) => scope.postMessage({ id, kind: 'progress', phase }));
    scope.postMessage({ id, kind: 'answer', analysis });
  } catch (error) {
    // loadPod turns its own failures into diagnostics; this is a simulator bug, reported rather than hung on.
    scope.postMessage({ id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
