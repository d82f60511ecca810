// "Pod status": the line `kubectl get pod` would print at the cursor, and the pod's phase and conditions.
import { selectPod, selectSnapshot, selectStale } from '../../store/selectors';
import { usePodscope } from '../../store/use-podscope';
import { formatPodTime } from '../../core/sim/format-pod-time';
import { AnalysisProgress } from './analysis-progress';

const CONDITION_NAMES = ['PodScheduled', 'PodReadyToStartContainers', 'Initialized', 'ContainersReady', 'Ready'] as const;

export function PodStatus() {
  const snapshot = usePodscope(selectSnapshot);
  const podName = usePodscope((s) => selectPod(s).name);
  const stale = usePodscope(selectStale);
  const cursor = usePodscope((s) => s.cursor);
  const { ready, status, restarts } = snapshot.kubectl;

  return (
    <div className="pod-status panel">
      <div className="pod-status-head">
        <h2 className="panel-title">
          Pod <code>{podName}</code>
          {stale && <span className="stale-badge"> (stale: last good version)</span>}
        </h2>
        <AnalysisProgress />
        <span className="pod-status-time">at {formatPodTime(Math.round(cursor * 10) / 10)}</span>
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
              <td className={`kubectl-status status-${snapshot.phase.toLowerCase()}`}>{status}</td>
              <td>{restarts}</td>
              <td>{snapshot.phase}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <ul className="conditions" aria-label="Pod conditions">
        {CONDITION_NAMES.map((c) => (
          <li key={c} className={snapshot.conditions[c] ? 'condition-true' : 'condition-false'}>
            <span aria-hidden="true">{snapshot.conditions[c] ? '✔' : '○'}</span> {c}
            <span className="visually-hidden">: {snapshot.conditions[c] ? 'True' : 'False'}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
