// The Worker client with a fake Worker: a burst of requests costs one analysis of the newest, answers come with the
// request they answer, and a Worker that cannot start falls back to analysing on the page.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../core/analysis/analyze';
import type { Analysis, AnalysisRequest } from '../../core/analysis/analysis-types';
import { ARTICLE_POD_YAML } from '../../core/examples/article-pod';
import type { AnalysisAsk, AnalysisReply } from './analysis-messages';
import { workerAnalysis, type WorkerLike } from './worker-analysis';

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
});
