// Play/Pause, step, reset and speed: the names are a contract (DESIGN.md, "The page's contract").
import { SPEEDS, type Speed } from '../../store/playback-slice';
import { selectAtEnd, selectAtStart } from '../../store/selectors';
import { usePodscope } from '../../store/use-podscope';
import { formatPodTime } from '../../core/sim/format-pod-time';
import './timeline.css';

export function PlaybackControls() {
  const playing = usePodscope((s) => s.playing);
  const speed = usePodscope((s) => s.speed);
  const skipped = usePodscope((s) => s.skipped);
  const atEnd = usePodscope(selectAtEnd);
  const atStart = usePodscope(selectAtStart);
  const togglePlay = usePodscope((s) => s.togglePlay);
  const stepForward = usePodscope((s) => s.stepForward);
  const stepBack = usePodscope((s) => s.stepBack);
  const reset = usePodscope((s) => s.reset);
  const setSpeed = usePodscope((s) => s.setSpeed);

  return (
    <div className="playback panel" role="group" aria-label="Playback">
      <button type="button" onClick={reset} disabled={atStart} title="Reset (Home)">
        <span aria-hidden="true">↺ </span>Reset
      </button>
      <button type="button" onClick={stepBack} disabled={atStart} title="Step back (←)">
        <span aria-hidden="true">◀ </span>Step back
      </button>
      <button type="button" className="playback-play" onClick={togglePlay} title="Play or pause (space)">
        {playing ? (
          <><span aria-hidden="true">⏸ </span>Pause</>
        ) : (
          <><span aria-hidden="true">▶ </span>Play</>
        )}
      </button>
      <button type="button" onClick={stepForward} disabled={atEnd} title="Step forward (→)">
        Step forward<span aria-hidden="true"> ▶</span>
      </button>
      <label className="playback-speed">
        Speed
        <select value={speed} onChange={(e) => setSpeed(Number(e.target.value) as Speed)}>
          {SPEEDS.map((v) => (
            <option key={v} value={v}>
              {v}×
            </option>
          ))}
        </select>
      </label>
      {skipped && (
        <span className="playback-skipped" role="status">
          Skipped {formatPodTime(skipped.to - skipped.from)} where nothing happens
        </span>
      )}
    </div>
  );
}
