// The canvas's edges: init order (1 → 2 → 3), each container on the localhost bus, volume mounts, and the flows,
// a flow through the pod IP or localhost drawn as two edges (to the mark, then on) sharing its flowId.
import { assertNever } from '../assert-never';
import type { Flow, NodeRef } from '../patterns/flow-types';
import type { ContainerModel } from '../spec/pod-model';
import { nodeId, type BusPortMark, type PodGraphEdge, type PodPortMark } from './graph-types';
import { UNDER_ROW } from './lane-layout';

/** Where a container sits: its lane (init above the bus, app below), row and column. */
export type Placement = Map<string, { x: number; y: number; lane: 'init' | 'app'; column: number; row: number }>;

export function orderEdges(initLane: ContainerModel[], place: Placement): PodGraphEdge[] {
  return initLane.slice(1).map((c, i) => {
    const prev = initLane[i] as ContainerModel;
    const sameRow = place.get(prev.name)?.row === place.get(c.name)?.row;
    return {
      id: `order:${prev.name}->${c.name}`,
      source: nodeId.container(prev.name),
      target: nodeId.container(c.name),
      sourceHandle: sameRow ? 'right-out' : 'bottom-out',
      targetHandle: sameRow ? 'left-in' : 'top-in',
      label: `${prev.index + 1} → ${c.index + 1}`,
      kind: 'order',
      shape: 'step',
    };
  });
}

/** Each container's bus-tap handle to its column's riser on the bus (lane-layout.ts: riserX). */
export function attachEdges(containers: ContainerModel[], place: Placement): PodGraphEdge[] {
  return containers.flatMap((c): PodGraphEdge[] => {
    const at = place.get(c.name);
    if (!at) return [];
    const side = at.lane === 'init' ? 'top' : 'bottom';
    return [{ id: `attach:${c.name}`, source: nodeId.container(c.name), target: nodeId.bus(), sourceHandle: 'bus-tap', targetHandle: `tap-${side}-${at.column}`, label: '', kind: 'attach', shape: 'step' }];
  });
}

/** One edge per mount, labelled by its path; a volume flow over it sets its direction and flowId. */
export function mountEdges(containers: ContainerModel[], flows: Flow[]): PodGraphEdge[] {
  const volumeFlows = new Map<string, Flow>();
  for (const f of flows) {
    if (f.kind === 'volume-write' && f.from.kind === 'container' && f.to.kind === 'volume') volumeFlows.set(`w|${f.from.name}|${f.to.name}`, f);
    if (f.kind === 'volume-read' && f.from.kind === 'volume' && f.to.kind === 'container') volumeFlows.set(`r|${f.to.name}|${f.from.name}`, f);
  }
  return containers.flatMap((c) =>
    c.volumeMounts.map((m): PodGraphEdge => {
      const write = volumeFlows.get(`w|${c.name}|${m.name}`);
      const read = volumeFlows.get(`r|${c.name}|${m.name}`);
      const base = {
        id: `mount:${c.name}:${m.name}:${m.mountPath}`,
        label: `${m.mountPath}${m.readOnly ? ' (read-only)' : ''}`,
        readOnly: m.readOnly,
        shape: 'step' as const,
      };
      if (read) {
        const ends = { source: nodeId.volume(m.name), target: nodeId.container(c.name), sourceHandle: 'top-out', targetHandle: 'bottom-in' };
        return { ...base, ...ends, flowId: read.id, kind: 'volume-read' };
      }
      const ends = { source: nodeId.container(c.name), target: nodeId.volume(m.name), sourceHandle: 'bottom-out', targetHandle: 'top-in' };
      return write ? { ...base, ...ends, flowId: write.id, kind: 'volume-write' } : { ...base, ...ends, kind: 'mount' };
    }),
  );
}

/**
 * Which containers have a row-mate on either side. A flow line drawn straight into a container's left side or out of
 * its right side would run behind that row-mate and read as a flow between the two, so such an end is moved under
 * the row instead (flowEdges).
 */
function rowNeighbours(place: Placement): { leftOf: (name: string) => boolean; rightOf: (name: string) => boolean } {
  const lastColumn = new Map<string, number>();
  for (const at of place.values()) {
    const row = `${at.lane}|${at.row}`;
    lastColumn.set(row, Math.max(lastColumn.get(row) ?? 0, at.column));
  }
  return {
    leftOf: (name) => (place.get(name)?.column ?? 0) > 0,
    rightOf: (name) => {
      const at = place.get(name);
      return at !== undefined && at.column < (lastColumn.get(`${at.lane}|${at.row}`) ?? 0);
    },
  };
}

function refId(ref: NodeRef): string {
  switch (ref.kind) {
    case 'container':
      return nodeId.container(ref.name);
    case 'volume':
      return nodeId.volume(ref.name);
    case 'external':
      return nodeId.external(ref.id);
    default:
      return assertNever(ref);
  }
}

/**
 * Flow edges other than volume flows (those are their mount edges). No line runs through a row-mate: traffic from a
 * POD_IP:PORT mark to a container that is not first in its row enters it from below, traffic out of the pod leaving
 * a container that is not last in its row leaves from below (its under-row handles, drawn as steps along two tracks
 * under the row, lane-layout.ts UNDER_ROW), and
 * localhost traffic with no port to mark on the bus goes between the containers' bus sides.
 */
export function flowEdges(flows: Flow[], podPorts: PodPortMark[], busPorts: BusPortMark[], place: Placement): PodGraphEdge[] {
  const podPortByKey = new Map(podPorts.map((m) => [`${m.port}/${m.protocol}`, m]));
  const mates = rowNeighbours(place);
  const busPortByKey = new Map(busPorts.map((m) => [`${m.container}|${m.port}/${m.protocol}`, m]));
  const facingBus = (ref: NodeRef, dir: 'in' | 'out') =>
    `${ref.kind === 'container' && place.get(ref.name)?.lane === 'init' ? 'bottom' : 'top'}-${dir}`;
  return flows.flatMap((f): PodGraphEdge[] => {
    if (f.kind === 'volume-write' || f.kind === 'volume-read') return [];
    const base = { flowId: f.id, kind: f.kind, shape: 'bezier' as const };
    const via = f.via;
    if (via?.kind === 'pod-port') {
      const mark = podPortByKey.get(`${via.port}/${via.protocol}`);
      if (mark) {
        const under = f.to.kind === 'container' && mates.leftOf(f.to.name);
        const inside = under ? { targetHandle: 'under-in', shape: 'step' as const, stepOffset: UNDER_ROW.inTrack } : { targetHandle: 'left-in' };
        return [
          { ...base, id: `${f.id}#outside`, source: refId(f.from), target: nodeId.pod(), sourceHandle: 'right-out', targetHandle: mark.handleIn, label: f.label },
          { ...base, id: `${f.id}#inside`, source: nodeId.pod(), target: refId(f.to), sourceHandle: mark.handleOut, label: '', ...inside },
        ];
      }
    }
    if (via?.kind === 'localhost' && f.to.kind === 'container') {
      const mark = busPortByKey.get(`${f.to.name}|${via.port}/${via.protocol}`);
      if (mark) {
        return [
          { ...base, id: `${f.id}#to-bus`, source: refId(f.from), target: nodeId.bus(), sourceHandle: facingBus(f.from, 'out'), targetHandle: mark.handleIn, label: f.label },
          { ...base, id: `${f.id}#from-bus`, source: nodeId.bus(), target: refId(f.to), sourceHandle: mark.handleOut, targetHandle: facingBus(f.to, 'in'), label: '' },
        ];
      }
    }
    if (f.kind === 'localhost' && f.from.kind === 'container' && f.to.kind === 'container') {
      // No localhost:PORT to mark (the listener declares only admin ports): still drawn over localhost, in the gap
      // between the row and the bus, not from one container's side to the other's through the containers between.
      const ends = { sourceHandle: facingBus(f.from, 'out'), targetHandle: facingBus(f.to, 'in'), shape: 'step' as const };
      return [{ ...base, id: f.id, source: refId(f.from), target: refId(f.to), label: f.label, ...ends }];
    }
    const leaving = (f.kind === 'egress' || f.kind === 'ship-out') && f.from.kind === 'container' && mates.rightOf(f.from.name);
    const start = leaving ? { sourceHandle: 'under-out', shape: 'step' as const, stepOffset: UNDER_ROW.outTrack } : { sourceHandle: 'right-out' };
    return [{ ...base, id: f.id, source: refId(f.from), target: refId(f.to), targetHandle: 'left-in', label: f.label, ...start }];
  });
}
