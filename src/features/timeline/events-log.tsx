// "Events": what happened up to the cursor, newest last, in the words of `kubectl describe pod`.
import { memo } from 'react';
import type { SimEvent } from '../../core/sim/types';
import { selectEventsUpToCursor } from '../../store/selectors';
import { usePodscopeNextFrame } from '../../store/use-podscope';
import { formatPodTime } from '../../core/sim/format-pod-time';
import { SimAssumptions } from './sim-assumptions';

/** A pod in CrashLoopBackOff for an hour has thousands of events; the log shows the newest ones. */
const SHOWN_EVENTS = 300;

export function EventsLog() {
  // Like the narration, one frame after the canvas (usePodscopeNextFrame).
  const events = usePodscopeNextFrame(selectEventsUpToCursor);
  return <EventsView events={events} />;
}

const EventsView = memo(function EventsView({ events }: { events: readonly SimEvent[] }) {
  const hidden = Math.max(0, events.length - SHOWN_EVENTS);

  return (
    <div className="events panel">
      <h2 className="panel-title" id="events-title">Events</h2>
      <div role="log" aria-label="Events" aria-live="polite" className="events-log">
        {events.length === 0 ? (
          <p className="events-empty">Nothing has happened yet. Press Play or Step forward.</p>
        ) : (
          // The newest event stays in view, as with `kubectl get events -w`: the scroller is pinned to its end by
          // CSS (.scroll-pinned-end), so adding a row on a playback frame never makes script read the layout.
          <div className="events-scroller scroll-pinned-end" tabIndex={0} role="region" aria-labelledby="events-title">
            <ol className="events-list">
              {hidden > 0 && <li className="events-hidden">{hidden} earlier events not shown</li>}
              {events.slice(hidden).map((e, i) => (
                <EventRow key={hidden + i} event={e} />
              ))}
            </ol>
          </div>
        )}
      </div>
      <SimAssumptions />
    </div>
  );
});

/**
 * One row. Compared by value: the events are the same objects while playing, but an edit brings a new timeline
 * whose first events are mostly the same again, and a 300-row log should not re-render for them.
 */
const sameEvent = (a: { event: SimEvent }, b: { event: SimEvent }) =>
  a.event === b.event ||
  (a.event.t === b.event.t && a.event.type === b.event.type && a.event.container === b.event.container && a.event.message === b.event.message);

const EventRow = memo(function EventRow({ event }: { event: SimEvent }) {
  return (
    <li className={`event event-${event.type}`}>
      <span className="event-time">{formatPodTime(event.t)}</span>
      <span className="event-type">{event.type}</span>
      <span className="event-container">{event.container ?? ''}</span>
      <span className="event-message">{event.message}</span>
    </li>
  );
}, sameEvent);
