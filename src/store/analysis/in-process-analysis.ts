// Analyses computed on the calling thread, answered before request() returns: for Node tests and as the page's
// fallback where a module Worker cannot start. It imports the whole model (js-yaml, the simulator, the narrators),
// so the page loads it only on demand.
import { createAnalyzer } from '../../core/analysis/analyze';
import type { AnalysisRequest } from '../../core/analysis/analysis-types';
import type { AnalysisClient } from './analysis-client';

export function inProcessAnalysis(): AnalysisClient {
  return {
    connect(handlers) {
      const analyze = createAnalyzer();
      let open = true;
      return {
        request(request) {
          if (!open) return;
          handlers.answer(analyze(request, (phase) => handlers.progress?.(phase, request)), request);
        },
        close() {
          open = false;
        },
      };
    },
  };
}

/** One analysis made and dropped, with an analyzer of its own: it remembers nothing for the next (worker-analysis.ts). */
export function warmUp(request: AnalysisRequest): void {
  createAnalyzer()(request);
}
