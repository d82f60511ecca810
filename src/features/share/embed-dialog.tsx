// "Embed": a native modal <dialog> (focus moves in, Escape closes, focus returns) with the iframe snippet for what
// is on screen and a button that copies it.
import { useRef, useState } from 'react';
import { selectPod } from '../../store/selectors';
import { podscopeStore, usePodscope } from '../../store/use-podscope';
import { loadLinkCodec } from '../../store/link-codec';
import { embedLink } from '../../store/url-sync';
import { copyText } from './copy-text';
import { embedSnippet } from './embed-snippet';
import { longLinkWarning } from './link-length';
import './share.css';

export function EmbedButton() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [src, setSrc] = useState('');
  const [copied, setCopied] = useState<boolean | null>(null);
  // The title names the pod on screen, read as it is now: a dialog opened before a linked pod's analysis arrived
  // would otherwise keep the empty pod's name.
  const podName = usePodscope((s) => selectPod(s).name);
  const snippet = src ? embedSnippet(src, podName) : '';

  const open = async () => {
    await loadLinkCodec(); // loaded after the first paint, so normally there already: the short z= form
    setSrc(embedLink(podscopeStore));
    setCopied(null);
    dialog.current?.showModal();
  };
  const copy = async () => setCopied(await copyText(snippet));
  const warning = longLinkWarning(snippet);

  return (
    <>
      <button type="button" onClick={() => void open()} aria-haspopup="dialog">
        Embed
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby="embed-dialog-title">
        <h2 id="embed-dialog-title">Embed this pod</h2>
        <p>
          Paste this into a web page, or into a Markdown or MDX post: it shows the pod, the playback controls and the
          narration, at the time and with the scenario on screen now.
        </p>
        <label className="embed-dialog-code">
          Embed code
          <textarea readOnly rows={5} value={snippet} onFocus={(e) => e.currentTarget.select()} />
        </label>
        {warning && <p className="copy-link-warning">{warning}</p>}
        <div className="embed-dialog-actions">
          <span role="status">{copied === true ? 'Code copied' : copied === false ? 'Select the code and copy it by hand' : ''}</span>
          <button type="button" onClick={() => void copy()}>
            Copy code
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
      </dialog>
    </>
  );
}
