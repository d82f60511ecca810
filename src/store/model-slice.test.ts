// The store while analyses are on their way (as from the Worker on the page): what the user does in the meantime
// lands on the new timeline, not the old one, and an answer that changes nothing on screen keeps its objects.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../core/analysis/analyze';
import type { AnalysisRequest } from '../core/analysis/analysis-types';
import { ARTICLE_POD_YAML } from '../core/examples/article-pod';
import type { AnalysisClient } from './analysis/analysis-client';
import { createPodscopeStore } from './podscope-store';
import { selectGraph } from './graph-selectors';
import { selectAnalysisCurrent, selectPod, selectSnapshot, selectTimeline } from './selectors';
import { testStoreFromFragment } from './test-store';

/** A client that answers only when told to, oldest request first. */
function deferredAnalysis() {
  const queue: AnalysisRequest[] = [];
  let answerOne = () => {};
  const client: AnalysisClient = {
    connect(handlers) {
      const analyze = createAnalyzer();
      answerOne = () => {
        const request = queue.shift();
        if (request) handlers.answer(structuredClone(analyze(request)), request);
      };
      return { request: (r) => queue.push(r), close() {} };
    },
  };
  return { client, queue, answerAll: () => { while (queue.length) answerOne(); } };
}

const TWO_APPS = `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
  - {name: web, image: nginx:1.27}
  - {name: logger, image: busybox:1.36, command: ['sh', '-c', 'sleep 3600']}
`;

describe('the store while an analysis is on its way', () => {
  it('shows an empty pod and says it is reading until the first answer', () => {
    const model = deferredAnalysis();
    const store = createPodscopeStore(model.client);
    expect(selectPod(store.getState()).containers).toHaveLength(0);
    expect(store.getState().analysing).toEqual({ phase: 'waiting', chars: ARTICLE_POD_YAML.length });
    model.answerAll();
    expect(selectPod(store.getState()).name).toBe('sauce');
    expect(store.getState().analysing).toBeNull();
    expect(store.getState().lastGoodText).toBe(ARTICLE_POD_YAML);
  });

  it('takes steps pressed before the new pod arrived on the new pod’s timeline', () => {
    const model = deferredAnalysis();
    const store = createPodscopeStore(model.client);
    model.answerAll();
    store.getState().loadText(TWO_APPS);
    store.getState().stepForward();
    store.getState().stepForward();
    expect(store.getState().cursor).toBe(0);
    model.answerAll();
    const timeline = selectTimeline(store.getState());
    const times = [...new Set(timeline.events.map((e) => e.t))];
    expect(store.getState().cursor).toBe(times[2]);
    expect(selectSnapshot(store.getState()).containers.map((c) => c.name)).toEqual(['web', 'logger']);
  });

  it('keeps a link’s time while the pod is read, and clamps it to the end once known', () => {
    const model = deferredAnalysis();
    const store = createPodscopeStore(model.client);
    store.getState().seek(12);
    expect(store.getState().cursor).toBe(12);
    store.getState().seek(1e6);
    model.answerAll();
    expect(store.getState().cursor).toBe(selectTimeline(store.getState()).end);
  });

  it('keeps the pod, timeline and graph objects when an edit changes nothing on screen', () => {
    const model = deferredAnalysis();
    const store = createPodscopeStore(model.client);
    model.answerAll();
    const before = store.getState();
    store.getState().loadText(`${ARTICLE_POD_YAML}\n  containers: [\n`);
    model.answerAll();
    const after = store.getState();
    expect(after.analysis?.stale).toBe(true);
    expect(selectPod(after)).toBe(selectPod(before));
    expect(selectTimeline(after)).toBe(selectTimeline(before));
    expect(selectGraph(after)).toBe(selectGraph(before));
  });

  it('is current only for the text and scenario it answers', () => {
    const model = deferredAnalysis();
    const store = createPodscopeStore(model.client);
    model.answerAll();
    expect(selectAnalysisCurrent(store.getState())).toBe(true);
    store.getState().crashContainer('myapp-container', 1);
    expect(selectAnalysisCurrent(store.getState())).toBe(false);
    model.answerAll();
    expect(selectAnalysisCurrent(store.getState())).toBe(true);
  });

  it('applies a link in one go with the in-process model (tests and the fallback)', () => {
    const { store } = testStoreFromFragment('');
    expect(selectPod(store.getState()).name).toBe('sauce');
  });
});
