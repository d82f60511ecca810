// "Copy link": a link to what is on screen (pod, scenario, time) goes to the clipboard, with a visible confirmation;
// when the clipboard is out of reach, the link is shown selected so it can be copied by hand.
import { useEffect, useRef, useState } from 'react';
import { podscopeStore } from '../../store/use-podscope';
import { appLink } from '../../store/url-sync';
import { copyText } from './copy-text';
import { longLinkWarning } from './link-length';
import './share.css';

type Outcome = { copied: boolean; link: string; warning: string | null };

export function CopyLinkButton() {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const manual = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (outcome && !outcome.copied) manual.current?.select();
    if (!outcome?.copied || outcome.warning) return;
    const timer = setTimeout(() => setOutcome(null), 4000);
    return () => clearTimeout(timer);
  }, [outcome]);

  const copy = async () => {
    const link = appLink(podscopeStore);
    setOutcome({ copied: await copyText(link), link, warning: longLinkWarning(link) });
  };

  return (
    <span className="copy-link">
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" className="copy-link-status">
        {outcome?.copied && <span className="copy-link-done">Link copied</span>}
        {outcome && !outcome.copied && (
          <label className="copy-link-manual">
            Copy this link:
            <input ref={manual} readOnly value={outcome.link} onBlur={() => setOutcome(null)} />
          </label>
        )}
        {outcome?.warning && <span className="copy-link-warning">{outcome.warning}</span>}
      </span>
    </span>
  );
}
