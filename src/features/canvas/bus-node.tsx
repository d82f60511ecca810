// The pod's shared network namespace as a `localhost` bus: every container taps into it, and each port a
// container listens on shows as localhost:PORT over or under it (in conflict, with an icon and words, when shared).
import { memo } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import type { BusNodeData } from '../../core/graph/graph-types';

export type BusFlowNode = Node<BusNodeData, 'bus'>;

/** Matches core's BUS_LINE: one label line of the bus. */
const LINE = 18;

function BusNodeView({ data }: NodeProps<BusFlowNode>) {
  return (
    <div className="bus-node">
      <span className="bus-node-title">localhost</span>
      {data.ports.map((m) => (
        <span
          key={m.handleIn}
          className={`bus-port side-${m.side}${m.conflict ? ' is-conflict' : ''}${m.declared ? '' : ' is-undeclared'}`}
          style={{ left: m.offset, [m.side]: 3 + m.line * LINE }}
          title={`${m.container} listens on ${m.label}${m.declared ? '' : ' (read from its command line, not spec.ports)'}`}
        >
          {m.conflict && <span aria-hidden="true">⚠ </span>}
          {m.label}
          {m.conflict ? ' conflict' : ''}
        </span>
      ))}
    </div>
  );
}

export const BusNode = memo(BusNodeView);
