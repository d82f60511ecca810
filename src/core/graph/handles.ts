// Connection points every node offers, so edges can be wired by id without the canvas measuring anything.
import type { HandleSpec, Side } from './graph-types';
import { UNDER_ROW } from './lane-layout';

const SIDES: Side[] = ['top', 'right', 'bottom', 'left'];

/** "top-in" (target) and "top-out" (source) at the middle of each side. */
export function sideHandles(width: number, height: number): HandleSpec[] {
  return SIDES.flatMap((side) => {
    const offset = side === 'top' || side === 'bottom' ? width / 2 : height / 2;
    return [
      { id: `${side}-in`, type: 'target' as const, side, offset },
      { id: `${side}-out`, type: 'source' as const, side, offset },
    ];
  });
}

/** A target and a source handle at one point, for a mark traffic passes through (a pod port, a localhost port). */
export function passThrough(id: string, side: Side, offset: number): HandleSpec[] {
  return [
    { id: `${id}-in`, type: 'target', side, offset },
    { id: `${id}-out`, type: 'source', side, offset },
  ];
}

/** A container's bottom handles for traffic routed under its row (in from the left, out to the right). */
export function underRowHandles(): HandleSpec[] {
  return [
    { id: 'under-in', type: 'target', side: 'bottom', offset: UNDER_ROW.inAt },
    { id: 'under-out', type: 'source', side: 'bottom', offset: UNDER_ROW.outAt },
  ];
}
