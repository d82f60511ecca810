// "Export": the canvas as PNG or SVG, and the timeline as `kubectl get pod -w` text.
import { useState } from 'react';
import { kubectlWatchLines } from '../../core/sim/kubectl-watch';
import { selectGraph } from '../../store/graph-selectors';
import { selectPod, selectTimeline } from '../../store/selectors';
import { podscopeStore } from '../../store/use-podscope';
import { canvasImage, type ImageFormat } from './canvas-image';
import { downloadText, downloadUrl, fileNameFor } from './download-file';
import './export.css';

export function ExportMenu() {
  const [message, setMessage] = useState('');

  const exportImage = async (format: ImageFormat) => {
    const s = podscopeStore.getState();
    setMessage(`Making the ${format.toUpperCase()}…`);
    try {
      downloadUrl(await canvasImage(selectGraph(s), format), fileNameFor(selectPod(s).name, `.${format}`));
      setMessage(`${format.toUpperCase()} downloaded`);
    } catch {
      setMessage(`The ${format.toUpperCase()} could not be made.`);
    }
  };

  const exportWatch = () => {
    const s = podscopeStore.getState();
    const pod = selectPod(s);
    downloadText(`$ kubectl get pod ${pod.name} -w\n${kubectlWatchLines(pod, selectTimeline(s)).join('\n')}\n`, fileNameFor(pod.name, '-watch.txt'));
    setMessage('kubectl -w text downloaded');
  };

  return (
    <details className="export-menu">
      <summary>Export</summary>
      <div className="export-menu-items" role="group" aria-label="Export">
        <button type="button" onClick={() => void exportImage('png')}>
          Canvas as PNG
        </button>
        <button type="button" onClick={() => void exportImage('svg')}>
          Canvas as SVG
        </button>
        <button type="button" onClick={exportWatch}>
          Timeline as kubectl -w text
        </button>
        <span role="status" className="export-status">
          {message}
        </span>
      </div>
    </details>
  );
}
