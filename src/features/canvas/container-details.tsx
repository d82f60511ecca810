// The selected container's details, beside the canvas: its role and why, live state, a spec excerpt, its state
// history up to the cursor, and the "What if…" fault controls. A close button or Escape closes it.
import { useEffect, useId, useMemo } from 'react';
import { allContainers } from '../../core/spec/pod-model';
import { nodeId } from '../../core/graph/graph-types';
import { selectGraph, selectLiveContainer, selectRoleOf } from '../../store/graph-selectors';
import { selectEventsUpToCursor, selectPod } from '../../store/selectors';
import { usePodscope } from '../../store/use-podscope';
import { ContainerFaults } from './container-faults';
import { RoleBadge } from './role-badge';
import { argv, probeLines } from './spec-excerpt';
import { formatPodTime } from '../../core/sim/format-pod-time';
import { formatSeconds, STATE_ICON, stateTone } from './state-words';

const SOURCE_WORDS = {
  annotation: 'from the podscope.io/roles annotation',
  image: 'from its image',
  heuristic: 'from its ports, env and volumes',
  kind: 'from where it is in the spec',
} as const;

/** Move focus back to the container's node on the canvas, so a keyboard user carries on where they were. */
function focusNode(name: string): void {
  const node = document.querySelector(`.container-node[data-container="${CSS.escape(name)}"]`)?.closest<HTMLElement>('.react-flow__node');
  node?.focus();
}

/** Nothing selected, nothing rendered or subscribed to: the open panel follows every event while playing. */
export function ContainerDetails() {
  const name = usePodscope((s) => s.selectedContainer);
  return name === null ? null : <OpenContainerDetails name={name} />;
}

function OpenContainerDetails({ name }: { name: string }) {
  const selectContainer = usePodscope((s) => s.selectContainer);
  const pod = usePodscope(selectPod);
  const graph = usePodscope(selectGraph);
  const events = usePodscope(selectEventsUpToCursor);
  const live = usePodscope((s) => selectLiveContainer(s, nodeId.container(name)));
  const role = usePodscope((s) => selectRoleOf(s, name));
  const headingId = useId();
  const container = allContainers(pod).find((c) => c.name === name);
  const node = graph.nodes.find((n) => n.type === 'container' && n.data.name === name);
  const history = useMemo(() => events.filter((e) => e.container === name), [events, name]);
  // A pod without the selected container (it was renamed or removed) closes the panel.
  useEffect(() => {
    if (!container) selectContainer(null);
  }, [container, selectContainer]);

  if (!container || node?.type !== 'container') return null;
  const data = node.data;
  const close = () => {
    selectContainer(null);
    focusNode(name);
  };
  const tone = stateTone(live);
  const restartPolicy = container.kind === 'sidecar' ? 'Always (native sidecar)' : `${pod.restartPolicy} (the pod's)`;
  const probes = probeLines(container);

  return (
    <section
      className="container-details panel"
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          close();
        }
      }}
    >
      <div className="container-details-head">
        <h2 className="panel-title" id={headingId}>
          Container <code>{name}</code>
        </h2>
        <RoleBadge data={data} />
        <button type="button" className="container-details-close" onClick={close} aria-label="Close details">
          <span aria-hidden="true">✕</span> Close
        </button>
      </div>
      <p className="container-details-why">
        <strong>{data.roleLabel}</strong>
        {role?.reason ? `: ${role.reason}` : ''} <span className="muted">({SOURCE_WORDS[role?.source ?? 'kind']})</span>
      </p>
      <p className={`container-details-state tone-text-${tone}`}>
        <span aria-hidden="true">{STATE_ICON[tone]}</span> {live?.stateText ?? 'not created'} · {live?.ready ? 'ready' : 'not ready'} · restarts: {live?.restartCount ?? 0}
        {live?.backOffSeconds !== undefined && <> · back-off: restart in {formatSeconds(live.backOffSeconds)}</>}
      </p>
      <div className="container-details-body">
        <dl className="spec-excerpt">
          <dt>image</dt>
          <dd>
            <code>{container.image}</code> <span className="muted">(pull {container.imagePullPolicy})</span>
          </dd>
          {container.command.length > 0 && (
            <>
              <dt>command</dt>
              <dd>
                <code>{argv(container.command)}</code>
              </dd>
            </>
          )}
          {container.args.length > 0 && (
            <>
              <dt>args</dt>
              <dd>
                <code>{argv(container.args)}</code>
              </dd>
            </>
          )}
          <dt>ports</dt>
          <dd>
            {data.ports.length === 0
              ? 'none declared'
              : data.ports.map((p) => (
                  <span key={`${p.port}/${p.protocol}`} className={p.conflict ? 'is-conflict' : undefined}>
                    <code>
                      {p.port}/{p.protocol}
                    </code>
                    {p.name ? ` (${p.name})` : ''}
                    {p.conflict && (
                      <>
                        {' '}
                        <span aria-hidden="true">⚠</span> conflict
                      </>
                    )}{' '}
                  </span>
                ))}
          </dd>
          <dt>mounts</dt>
          <dd>
            {container.volumeMounts.length === 0
              ? 'none'
              : container.volumeMounts.map((m) => (
                  <span key={`${m.name}:${m.mountPath}`} className="mount">
                    <code>{m.name}</code> at <code>{m.mountPath}</code>
                    {m.readOnly ? ' (read-only)' : ''}{' '}
                  </span>
                ))}
          </dd>
          <dt>probes</dt>
          <dd>
            {probes.length === 0
              ? 'none'
              : probes.map((p) => (
                  <span key={p.kind} className="probe">
                    {p.kind}: {p.text}
                  </span>
                ))}
          </dd>
          <dt>restartPolicy</dt>
          <dd>{restartPolicy}</dd>
        </dl>
        <div className="state-history">
          <h3>State history</h3>
          {history.length === 0 ? (
            <p className="muted">Nothing yet at this point of the timeline.</p>
          ) : (
            // Newest last, as in the events log, and kept in view by CSS as the cursor moves on (.scroll-pinned-end).
            // Scrolls when long (a crash loop), so it takes focus for keyboard scrolling.
            <div className="state-history-scroller scroll-pinned-end" role="region" aria-label={`State history of ${name}`} tabIndex={0}>
              <ol>
                {history.map((e, i) => (
                  <li key={i}>
                    <span className="history-time">{formatPodTime(e.t)}</span> <strong>{e.reason ?? e.type}</strong> {e.message}
                  </li>
                ))}
              </ol>
            </div>
          )}
        </div>
      </div>
      <ContainerFaults container={container} open />
    </section>
  );
}
