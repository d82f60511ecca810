// The embed's one-line status: kubectl STATUS, phase and time, named "Pod status" as on the full page, and a
// polite live region that tells screen-reader users the status after each change (the narration says why).
import { useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatPodTime } from '../../core/sim/format-pod-time';
import { selectCursorTenths, selectPod, selectSnapshot } from '../../store/selectors';
import { usePodscope, usePodscopeWrite } from '../../store/use-podscope';
import { AnalysisProgress } from '../timeline/analysis-progress';

/** The time follows the cursor at frame rate: written without a render (usePodscopeWrite), in the words the full
 * page uses ("1 min 15 s"). */
const writeSeconds = (element: Element, tenths: number) => void (element.textContent = formatPodTime(tenths / 10));

export function EmbedStatus() {
  // The columns are strings: equal words, no re-render while the cursor moves between two changes.
  const { status, ready, restarts, phase } = usePodscope(
    useShallow((s) => {
      const snapshot = selectSnapshot(s);
      return { ...snapshot.kubectl, phase: snapshot.phase };
    }),
  );
  const podName = usePodscope((s) => selectPod(s).name);
  const time = useRef<HTMLSpanElement>(null);
  usePodscopeWrite(time, selectCursorTenths, writeSeconds, []);
  return (
    <div className="embed-status">
      <div role="status" aria-label="Pod status" aria-live="off" className="embed-status-line">
        <code>{podName}</code> <strong className="embed-status-text">{status}</strong>{' '}
        <span className="embed-muted">
          phase {phase} · ready {ready} · restarts {restarts} · at <span className="embed-time" ref={time} />
        </span>{' '}
        <AnalysisProgress />
      </div>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        Pod {status}, {phase}.
      </p>
    </div>
  );
}
