// Presentation mode for a projector: the canvas, the narration, the pod's status and its events fill the screen in large type,
// the editor hidden; driven from the keyboard (use-present-keys.ts), with a visible step counter. The canvas draws
// simpler container nodes with type sized against its zoom (present.css), and sits beside the words or above them,
// whichever shows the pod larger (present-shape.ts).
import { useEffect, useSyncExternalStore } from 'react';
import { PodCanvas, portLabelsOverhang, type PresentCanvas } from '../canvas/pod-canvas';
import { NarrationPanel } from '../narration/narration-panel';
import { LinkNotice } from '../share/link-notice';
import { EventsLog } from '../timeline/events-log';
import { PlaybackControls } from '../timeline/playback-controls';
import { PodStatus } from '../timeline/pod-status';
import { usePlaybackClock } from '../timeline/use-playback-clock';
import { selectGraph } from '../../store/graph-selectors';
import { selectPod } from '../../store/selectors';
import { usePodscope } from '../../store/use-podscope';
import { PresentContainerNode } from './present-container-node';
import { presentShape } from './present-shape';
import { StepCounter } from './step-counter';
import { leavePresentation, toggleFullScreen, usePresentKeys } from './use-present-keys';
import './present.css';

// No zoom buttons to keep clear of: a small margin all round. POD_IP:PORT labels standing out left of the pod
// (present.css sizes them to about 190 px on screen) get their room when nothing else stands there.
const CANVAS: PresentCanvas = {
  containerNode: PresentContainerNode,
  fit: { padding: '12px', duration: 0 },
  fitWithPortLabels: { padding: { top: '12px', right: '12px', bottom: '12px', left: '200px' }, duration: 0 },
};

const subscribeResize = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};
const screenKey = () => `${window.innerWidth}x${window.innerHeight}`;

export function Presentation() {
  usePlaybackClock();
  usePresentKeys();
  const podName = usePodscope((s) => selectPod(s).name);
  const graph = usePodscope(selectGraph);
  const [screenWidth, screenHeight] = useSyncExternalStore(subscribeResize, screenKey).split('x').map(Number);
  const box = { width: graph.width, height: graph.height, portLabelsOverhang: portLabelsOverhang(graph) };
  const shape = presentShape(box, { width: screenWidth ?? 0, height: screenHeight ?? 0 });

  // Large type everywhere, rem-based sizes of the reused components included: the root font grows while presenting.
  useEffect(() => {
    document.documentElement.classList.add('presenting');
    return () => document.documentElement.classList.remove('presenting');
  }, []);

  return (
    <div className="present">
      {/* One row, so the canvas gets the height: the pod's name is on the canvas and in the status. */}
      <header className="present-bar">
        <h1 className="visually-hidden">
          Presenting pod <code>{podName}</code>
        </h1>
        <img className="present-logo" src="./favicon.svg" alt="" width="28" height="28" />
        <StepCounter />
        <PlaybackControls />
        <div className="present-actions">
          <button type="button" onClick={toggleFullScreen} title="Full screen (F)">
            Full screen
          </button>
          {/* "Leave" is all the row has room for; the name says what is left. */}
          <button type="button" onClick={leavePresentation} title="Leave the presentation (Esc)" aria-label="Leave presentation">
            Leave
          </button>
        </div>
        <LinkNotice />
      </header>
      <main className={`present-main is-${shape}`}>
        <section className="present-canvas" aria-label="Pod">
          <PodCanvas present={CANVAS} />
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
