// A container as the presentation draws it, for a room rather than a desk: name, live state and role only (no image,
// no tooltip-sized marks), so the few words left can be large; then ready and restarts where there is room. The state shows the kubelet's reason when there is one
// (ContainerCreating, CrashLoopBackOff, Completed), else the state; icon and colour say waiting, running or done, as
// on the page, and the node's accessible name (hidden text, as in canvas/container-node.tsx) keeps the full words.
import { Fragment, memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { ContainerFlowNode } from '../canvas/container-node';
import { RoleBadge } from '../canvas/role-badge';
import { useLiveContainer } from '../canvas/use-live-container';
import { exitText, formatSeconds, STATE_ICON, stateTone, stateWords } from '../canvas/state-words';

/** "CrashLoopBackOff" may break as Crash·Loop·Back·Off when a narrow node needs two lines, never mid-word. */
function breakableWord(word: string) {
  const parts = word.split(/(?<=[a-z])(?=[A-Z])/);
  return parts.map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}

function PresentContainerNodeView({ data, selected }: NodeProps<ContainerFlowNode>) {
  const live = useLiveContainer(data.name);
  const tone = stateTone(live);
  const classes = ['container-node', 'present-node', `tone-${tone}`, `kind-${data.containerKind}`];
  if (live?.faded) classes.push('is-faded');
  if (selected) classes.push('is-selected');
  if (data.conflict) classes.push('has-conflict');
  const icon = live?.faded ? '✔' : live?.reason === 'CrashLoopBackOff' ? '↻' : STATE_ICON[tone];
  const word = !live || live.state === 'absent' ? 'not created' : (live.reason ?? live.state);
  const exit = exitText(live);
  return (
    <div className={classes.join(' ')} data-container={data.name}>
      <span className="visually-hidden">{live?.ariaLabel ?? data.name}</span>
      <div className="present-node-name" aria-hidden="true">{data.name}</div>
      <div className={`present-node-state tone-text-${tone}`} title={stateWords(live)} aria-hidden="true">
        <span aria-hidden="true">{icon}</span> {breakableWord(word)}
      </div>
      <div className="present-node-role" aria-hidden="true">
        <RoleBadge data={data} />
        {/* The mark alone: the role's word needs the width. */}
        {data.containerKind === 'sidecar' && (
          <span className="present-node-mark" title="a native sidecar: an init container with restartPolicy: Always">
            <span aria-hidden="true">⟲</span>
            <span className="visually-hidden">native sidecar</span>
          </span>
        )}
        {data.conflict && <span className="present-node-mark is-conflict">⚠ port conflict</span>}
      </div>
      <div className="present-node-meta" aria-hidden="true">
        {live?.backOffSeconds !== undefined ? (
          <span className="tone-text-failed">restart in {formatSeconds(live.backOffSeconds)}</span>
        ) : (
          <>
            {exit && <span className={`tone-text-${tone}`}>{exit}</span>}
            <span>{live?.ready ? '✓ ready' : '✗ not ready'}</span>
            <span title="restarts">
              <span aria-hidden="true">↻</span> {live?.restartCount ?? 0}
            </span>
          </>
        )}
      </div>
    </div>
  );
}

export const PresentContainerNode = memo(PresentContainerNodeView);
