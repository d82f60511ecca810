// "Pod status": the line `kubectl get pod` would print at the cursor, and the pod's phase and conditions.
// Playback moves the cursor on every frame; only the time label follows it, the rest re-renders when its words change.
import { memo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectCursorTenths, selectPod, selectSnapshot, selectStale } from '../../store/selectors';
import { usePodscope, usePodscopeWrite } from '../../store/use-podscope';
import { formatPodTime } from '../../core/sim/format-pod-time';
import { AnalysisProgress } from './analysis-progress';

const CONDITION_NAMES = ['PodScheduled', 'PodReadyToStartContainers', 'Initialized', 'ContainersReady', 'Ready'] as const;

const writeTime = (element: Element, tenths: number) => void (element.textContent = `at ${formatPodTime(tenths / 10)}`);

/** Pod time to the tenth of a second, written at frame rate without a render (usePodscopeWrite). */
function PodTimeLabel() {
  const label = useRef<HTMLSpanElement>(null);
  usePodscopeWrite(label, selectCursorTenths, writeTime, []);
  // The wrapper is the head's flex item, so the time's own box can be laid out alone (timeline.css).
  return (
    <span className="pod-status-clock">
      <span className="pod-status-time" ref={label} />
    </span>
  );
}

export function PodStatus() {
  const podName = usePodscope((s) => selectPod(s).name);
  const stale = usePodscope(selectStale);
  // The columns are strings: equal words, no re-render. Conditions stay the same object between two changes.
  const { ready, status, restarts, phase } = usePodscope(
    useShallow((s) => {
      const snapshot = selectSnapshot(s);
      return { ...snapshot.kubectl, phase: snapshot.phase };
    }),
  );
  const conditions = usePodscope((s) => selectSnapshot(s).conditions);

  return (
    <div className="pod-status panel">
      <div className="pod-status-head">
        <h2 className="panel-title">
          Pod <code>{podName}</code>
          {stale && <span className="stale-badge"> (stale: last good version)</span>}
        </h2>
        <AnalysisProgress />
        <PodTimeLabel />
      </div>
      <div role="status" aria-label="Pod status" aria-live="off" className="pod-status-line">
        <table className="kubectl">
          <thead>
            <tr>
              <th scope="col">NAME</th>
              <th scope="col">READY</th>
              <th scope="col">STATUS</th>
              <th scope="col">RESTARTS</th>
              <th scope="col">PHASE</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>{podName}</td>
              <td>{ready}</td>
              <td className={`kubectl-status status-${phase.toLowerCase()}`}>{status}</td>
              <td>{restarts}</td>
              <td>{phase}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <Conditions conditions={conditions} />
    </div>
  );
}

const Conditions = memo(function Conditions({ conditions }: { conditions: Record<(typeof CONDITION_NAMES)[number], boolean> }) {
  return (
    <ul className="conditions" aria-label="Pod conditions">
      {CONDITION_NAMES.map((c) => (
        <li key={c} className={conditions[c] ? 'condition-true' : 'condition-false'}>
          <span aria-hidden="true">{conditions[c] ? '✔' : '○'}</span> {c}
          <span className="visually-hidden">: {conditions[c] ? 'True' : 'False'}</span>
        </li>
      ))}
    </ul>
  );
});
