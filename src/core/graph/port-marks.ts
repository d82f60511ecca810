// Where a pod's ports show: POD_IP:PORT on the pod boundary (left side), localhost:PORT on the bus under or over the
// container that listens there. Marks under one lane column share its width and alternate label lines.
import type { Flow } from '../patterns/flow-types';
import { allContainers, type ContainerModel, type PodModel } from '../spec/pod-model';
import type { BusPortMark, PodPortMark } from './graph-types';
import { CONTAINER, MAX_COLUMNS } from './lane-layout';
import { portKey, type PortConflict } from './port-conflicts';

type Protocol = 'TCP' | 'UDP' | 'SCTP';

/** One POD_IP:PORT per declared port and protocol, in spec order, with every container declaring it. */
export function podPortMarks(pod: PodModel, ip: string, conflicts: PortConflict[]): PodPortMark[] {
  const marks: PodPortMark[] = [];
  const byKey = new Map<string, PodPortMark>();
  const clashing = new Set(conflicts.map((k) => portKey(k.port, k.protocol)));
  for (const c of allContainers(pod)) {
    for (const p of c.ports) {
      const key = portKey(p.containerPort, p.protocol);
      const existing = byKey.get(key);
      if (existing) {
        if (!existing.containers.includes(c.name)) existing.containers.push(c.name);
        continue;
      }
      const id = `pod-port-${p.containerPort}-${p.protocol}`;
      const mark: PodPortMark = {
        port: p.containerPort,
        protocol: p.protocol,
        label: `${ip}:${p.containerPort}`,
        containers: [c.name],
        conflict: clashing.has(key),
        offset: 0, // set once the frame is known
        handleIn: `${id}-in`,
        handleOut: `${id}-out`,
      };
      marks.push(mark);
      byKey.set(key, mark);
    }
  }
  return marks;
}

export interface BusSlot {
  container: string;
  port: number;
  protocol: Protocol;
  declared: boolean;
  side: 'top' | 'bottom';
  /** Index in its lane; the column is index % MAX_COLUMNS. */
  index: number;
  slot: number;
  of: number;
  line: number;
}

/**
 * A lane's localhost ports: declared ones, then ones only a localhost flow names (read from args). The m marks under
 * one column sit at (k + 1) / (m + 1) of its width, labels alternating over ceil(m / 2) lines.
 */
export function busSlots(lane: ContainerModel[], side: 'top' | 'bottom', flows: Flow[]): BusSlot[] {
  const reached = new Map<string, { port: number; protocol: Protocol }[]>();
  for (const f of flows) {
    if (f.via?.kind !== 'localhost' || f.to.kind !== 'container') continue;
    reached.set(f.to.name, [...(reached.get(f.to.name) ?? []), { port: f.via.port, protocol: f.via.protocol }]);
  }
  const inputs = lane.flatMap((c, index) => {
    const ports = c.ports.map((p) => ({ container: c.name, port: p.containerPort, protocol: p.protocol, declared: true, side, index }));
    for (const via of reached.get(c.name) ?? []) {
      if (ports.some((p) => p.port === via.port && p.protocol === via.protocol)) continue;
      ports.push({ container: c.name, port: via.port, protocol: via.protocol, declared: false, side, index });
    }
    return ports;
  });
  const columns = new Map<number, typeof inputs>();
  for (const input of inputs) {
    const column = columns.get(input.index % MAX_COLUMNS) ?? [];
    column.push(input);
    columns.set(input.index % MAX_COLUMNS, column);
  }
  return inputs.map((input) => {
    const column = columns.get(input.index % MAX_COLUMNS) ?? [input];
    const slot = column.indexOf(input);
    return { ...input, slot, of: column.length, line: slot % Math.ceil(column.length / 2) };
  });
}

export function busLines(slots: BusSlot[]): number {
  return slots.reduce((lines, s) => Math.max(lines, s.line + 1), 0);
}

/** The marks, once containers are placed; `containerX` is a container's x in the pod, `busX` the bus's. */
export function busPortMarks(slots: BusSlot[], containerX: (name: string) => number, busX: number, clashes: Set<string>): BusPortMark[] {
  return slots.map((s) => {
    const id = `localhost-${s.container}-${s.port}-${s.protocol}`;
    return {
      port: s.port,
      protocol: s.protocol,
      container: s.container,
      label: `localhost:${s.port}`,
      declared: s.declared,
      conflict: clashes.has(`${s.container}|${portKey(s.port, s.protocol)}`),
      side: s.side,
      offset: containerX(s.container) - busX + ((s.slot + 1) * CONTAINER.width) / (s.of + 1),
      line: s.line,
      handleIn: `${id}-in`,
      handleOut: `${id}-out`,
    };
  });
}
