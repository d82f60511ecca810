// Presentation mode for a projector: the canvas, the narration, the pod's status and its events fill the screen in large type,
// the editor hidden; driven from the keyboard (use-present-keys.ts), with a visible step counter.
import { useEffect } from 'react';
import { PodCanvas } from '../canvas/pod-canvas';
import { NarrationPanel } from '../narration/narration-panel';
import { LinkNotice } from '../share/link-notice';
import { EventsLog } from '../timeline/events-log';
import { PlaybackControls } from '../timeline/playback-controls';
import { PodStatus } from '../timeline/pod-status';
import { usePlaybackClock } from '../timeline/use-playback-clock';
import { selectPod } from '../../store/selectors';
import { usePodscope } from '../../store/use-podscope';
import { StepCounter } from './step-counter';
import { leavePresentation, toggleFullScreen, usePresentKeys } from './use-present-keys';
import './present.css';

export function Presentation() {
  usePlaybackClock();
  usePresentKeys();
  const podName = usePodscope((s) => selectPod(s).name);

  // Large type everywhere, rem-based sizes of the reused components included: the root font grows while presenting.
  useEffect(() => {
    document.documentElement.classList.add('presenting');
    return () => document.documentElement.classList.remove('presenting');
  }, []);

  return (
    <div className="present">
      <header className="present-bar">
        <div className="present-row">
          <h1 className="present-title">
            <img src="./favicon.svg" alt="" width="28" height="28" /> <code>{podName}</code>
          </h1>
          <StepCounter />
          <div className="present-actions">
            <button type="button" onClick={toggleFullScreen} title="Full screen (F)">
              Full screen
            </button>
            <button type="button" onClick={leavePresentation} title="Leave the presentation (Esc)">
              Leave presentation
            </button>
          </div>
        </div>
        <PlaybackControls />
        <LinkNotice />
      </header>
      <main className="present-main">
        <section className="present-canvas" aria-label="Pod">
          <PodCanvas />
        </section>
        <section className="present-side" aria-label="Narration, status and events">
          <NarrationPanel />
          <PodStatus />
          <EventsLog />
          <p className="present-keys">→ ← step · space play/pause · Home start · F full screen · Esc leave</p>
        </section>
      </main>
    </div>
  );
}
