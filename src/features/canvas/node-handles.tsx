// The connection points core/graph laid out for a node, drawn as invisible React Flow handles at their offsets,
// so edges meet the marks (a pod port, a localhost port, a bus tap) without the canvas measuring anything.
import { memo } from 'react';
import { Handle, Position } from '@xyflow/react';
import type { HandleSpec, Side } from '../../core/graph/graph-types';

const POSITION: Record<Side, Position> = { top: Position.Top, right: Position.Right, bottom: Position.Bottom, left: Position.Left };

/**
 * Memo by value: a node re-renders when its state or its words change, its handles rarely do, and each edit brings
 * a new graph from the Worker (new arrays with the same handles). A canvas of 200 containers has 1,800 handles.
 */
const sameHandles = (a: { handles: HandleSpec[] }, b: { handles: HandleSpec[] }) =>
  a.handles === b.handles ||
  (a.handles.length === b.handles.length &&
    a.handles.every((h, i) => {
      const o = b.handles[i];
      return o !== undefined && h.id === o.id && h.type === o.type && h.side === o.side && h.offset === o.offset;
    }));

export const NodeHandles = memo(function NodeHandles({ handles }: { handles: HandleSpec[] }) {
  return handles.map((h) => (
    <Handle
      key={h.id}
      id={h.id}
      type={h.type}
      position={POSITION[h.side]}
      isConnectable={false}
      className="canvas-handle"
      style={h.side === 'top' || h.side === 'bottom' ? { left: h.offset } : { top: h.offset }}
    />
  ));
}, sameHandles);
