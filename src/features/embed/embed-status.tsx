// The embed's one-line status: kubectl STATUS, phase and time, named "Pod status" as on the full page, and a
// polite live region that tells screen-reader users the status after each change (the narration says why).
import { selectPod, selectSnapshot } from '../../store/selectors';
import { usePodscope } from '../../store/use-podscope';
import { AnalysisProgress } from '../timeline/analysis-progress';

function seconds(t: number): string {
  return `${Math.round(t * 10) / 10} s`;
}

export function EmbedStatus() {
  const snapshot = usePodscope(selectSnapshot);
  const podName = usePodscope((s) => selectPod(s).name);
  const cursor = usePodscope((s) => s.cursor);
  const { status, ready, restarts } = snapshot.kubectl;
  return (
    <div className="embed-status">
      <div role="status" aria-label="Pod status" aria-live="off" className="embed-status-line">
        <code>{podName}</code> <strong className="embed-status-text">{status}</strong> <span>{snapshot.phase}</span>{' '}
        <span className="embed-muted">
          ready {ready} · restarts {restarts} · at {seconds(cursor)}
        </span>{' '}
        <AnalysisProgress />
      </div>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        Pod {status}, {snapshot.phase}.
      </p>
    </div>
  );
}
