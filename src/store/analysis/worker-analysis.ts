// Analyses in a Web Worker. One request is in flight at a time and only the newest waiting one is kept, so a burst
// of typing costs one reading of the newest text, not one per keystroke. Where a module Worker cannot start (an old
// browser, a Content-Security-Policy without worker-src) the model is loaded on the page instead.
//
// Once the editor asks (analyseOnPageUpTo), small specs are analysed on the page too, synchronously: the browser
// holds a Worker's answer back until the frame that draws a keystroke has been drawn (any task queued at a keystroke
// waited about 30 ms on the 2-core machine of bench/canvas.bench.ts), so an answer made on the page reaches the
// canvas one frame sooner. Specs past the limit stay in the Worker, so a 5 MiB paste never freezes the page (issue 7).
import type { AnalysisRequest } from '../../core/analysis/analysis-types';
import type { AnalysisClient, AnalysisConnection, AnalysisHandlers } from './analysis-client';
import type { AnalysisAsk, AnalysisReply } from './analysis-messages';

/** What the client needs of a Worker (tests pass a fake). */
export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>;

export interface WorkerAnalysisClient extends AnalysisClient {
  /**
   * From now on, analyse texts of at most `upTo` characters on the page, once the model has loaded (a chunk of its
   * own: pages that never call this never load it).
   */
  analyseOnPageUpTo(upTo: number): void;
  /**
   * Someone is about to type: once the model has loaded, it reads a made-up pod and `current()` (the pod in the editor,
   * if small enough) a few times while the page is idle (warmUpWhileIdle says why). Once per page; before analyseOnPageUpTo,
   * nothing.
   */
  warmUpOnPage(current: () => AnalysisRequest | null): void;
}

/** Analyses made and thrown away while the page is idle, one per idle period, before the first keystroke needs one. */
export const WARM_UP_RUNS = 12;

/**
 * The page's first analyses run in the JavaScript engine's slowest tier: the first ten or so keystrokes into a
 * 50-container pod took 40–80 ms to the redrawn canvas, the ones after 25–40 ms (bench/canvas.bench.ts). Analyses
 * made in idle time beforehand get the model's code compiled and optimised; their answers are dropped (first 11 keys
 * to the presented frame, interleaved median of 66: 59.2 -> 47.5 ms). It waits for the editor's focus rather than
 * run at load: the first run is a task of 30-50 ms, which a page nobody types into should not pay. One that throws
 * ends the warm-up: the keystroke's own analysis reports the error (answeredOnPage).
 */
function warmUpWhileIdle(model: PageModel, current: () => AnalysisRequest | null, upTo: number): void {
  const idle = (run: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 50));
  let runs = 0;
  const next = () => {
    if (runs++ >= WARM_UP_RUNS) return;
    const asked = current();
    try {
      model.warmUp(asked && asked.text.length <= upTo ? asked : null);
    } catch {
      return;
    }
    idle(next);
  };
  idle(next);
}

/** The model on the page: loaded on demand, it imports the whole of core (js-yaml, the simulator, the narrators). */
type PageModel = typeof import('./in-process-analysis');
const loadPageModel = (): Promise<PageModel> => import('./in-process-analysis');

function startWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'podscope-analysis' });
  } catch {
    return null;
  }
}

export function workerAnalysis(start: () => WorkerLike | null = startWorker, loadModel: () => Promise<PageModel> = loadPageModel): WorkerAnalysisClient {
  let pageUpTo = 0;
  let pageModel: PageModel | null = null;
  /** Null once loading has failed (a chunk gone after a deploy): then the Worker reads every text. */
  let modelLoaded: Promise<PageModel | null> | null = null;
  let warming = false;

  return {
    analyseOnPageUpTo(upTo) {
      pageUpTo = upTo;
      modelLoaded ??= loadModel().then(
        (model) => (pageModel = model),
        () => null,
      );
    },

    warmUpOnPage(current) {
      if (warming || !modelLoaded) return;
      warming = true;
      void modelLoaded.then((model) => model && warmUpWhileIdle(model, current, pageUpTo));
    },

    connect(handlers: AnalysisHandlers): AnalysisConnection {
      let inFlight: AnalysisAsk | null = null;
      let waiting: AnalysisRequest | null = null;
      let nextId = 1;
      let fallback: AnalysisConnection | null = null;
      let onPage: AnalysisConnection | null = null;
      let closed = false;
      const worker = start();
      let workerUsable = worker !== null;

      const analyseOnPage = () => {
        workerUsable = false;
        waiting ??= inFlight?.request ?? null;
        inFlight = null;
        worker?.terminate();
        void loadModel().then(({ inProcessAnalysis }) => {
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

      /** A small text answered on the page, if the model is here and no Worker answer is still to come (it is older). */
      const answeredOnPage = (request: AnalysisRequest): boolean => {
        if (!pageModel || inFlight || request.text.length > pageUpTo) return false;
        onPage ??= pageModel.inProcessAnalysis().connect(handlers);
        try {
          onPage.request(request);
          waiting = null;
          return true;
        } catch (error) {
          // A simulator bug: the Worker reports it as it would any other, and the page goes on.
          console.error('Podscope could not analyse this pod on the page; asking the Worker.', error);
          return false;
        }
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
            if (!answeredOnPage(next)) send(next);
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
          if (fallback) return fallback.request(request);
          if (answeredOnPage(request)) return;
          if (!workerUsable || inFlight) waiting = request;
          else send(request);
        },
        close() {
          closed = true;
          worker?.terminate();
          fallback?.close();
          onPage?.close();
        },
      };
    },
  };
}
