// Something outside the pod the spec implies: a client of its ports, the service an ambassador proxies to, a log
// backend, monitoring that scrapes an adapter, a content source. Dashed, to read as "not in the pod".
import { memo } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import type { ExternalNodeData } from '../../core/graph/graph-types';
import type { ExternalKind } from '../../core/patterns/flow-types';

export type ExternalFlowNode = Node<ExternalNodeData, 'external'>;

export const EXTERNAL_WORDS: Record<ExternalKind, { icon: string; words: string }> = {
  client: { icon: '☺', words: 'client' },
  service: { icon: '⛁', words: 'external service' },
  'log-backend': { icon: '☰', words: 'log backend' },
  monitoring: { icon: '◔', words: 'monitoring' },
  source: { icon: '⇩', words: 'content source' },
};

function ExternalNodeView({ data }: NodeProps<ExternalFlowNode>) {
  const kind = EXTERNAL_WORDS[data.external];
  return (
    <div className={`external-node external-${data.external}`}>
      <span className="external-node-tag">
        <span aria-hidden="true">{kind.icon}</span> {kind.words}
      </span>
      <strong className="external-node-name">{data.label}</strong>
    </div>
  );
}

export const ExternalNode = memo(ExternalNodeView);
