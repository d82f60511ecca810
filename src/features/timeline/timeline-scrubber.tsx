// A slider over the simulated time, with a tick for each moment something happens.
import { memo } from 'react';
import { selectEventTimes, selectTimeline } from '../../store/selectors';
import { usePodscope } from '../../store/use-podscope';
import { formatPodTime } from '../../core/sim/format-pod-time';

export function TimelineScrubber() {
  const cursor = usePodscope((s) => s.cursor);
  const seek = usePodscope((s) => s.seek);
  const end = usePodscope((s) => selectTimeline(s).end);

  return (
    <div className="scrubber">
      <label htmlFor="timeline-scrubber" className="scrubber-label">
        Time <output className="scrubber-now">{formatPodTime(Math.round(cursor * 10) / 10)}</output>
        <span className="scrubber-end"> of {formatPodTime(end)}</span>
      </label>
      <div className="scrubber-track">
        <input
          id="timeline-scrubber"
          type="range"
          min={0}
          max={end}
          step={0.1}
          value={cursor}
          aria-valuetext={`${formatPodTime(Math.round(cursor))} of ${formatPodTime(end)}`}
          onChange={(e) => seek(Number(e.target.value))}
        />
        <ScrubberTicks end={end} />
      </div>
    </div>
  );
}

/** The ticks change with the timeline, not with the cursor: apart, so playback frames leave them alone. */
const ScrubberTicks = memo(function ScrubberTicks({ end }: { end: number }) {
  const times = usePodscope(selectEventTimes);
  const span = Math.max(end, 1);
  return (
    <div className="scrubber-ticks" aria-hidden="true">
      {times.map((t) => (
        <span key={t} className="scrubber-tick" style={{ left: `${(t / span) * 100}%` }} />
      ))}
    </div>
  );
});
