// "Copy link": a link to what is on screen (pod, scenario, time) goes to the clipboard, with a visible confirmation;
// when the clipboard is out of reach, the link is shown selected so it can be copied by hand. A pod spec too large
// for a link gets no link, and the reason in words with a way to share it as a file instead: never silence.
import { useEffect, useRef, useState } from 'react';
import { selectPod } from '../../store/selectors';
import { podscopeStore } from '../../store/use-podscope';
import { loadLinkCodec } from '../../store/link-codec';
import { appLink } from '../../store/url-sync';
import { downloadText, fileNameFor } from '../export/download-file';
import { copyText } from './copy-text';
import { longLinkWarning, noLinkReason } from './link-length';
import './share.css';

type Outcome = { kind: 'copied' | 'manual'; link: string; warning: string | null } | { kind: 'no-link'; reason: string };

function downloadSpec(): void {
  const s = podscopeStore.getState();
  downloadText(s.specText, fileNameFor(selectPod(s).name, '.yaml'));
}

export function CopyLinkButton() {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const manual = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (outcome?.kind === 'manual') manual.current?.select();
    if (outcome?.kind !== 'copied' || outcome.warning) return;
    const timer = setTimeout(() => setOutcome(null), 4000);
    return () => clearTimeout(timer);
  }, [outcome]);

  const copy = async () => {
    const reason = noLinkReason(podscopeStore.getState().specText);
    if (reason) {
      setOutcome({ kind: 'no-link', reason });
      return;
    }
    await loadLinkCodec(); // loaded after the first paint, so normally there already: the short z= form
    const link = appLink(podscopeStore);
    setOutcome({ kind: (await copyText(link)) ? 'copied' : 'manual', link, warning: longLinkWarning(link) });
  };

  return (
    <span className="copy-link">
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" className="copy-link-status">
        {outcome?.kind === 'copied' && <span className="copy-link-done">Link copied</span>}
        {outcome?.kind === 'manual' && (
          <label className="copy-link-manual">
            Copy this link:
            <input ref={manual} readOnly value={outcome.link} onBlur={() => setOutcome(null)} />
          </label>
        )}
        {outcome?.kind !== 'no-link' && outcome?.warning && <span className="copy-link-warning">{outcome.warning}</span>}
        {outcome?.kind === 'no-link' && <span className="copy-link-warning">{outcome.reason}</span>}
      </span>
      {outcome?.kind === 'no-link' && (
        <button type="button" onClick={downloadSpec}>
          Download the YAML file
        </button>
      )}
    </span>
  );
}
