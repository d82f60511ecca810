// The embed: the canvas, the playback controls, the narration and a one-line status for the pod in the fragment (or sent by the
// host page), sized to its iframe. Keys act only while focus is inside it (handled on its root element, never on
// the window), and nothing traps focus, so a slide deck around it keeps its arrow keys.
import { useEffect, type KeyboardEvent } from 'react';
import { PodCanvas } from '../canvas/pod-canvas';
import { NarrationPanel } from '../narration/narration-panel';
import { PlaybackControls } from '../timeline/playback-controls';
import { usePlaybackClock } from '../timeline/use-playback-clock';
import { LinkNotice } from '../share/link-notice';
import { podscopeStore } from '../../store/use-podscope';
import { linkStatusStore } from '../../store/url-sync';
import { EmbedStatus } from './embed-status';
import { startHostBridge } from './host-bridge';
import { OpenInPodscope } from './open-in-podscope';
import './embed.css';

function keyBelongsToTarget(target: EventTarget, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return true;
  return (key === ' ' || key === 'Enter') && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName);
}

function onKeyDown(e: KeyboardEvent<HTMLDivElement>): void {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || keyBelongsToTarget(e.target, e.key)) return;
  const s = podscopeStore.getState();
  const actions: Record<string, () => void> = { ArrowRight: s.stepForward, ArrowLeft: s.stepBack, ' ': s.togglePlay, Home: s.reset };
  const action = actions[e.key];
  if (!action) return;
  e.preventDefault();
  action();
}

export function EmbedView() {
  usePlaybackClock();
  useEffect(() => startHostBridge(podscopeStore, (problems) => linkStatusStore.setState({ problems })), []);
  return (
    // tabIndex -1: a click anywhere in the embed gives it focus (so its keys work), yet Tab never stops here.
    <div className="embed" tabIndex={-1} onKeyDown={onKeyDown}>
      <main className="embed-main">
        <h1 className="visually-hidden">Podscope: a Kubernetes pod, step by step</h1>
        <LinkNotice />
        <EmbedStatus />
        <PlaybackControls />
        <div className="embed-body">
          <div className="embed-canvas">
            <PodCanvas />
          </div>
          <div className="embed-narration">
            <NarrationPanel />
          </div>
        </div>
      </main>
      <footer className="embed-footer">
        <OpenInPodscope />
        <span className="embed-muted">→ ← step · space play/pause while focused</span>
      </footer>
    </div>
  );
}
