// Asks for an analysis whenever the spec text or the scenario changes, and puts each answer into the store.
import type { PodscopeStore } from '../podscope-store';
import type { PodscopeState } from '../podscope-store';
import type { AnalysisClient } from './analysis-client';

export function connectAnalysis(store: PodscopeStore, client: AnalysisClient): () => void {
  const connection = client.connect({
    answer: (analysis, request) => store.getState().receiveAnalysis(analysis, request),
    progress: (phase, request) => store.getState().analysisProgress({ phase, chars: request.text.length }, request),
  });
  let asked: Pick<PodscopeState, 'specText' | 'scenario'> | null = null;
  const ask = (s: PodscopeState) => {
    if (asked && asked.specText === s.specText && asked.scenario === s.scenario) return;
    asked = { specText: s.specText, scenario: s.scenario };
    const request = { text: s.specText, lastGoodText: s.lastGoodText, scenario: s.scenario };
    store.setState({ analysing: { phase: 'waiting', chars: s.specText.length } });
    connection.request(request);
  };
  const unsubscribe = store.subscribe(ask);
  ask(store.getState());
  return () => {
    unsubscribe();
    connection.close();
  };
}
