// A slider over the simulated time, with a tick for each moment something happens. The thumb and the time follow
// the cursor at frame rate while playing, so they are written straight into the page (usePodscopeWrite); React
// renders the slider again only when the timeline's end changes.
import { memo, useRef } from 'react';
import { selectCursorTenths, selectEventTimes, selectTimeline } from '../../store/selectors';
import { usePodscope, usePodscopeWrite } from '../../store/use-podscope';
import { formatPodTime } from '../../core/sim/format-pod-time';

const writeTime = (element: Element, tenths: number) => void (element.textContent = formatPodTime(tenths / 10));

export function TimelineScrubber() {
  const seek = usePodscope((s) => s.seek);
  const end = usePodscope((s) => selectTimeline(s).end);
  const slider = useRef<HTMLInputElement>(null);
  const now = useRef<HTMLOutputElement>(null);
  usePodscopeWrite(now, selectCursorTenths, writeTime, []);
  // After a render with a new end (max), so the value is never clamped to an old one. In tenths, the slider's step:
  // a finer value would be rounded to them anyway, and writing a range input's value costs about 75 µs a time.
  usePodscopeWrite(slider, selectCursorTenths, (input, tenths) => void (input.value = String(tenths / 10)), [end]);
  usePodscopeWrite(
    slider,
    (s) => `${formatPodTime(Math.round(s.cursor))} of ${formatPodTime(end)}`,
    (input, text) => input.setAttribute('aria-valuetext', text),
    [end],
  );

  return (
    <div className="scrubber">
      <label htmlFor="timeline-scrubber" className="scrubber-label">
        Time <output className="scrubber-now" ref={now} />
        <span className="scrubber-end"> of {formatPodTime(end)}</span>
      </label>
      <div className="scrubber-track">
        <input
          id="timeline-scrubber"
          type="range"
          min={0}
          max={end}
          step={0.1}
          ref={slider}
          defaultValue={0}
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
