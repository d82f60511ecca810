// The pod's boundary: its name and pod IP, shareProcessNamespace when set, and each POD_IP:PORT on its left edge
// (drawn in conflict, with an icon and words, when two containers declare the port).
import { memo } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import type { PodNodeData } from '../../core/graph/graph-types';

export type PodFlowNode = Node<PodNodeData, 'pod'>;

function PodNodeView({ data }: NodeProps<PodFlowNode>) {
  return (
    <div className="pod-node">
      <div className="pod-node-head">
        <span className="pod-node-tag">Pod</span>
        <strong className="pod-node-name">{data.name}</strong>
        <span className="pod-node-ip">IP {data.podIp}</span>
        {data.shareProcessNamespace && (
          <span className="pod-node-badge" title="spec.shareProcessNamespace: true">
            <span aria-hidden="true">⚙</span> shared process namespace
          </span>
        )}
      </div>
      {data.ports.map((m) => (
        <div key={m.handleIn} className={`pod-port${m.conflict ? ' is-conflict' : ''}`} style={{ top: m.offset }}>
          <span className="pod-port-label" title={`declared by ${m.containers.join(', ')}`}>
            {m.conflict && <span aria-hidden="true">⚠ </span>}
            {m.label}
            {m.protocol !== 'TCP' ? `/${m.protocol}` : ''}
          </span>
          {m.conflict && (
            <span className="pod-port-conflict" title={`declared by ${m.containers.join(' and ')}`}>
              conflict
            </span>
          )}
        </div>
      ))}
    </div>
  );
}

export const PodNode = memo(PodNodeView);
