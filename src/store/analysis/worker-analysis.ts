// Analyses in a Web Worker. One request is in flight at a time and only the newest waiting one is kept, so a burst
// of typing costs one reading of the newest text, not one per keystroke. Where a module Worker cannot start (an old
// browser, a Content-Security-Policy without worker-src) the model is loaded on the page instead.
import type { AnalysisRequest } from '../../core/analysis/analysis-types';
import type { AnalysisClient, AnalysisConnection, AnalysisHandlers } from './analysis-client';
import type { AnalysisAsk, AnalysisReply } from './analysis-messages';

/** What the client needs of a Worker (tests pass a fake). */
export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>;

function startWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'podscope-analysis' });
  } catch {
    return null;
  }
}

export function workerAnalysis(start: () => WorkerLike | null = startWorker): AnalysisClient {
  return {
    connect(handlers: AnalysisHandlers): AnalysisConnection {
      let inFlight: AnalysisAsk | null = null;
      let waiting: AnalysisRequest | null = null;
      let nextId = 1;
      let fallback: AnalysisConnection | null = null;
      let closed = false;
      const worker = start();
      let workerUsable = worker !== null;

      const analyseOnPage = () => {
        workerUsable = false;
        waiting ??= inFlight?.request ?? null;
        inFlight = null;
        worker?.terminate();
        void import('./in-process-analysis').then(({ inProcessAnalysis }) => {
          if (closed) return;
          fallback = inProcessAnalysis().connect(handlers);
          if (waiting) fallback.request(waiting);
          waiting = null;
        });
      };

      const send = (request: AnalysisRequest) => {
        inFlight = { id: nextId++, request };
        worker?.postMessage(inFlight);
      };

      if (worker) {
        worker.onmessage = ({ data }: MessageEvent<AnalysisReply>) => {
          const asked = inFlight;
          if (!asked || data.id !== asked.id) return;
          if (data.kind === 'progress') {
            handlers.progress?.(data.phase, asked.request);
            return;
          }
          inFlight = null;
          // An answer a newer request already replaced is dropped: the page would show it for a moment only (an old
          // pod flashing on screen while the reloaded page's own text is being read).
          if (data.kind === 'answer') {
            if (!waiting) handlers.answer(data.analysis, asked.request);
          } else console.error(`Podscope could not simulate this pod: ${data.message}`);
          if (waiting) {
            const next = waiting;
            waiting = null;
            send(next);
          }
        };
        // A worker that fails to load (blocked, unsupported) reports here before answering anything.
        worker.onerror = (event) => {
          event.preventDefault();
          analyseOnPage();
        };
      } else {
        analyseOnPage();
      }

      return {
        request(request) {
          if (fallback) fallback.request(request);
          else if (!workerUsable || inFlight) waiting = request;
          else send(request);
        },
        close() {
          closed = true;
          worker?.terminate();
          fallback?.close();
        },
      };
    },
  };
}
