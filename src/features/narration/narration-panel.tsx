// "Narration": what happened at the cursor, why, the Kubernetes rule behind it, and a kubernetes.io page.
// The words come from core/narration; this component only shows them. A polite live region repeats the "what"
// once per step (not while playing, so playback does not flood a screen reader; the Events log covers that).
import { memo, useId } from 'react';
import type { NarrationAt } from '../../core/narration/narration-at';
import { usePodscope, usePodscopeNextFrame } from '../../store/use-podscope';
import { formatPodTime } from '../../core/sim/format-pod-time';
import { selectNarration } from './narration-selectors';
import './narration.css';

export function NarrationPanel() {
  // One frame after the canvas (usePodscopeNextFrame): the words explain the picture, they need not share its frame.
  const current = usePodscopeNextFrame(selectNarration);
  const playing = usePodscope((s) => s.playing);
  return <NarrationView current={current} playing={playing} />;
}

const NarrationView = memo(function NarrationView({ current, playing }: { current: NarrationAt | null; playing: boolean }) {
  // A unique id: the embed and presentation views may show this panel beside other copies of the page's parts.
  const titleId = useId();

  return (
    <section className="narration panel" aria-labelledby={titleId}>
      <h2 className="panel-title narration-head" id={titleId}>
        Narration
        {current && (
          <span className="narration-when">
            at {formatPodTime(current.event.t)} · <span className="narration-type">{current.event.type}</span>
            {current.event.container && <> · <code>{current.event.container}</code></>}
          </span>
        )}
      </h2>
      {current ? (
        <>
          <p className="narration-what">{current.narration.what}</p>
          {current.narration.why && <p className="narration-why">{current.narration.why}</p>}
          {current.alsoNow.length > 0 && (
            <div className="narration-also">
              <span className="narration-also-label">Also in this second:</span>
              <ul>
                {current.alsoNow.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </div>
          )}
          <p className="narration-rule">
            <span className="narration-rule-label">Kubernetes rule</span> {current.narration.rule}
          </p>
          <p className="narration-docs">
            <a href={current.narration.docs.url} target="_blank" rel="noreferrer">
              {current.narration.docs.title}
              <span className="visually-hidden"> (kubernetes.io, opens in a new tab)</span>
            </a>
          </p>
        </>
      ) : (
        <p className="narration-what">Press Step forward to see what the kubelet does first.</p>
      )}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {!playing && current ? current.narration.what : ''}
      </p>
    </section>
  );
});
