// The embed's postMessage API. In: messages from the page around the iframe (window.parent only), validated by
// core/share/host-message.ts; a message can load a pod or drive playback, nothing else. Out: after each change,
// { type: 'podscope:state', t, status } to the parent. Target '*' is fine: the payload is public state.
import { parseHostMessage, type EmbedStateMessage } from '../../core/share/host-message';
import { selectAnalysisCurrent, selectSnapshot } from '../../store/selectors';
import type { PodscopeStore } from '../../store/podscope-store';

/** While playing, the time alone is posted at most this often; a status change is posted at once. */
const PLAYING_POST_MS = 250;

export function startHostBridge(store: PodscopeStore, onProblems: (problems: string[]) => void): () => void {
  const parent = window.parent;
  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent || parent === window) return;
    const command = parseHostMessage(event.data);
    if (!command) return;
    const s = store.getState();
    switch (command.type) {
      case 'podscope:load':
        s.pause();
        s.loadText(command.yaml);
        s.setScenario(command.scenario);
        s.reset();
        onProblems(command.problems);
        break;
      case 'podscope:step':
        s.stepForward();
        break;
      case 'podscope:play':
        s.play();
        break;
      case 'podscope:pause':
        s.pause();
        break;
    }
  };

  let last = { t: NaN, status: '' };
  let lastPostAt = 0;
  const post = (force: boolean) => {
    const s = store.getState();
    // Until the new pod's timeline arrives from the Worker, the status on screen is the old pod's: not posted.
    if (parent === window || !selectAnalysisCurrent(s)) return;
    const t = Math.round(s.cursor * 1000) / 1000;
    const status = selectSnapshot(s).kubectl.status;
    if (t === last.t && status === last.status) return;
    const now = performance.now();
    if (!force && s.playing && status === last.status && now - lastPostAt < PLAYING_POST_MS) return;
    last = { t, status };
    lastPostAt = now;
    const message: EmbedStateMessage = { type: 'podscope:state', t, status };
    parent.postMessage(message, '*');
  };

  window.addEventListener('message', onMessage);
  const unsubscribe = store.subscribe((s, prev) => post(s.playing !== prev.playing || s.analysis !== prev.analysis));
  post(true);
  return () => {
    window.removeEventListener('message', onMessage);
    unsubscribe();
  };
}
