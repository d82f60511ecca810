// A container on the canvas: name, image, role (why, as a tooltip), and its live state at the cursor (state,
// reason, exit code, ready, restarts, back-off countdown), read straight from the store so that stepping
// re-renders only the nodes whose state changed: React Flow's node objects stay the same while the cursor moves.
// The accessible name (DESIGN.md: name, role, state) is the node's text for screen readers, kept here with the
// state it names; the visible words are hidden from them, since the name says it all.
import { memo } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import type { ContainerNodeData } from '../../core/graph/graph-types';
import { RoleBadge } from './role-badge';
import { exitText, formatSeconds, STATE_ICON, stateTone, stateWords } from './state-words';
import { clipIfLong, FITS } from './text-fit';
import { useLiveContainer } from './use-live-container';

export type ContainerFlowNode = Node<ContainerNodeData, 'container'>;

function ContainerNodeView({ data, selected }: NodeProps<ContainerFlowNode>) {
  const live = useLiveContainer(data.name);
  const tone = stateTone(live);
  const words = stateWords(live);
  const classes = ['container-node', `tone-${tone}`, `kind-${data.containerKind}`];
  if (live?.faded) classes.push('is-faded');
  if (selected) classes.push('is-selected');
  if (data.conflict) classes.push('has-conflict');
  return (
    <div className={classes.join(' ')} data-container={data.name}>
      <span className="visually-hidden">{live?.ariaLabel ?? data.name}</span>
      <div className="container-node-head" aria-hidden="true">
        <RoleBadge data={data} />
        {data.containerKind === 'sidecar' && (
          <span className="sidecar-mark" title="a native sidecar: an init container with restartPolicy: Always, started before the app containers and kept running beside them">
            <span aria-hidden="true">⟲</span> native
          </span>
        )}
        {data.conflict && (
          <span className="conflict-mark" title="another container declares the same port">
            <span aria-hidden="true">⚠</span> port conflict
          </span>
        )}
      </div>
      <div className={`container-node-name${clipIfLong(data.name, FITS.name)}`} aria-hidden="true">{data.name}</div>
      <div className={`container-node-image${clipIfLong(data.image, FITS.image)}`} title={data.image} aria-hidden="true">
        {data.image}
      </div>
      <div className={`container-node-state tone-text-${tone}${clipIfLong(words, FITS.state)}`} aria-hidden="true">
        <span aria-hidden="true">{live?.faded ? '✔' : live?.reason === 'CrashLoopBackOff' ? '↻' : STATE_ICON[tone]}</span> {words}
      </div>
      <div className="container-node-meta" aria-hidden="true">
        {exitText(live) && <span className={`tone-text-${tone}`}>{exitText(live)}</span>}
        <span>{live?.ready ? '✓ ready' : '✗ not ready'}</span>
        <span>
          <span aria-hidden="true">↻</span> {live?.restartCount ?? 0} {live?.restartCount === 1 ? 'restart' : 'restarts'}
        </span>
      </div>
      {live?.backOffSeconds !== undefined && (
        <div className="container-node-backoff" aria-hidden="true">
          <span aria-hidden="true">◷</span> back-off: restart in {formatSeconds(live.backOffSeconds)}
        </div>
      )}
    </div>
  );
}

export const ContainerNode = memo(ContainerNodeView);
