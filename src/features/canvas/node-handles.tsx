// The connection points core/graph laid out for a node, as invisible boxes at their offsets, so edges meet the marks
// (a pod port, a localhost port, a bus tap) without the canvas measuring anything.
//
// Plain elements, not React Flow's <Handle>: each <Handle> subscribes to React Flow's store (for connecting, which
// this canvas never does), and a 50-container pod has about 800 of them, all asked again on every change of the
// canvas. React Flow reads a node's handles from its DOM when the node mounts (getHandleBounds: the `source` and
// `target` classes, data-handleid, data-handlepos and the box), so these carry exactly that and sit where React
// Flow's own handle CSS would put them: centred on the side, HANDLE_SIZE square.
import { memo, type CSSProperties } from 'react';
import type { HandleSpec } from '../../core/graph/graph-types';
import { HANDLE_SIZE } from './flow-elements';

const HALF = HANDLE_SIZE / 2;

function place(h: HandleSpec): CSSProperties {
  const along = h.offset - HALF;
  switch (h.side) {
    case 'top':
      return { left: along, top: -HALF };
    case 'bottom':
      return { left: along, bottom: -HALF };
    case 'left':
      return { top: along, left: -HALF };
    case 'right':
      return { top: along, right: -HALF };
  }
}

/**
 * Memo by value: a node re-renders when its state or its words change, its handles rarely do, and each edit brings
 * a new graph from the Worker (new arrays with the same handles).
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
    <div key={h.id} className={`canvas-handle ${h.type}`} data-handleid={h.id} data-handlepos={h.side} style={place(h)} />
  ));
}, sameHandles);
