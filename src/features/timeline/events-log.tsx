// "Events": what happened up to the cursor, newest last, in the words of `kubectl describe pod`.
import { useEffect, useRef } from 'react';
import { selectEventsUpToCursor } from '../../store/selectors';
import { usePodscope } from '../../store/use-podscope';
import { formatPodTime } from '../../core/sim/format-pod-time';
import { SimAssumptions } from './sim-assumptions';

/** A pod in CrashLoopBackOff for an hour has thousands of events; the log shows the newest ones. */
const SHOWN_EVENTS = 300;

export function EventsLog() {
  const events = usePodscope(selectEventsUpToCursor);
  const hidden = Math.max(0, events.length - SHOWN_EVENTS);
  const listRef = useRef<HTMLOListElement>(null);

  // Keep the newest event in view, as `kubectl get events -w` would.
  useEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [events.length]);

  return (
    <div className="events panel">
      <h2 className="panel-title" id="events-title">Events</h2>
      <div role="log" aria-label="Events" aria-live="polite" className="events-log">
        {events.length === 0 ? (
          <p className="events-empty">Nothing has happened yet. Press Play or Step forward.</p>
        ) : (
          <ol ref={listRef} className="events-list" tabIndex={0} aria-labelledby="events-title">
            {hidden > 0 && <li className="events-hidden">{hidden} earlier events not shown</li>}
            {events.slice(hidden).map((e, i) => (
              <li key={hidden + i} className={`event event-${e.type}`}>
                <span className="event-time">{formatPodTime(e.t)}</span>
                <span className="event-type">{e.type}</span>
                <span className="event-container">{e.container ?? ''}</span>
                <span className="event-message">{e.message}</span>
              </li>
            ))}
          </ol>
        )}
      </div>
      <SimAssumptions />
    </div>
  );
}
