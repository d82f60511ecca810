// Analyses computed on the calling thread, answered before request() returns: for Node tests and as the page's
// fallback where a module Worker cannot start. It imports the whole model (js-yaml, the simulator, the narrators),
// so the page loads it only on demand.
import { createAnalyzer } from '../../core/analysis/analyze';
import { warmUpPodYaml } from '../../core/examples/warm-up-pod';
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

/** The made-up pod the warm-up reads besides the user's: many containers, so the model's loops get warm too. */
const WARM_UP_POD: AnalysisRequest = { text: warmUpPodYaml(), lastGoodText: null, scenario: { actions: [] } };

/**
 * Analyses made and dropped, each with an analyzer of its own that remembers nothing for the next
 * (worker-analysis.ts, warmUpWhileIdle): the made-up pod, then the user's pod when there is one to read on the page.
 */
export function warmUp(request: AnalysisRequest | null): void {
  createAnalyzer()(WARM_UP_POD);
  if (request) createAnalyzer()(request);
}
