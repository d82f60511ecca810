// The Worker client with a fake Worker: a burst of requests costs one analysis of the newest, answers come with the
// request they answer, and a Worker that cannot start falls back to analysing on the page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnalyzer } from '../../core/analysis/analyze';
import type { Analysis, AnalysisRequest } from '../../core/analysis/analysis-types';
import { ARTICLE_POD_YAML } from '../../core/examples/article-pod';
import type { AnalysisAsk, AnalysisReply } from './analysis-messages';
import * as pageModel from './in-process-analysis';
import { WARM_UP_RUNS, workerAnalysis, type WorkerLike } from './worker-analysis';

class FakeWorker implements WorkerLike {
  asked: AnalysisAsk[] = [];
  terminated = false;
  onmessage: Worker['onmessage'] = null;
  onerror: Worker['onerror'] = null;
  private readonly analyze = createAnalyzer();
  postMessage(ask: AnalysisAsk): void {
    this.asked.push(ask);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Answers the oldest unanswered ask, as the real Worker would. */
  answerNext(): void {
    const ask = this.asked.shift();
    if (!ask) throw new Error('nothing asked');
    const reply: AnalysisReply = { id: ask.id, kind: 'answer', analysis: this.analyze(ask.request) };
    this.onmessage?.call(this as unknown as Worker, { data: reply } as MessageEvent);
  }
}

const request = (text: string): AnalysisRequest => ({ text, lastGoodText: null, scenario: { actions: [] } });

describe('workerAnalysis', () => {
  it('sends one request at a time, then only the newest of those that waited, and answers only that one', () => {
    const worker = new FakeWorker();
    const answers: Array<[Analysis, AnalysisRequest]> = [];
    const connection = workerAnalysis(() => worker).connect({ answer: (a, r) => answers.push([a, r]) });
    connection.request(request(ARTICLE_POD_YAML));
    connection.request(request(`${ARTICLE_POD_YAML}# 1`));
    connection.request(request(`${ARTICLE_POD_YAML}# 2`));
    expect(worker.asked.map((a) => a.request.text)).toEqual([ARTICLE_POD_YAML]);
    worker.answerNext();
    expect(worker.asked.map((a) => a.request.text)).toEqual([`${ARTICLE_POD_YAML}# 2`]);
    worker.answerNext();
    expect(answers.map(([, r]) => r.text)).toEqual([`${ARTICLE_POD_YAML}# 2`]);
  });

  it('ignores a reply to a request it no longer waits for', () => {
    const worker = new FakeWorker();
    const answers: string[] = [];
    workerAnalysis(() => worker).connect({ answer: (a) => answers.push(a.pod.name) }).request(request(ARTICLE_POD_YAML));
    const stray: AnalysisReply = { id: 99, kind: 'failed', message: 'not ours' };
    worker.onmessage?.call(worker as unknown as Worker, { data: stray } as MessageEvent);
    expect(answers).toEqual([]);
  });

  it('analyses on the page when the Worker fails to load, answering what was asked', async () => {
    const worker = new FakeWorker();
    const answers: string[] = [];
    workerAnalysis(() => worker).connect({ answer: (a) => answers.push(a.pod.name) }).request(request(ARTICLE_POD_YAML));
    worker.onerror?.call(worker as unknown as Worker, { preventDefault() {} } as ErrorEvent);
    expect(worker.terminated).toBe(true);
    await expect.poll(() => answers).toEqual(['sauce']);
  });

  it('analyses on the page where no Worker exists', async () => {
    const answers: string[] = [];
    workerAnalysis(() => null).connect({ answer: (a) => answers.push(a.pod.name) }).request(request(ARTICLE_POD_YAML));
    await expect.poll(() => answers).toEqual(['sauce']);
  });

  describe('small texts on the page (analyseOnPageUpTo)', () => {
    const small = ARTICLE_POD_YAML;
    const big = `${ARTICLE_POD_YAML}#${'x'.repeat(2 * ARTICLE_POD_YAML.length)}`;
    /** A client whose page model has loaded, with small meaning up to the article pod's length. */
    async function onPage(worker: FakeWorker, model: typeof pageModel = pageModel) {
      const client = workerAnalysis(() => worker, () => Promise.resolve(model));
      client.analyseOnPageUpTo(small.length);
      await Promise.resolve();
      await Promise.resolve();
      return client;
    }

    it('answers a small text before request() returns, without the Worker; a big one goes to the Worker', async () => {
      const worker = new FakeWorker();
      const answers: string[] = [];
      const connection = (await onPage(worker)).connect({ answer: (_a, r) => answers.push(r.text === small ? 'small' : 'big') });
      connection.request(request(small));
      expect(answers).toEqual(['small']);
      expect(worker.asked).toEqual([]);
      connection.request(request(big));
      expect(worker.asked.map((a) => a.request.text)).toEqual([big]);
      worker.answerNext();
      expect(answers).toEqual(['small', 'big']);
    });

    it('a small text typed while the Worker reads a big one waits for it, then is answered on the page, alone', async () => {
      const worker = new FakeWorker();
      const answers: string[] = [];
      const connection = (await onPage(worker)).connect({ answer: (_a, r) => answers.push(r.text === small ? 'small' : 'big') });
      connection.request(request(big));
      connection.request(request(small));
      expect(answers).toEqual([]); // the Worker's answer for the big text is older: it must not land after this one
      worker.answerNext();
      expect(answers).toEqual(['small']);
      expect(worker.asked).toEqual([]);
    });

    it('asks the Worker when the page model fails, and says so', async () => {
      const worker = new FakeWorker();
      const broken = {
        inProcessAnalysis: () => ({
          connect: () => ({
            request: () => {
              throw new Error('simulator bug');
            },
            close: () => {},
          }),
        }),
      } as unknown as typeof pageModel;
      const errors: unknown[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => void errors.push(args[0]);
      try {
        const answers: string[] = [];
        const connection = (await onPage(worker, broken)).connect({ answer: (a) => answers.push(a.pod.name) });
        connection.request(request(small));
        expect(worker.asked.map((a) => a.request.text)).toEqual([small]);
        worker.answerNext();
        expect(answers).toEqual(['sauce']);
        expect(errors).toHaveLength(1);
      } finally {
        console.error = original;
      }
    });

    it('before it is asked to, the page analyses nothing', () => {
      const worker = new FakeWorker();
      workerAnalysis(() => worker, () => Promise.resolve(pageModel)).connect({ answer: () => {} }).request(request(small));
      expect(worker.asked.map((a) => a.request.text)).toEqual([small]);
    });

    describe('warming the page model up', () => {
      beforeEach(() => void vi.useFakeTimers());
      afterEach(() => void vi.useRealTimers());

      /** The real model, noting what each warm-up read besides its made-up pod ("-" for nothing). */
      function countingModel() {
        const warmed: string[] = [];
        const model = { ...pageModel, warmUp: (r: AnalysisRequest | null) => void (warmed.push(r?.text ?? '-'), pageModel.warmUp(r)) };
        return { model, warmed };
      }

      it(`reads the pod in the editor ${WARM_UP_RUNS} times, one per idle moment, and answers nothing for it`, async () => {
        const { model, warmed } = countingModel();
        const answers: string[] = [];
        const client = workerAnalysis(() => new FakeWorker(), () => Promise.resolve(model));
        client.connect({ answer: (_a, r) => answers.push(r.text) });
        client.analyseOnPageUpTo(small.length);
        await vi.advanceTimersByTimeAsync(1000);
        expect(warmed).toEqual([]); // nobody has focused the editor yet
        client.warmUpOnPage(() => request(small));
        client.warmUpOnPage(() => request(small)); // a second focus starts nothing more
        await vi.advanceTimersByTimeAsync(0);
        expect(warmed).toEqual([]); // not in the focus's own task: the next idle moment
        await vi.advanceTimersByTimeAsync(60);
        expect(warmed).toHaveLength(1);
        await vi.advanceTimersByTimeAsync(60 * 2 * WARM_UP_RUNS);
        expect(warmed).toEqual(Array.from({ length: WARM_UP_RUNS }, () => small));
        expect(answers).toEqual([]);
      });

      it('reads only its made-up pod when the one in the editor is too big for the page, or not read yet', async () => {
        for (const asked of [request(big), null]) {
          const { model, warmed } = countingModel();
          const client = workerAnalysis(() => new FakeWorker(), () => Promise.resolve(model));
          client.analyseOnPageUpTo(small.length);
          client.warmUpOnPage(() => asked);
          await vi.advanceTimersByTimeAsync(60 * 2 * WARM_UP_RUNS);
          expect(warmed).toEqual(Array.from({ length: WARM_UP_RUNS }, () => '-'));
        }
      });

      it('leaves every text to the Worker when the model cannot be loaded, and warms nothing', async () => {
        const worker = new FakeWorker();
        const client = workerAnalysis(() => worker, () => Promise.reject(new Error('chunk gone after a deploy')));
        client.analyseOnPageUpTo(small.length);
        client.warmUpOnPage(() => request(small));
        await vi.advanceTimersByTimeAsync(60 * 2 * WARM_UP_RUNS);
        const answers: string[] = [];
        client.connect({ answer: (a) => answers.push(a.pod.name) }).request(request(small));
        expect(worker.asked.map((a) => a.request.text)).toEqual([small]);
        worker.answerNext();
        expect(answers).toEqual(['sauce']);
      });

      it('does nothing on a page that analyses nothing itself (the embed)', async () => {
        const { model, warmed } = countingModel();
        workerAnalysis(() => new FakeWorker(), () => Promise.resolve(model)).warmUpOnPage(() => request(small));
        await vi.advanceTimersByTimeAsync(60 * 2 * WARM_UP_RUNS);
        expect(warmed).toEqual([]);
      });
    });
  });
});
