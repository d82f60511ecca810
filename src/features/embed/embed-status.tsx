// The embed's one-line status: kubectl STATUS, phase and time, named "Pod status" as on the full page, and a
// polite live region that tells screen-reader users what the newest step changed.
import { selectEventsUpToCursor, selectPod, selectSnapshot } from '../../store/selectors';
import { usePodscope } from '../../store/use-podscope';

function seconds(t: number): string {
  return `${Math.round(t * 10) / 10} s`;
}

export function EmbedStatus() {
  const snapshot = usePodscope(selectSnapshot);
  const podName = usePodscope((s) => selectPod(s).name);
  const cursor = usePodscope((s) => s.cursor);
  const events = usePodscope(selectEventsUpToCursor);
  const newest = events[events.length - 1];
  const { status, ready, restarts } = snapshot.kubectl;
  return (
    <div className="embed-status">
      <div role="status" aria-label="Pod status" aria-live="off" className="embed-status-line">
        <code>{podName}</code> <strong className="embed-status-text">{status}</strong> <span>{snapshot.phase}</span>{' '}
        <span className="embed-muted">
          ready {ready} · restarts {restarts} · at {seconds(cursor)}
        </span>
      </div>
      <p className="embed-newest" aria-live="polite" aria-atomic="true">
        {newest ? (
          <>
            <span className="embed-muted">{seconds(newest.t)}</span> {newest.message}
          </>
        ) : (
          'Nothing has happened yet. Press Play or Step forward.'
        )}
        <span className="visually-hidden">
          {' '}
          Pod {status}, {snapshot.phase}.
        </span>
      </p>
    </div>
  );
}
