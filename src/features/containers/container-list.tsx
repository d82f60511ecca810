// The pod's containers as a list, by kind (init, sidecar, app), with their live state at the cursor.
// The React Flow canvas replaces this view; the fault controls move into its details panel.
import type { ContainerModel, ContainerSnapshot } from '../../core/index';
import { selectPod, selectSnapshot, selectStale } from '../../store/selectors';
import { usePodscope } from '../../store/use-podscope';
import { ContainerFaults } from './container-faults';
import './containers.css';

const KIND_TITLE = { init: 'init container', sidecar: 'native sidecar', app: 'app container' } as const;

function stateText(c: ContainerSnapshot | undefined): string {
  if (!c) return 'not simulated';
  const detail = c.reason ? `: ${c.reason}` : '';
  const code = c.state === 'terminated' && c.exitCode !== undefined ? ` (exit ${c.exitCode})` : '';
  return `${c.state}${detail}${code}`;
}

export function ContainerList() {
  const pod = usePodscope(selectPod);
  const stale = usePodscope(selectStale);
  const snapshot = usePodscope(selectSnapshot);
  const cursor = usePodscope((s) => s.cursor);
  const all: ContainerModel[] = [...pod.initContainers, ...pod.containers];

  return (
    <div className={`containers panel${stale ? ' is-stale' : ''}`}>
      <h2 className="panel-title" id="containers-title">
        Containers {stale && <span className="stale-badge">(stale: the text has errors)</span>}
      </h2>
      {all.length === 0 ? (
        <p className="containers-empty">No containers yet: add one under <code>spec.containers</code>.</p>
      ) : (
        <ol className="container-list" aria-label="Containers">
          {all.map((c) => {
            const live = snapshot.containers.find((s) => s.name === c.name);
            const state = stateText(live);
            const backOff = live?.backOffUntil !== undefined ? Math.max(0, Math.ceil(live.backOffUntil - cursor)) : null;
            return (
              <li key={`${c.kind}-${c.name}`} className={`container container-${c.kind} state-${live?.state ?? 'none'}`}>
                <article aria-label={`${c.name}, ${KIND_TITLE[c.kind]}, ${state}`}>
                  <div className="container-head">
                    <span className="container-kind">
                      {c.kind === 'init' ? `init ${c.index + 1}` : c.kind === 'sidecar' ? 'sidecar' : 'app'}
                    </span>
                    <strong className="container-name">{c.name}</strong>
                    <code className="container-image">{c.image}</code>
                  </div>
                  <div className="container-live">
                    <span className={`container-state state-text-${live?.state ?? 'none'}`}>
                      <span aria-hidden="true">{live?.state === 'running' ? '●' : live?.state === 'terminated' ? '■' : '◌'} </span>
                      {state}
                    </span>
                    {live && <span>{live.ready ? 'ready' : 'not ready'}</span>}
                    {live && <span>restarts: {live.restartCount}</span>}
                    {backOff !== null && <span className="container-backoff">back-off: restart in {backOff} s</span>}
                  </div>
                  {c.ports.length > 0 && (
                    <div className="container-ports">
                      ports: {c.ports.map((p) => `${p.containerPort}/${p.protocol}${p.name ? ` (${p.name})` : ''}`).join(', ')}
                    </div>
                  )}
                  <ContainerFaults container={c} />
                </article>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
