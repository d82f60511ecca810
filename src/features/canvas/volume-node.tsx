// A pod volume (emptyDir, configMap, …) as its own node; the containers' mounts reach it as edges labelled by path.
import { memo } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import type { VolumeNodeData } from '../../core/graph/graph-types';

export type VolumeFlowNode = Node<VolumeNodeData, 'volume'>;

function VolumeNodeView({ data }: NodeProps<VolumeFlowNode>) {
  return (
    <div className={`volume-node${data.volumeType === 'unknown' ? ' is-unknown' : ''}`}>
      <span className="volume-node-tag">
        <span aria-hidden="true">▤</span> volume
      </span>
      <strong className="volume-node-name">{data.name}</strong>
      <span className="volume-node-type">{data.detail ?? data.volumeType}</span>
    </div>
  );
}

export const VolumeNode = memo(VolumeNodeView);
