// The canvas's edges: init order (1 → 2 → 3), each container on the localhost bus, volume mounts, and the flows,
// a flow through the pod IP or localhost drawn as two edges (to the mark, then on) sharing its flowId.
import { assertNever } from '../assert-never';
import type { Flow, NodeRef } from '../patterns/flow-types';
import type { ContainerModel } from '../spec/pod-model';
import { nodeId, type BusPortMark, type PodGraphEdge, type PodPortMark } from './graph-types';

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

/** Flow edges other than volume flows (those are their mount edges). */
export function flowEdges(flows: Flow[], podPorts: PodPortMark[], busPorts: BusPortMark[], place: Placement): PodGraphEdge[] {
  const podPortByKey = new Map(podPorts.map((m) => [`${m.port}/${m.protocol}`, m]));
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
        return [
          { ...base, id: `${f.id}#outside`, source: refId(f.from), target: nodeId.pod(), sourceHandle: 'right-out', targetHandle: mark.handleIn, label: f.label },
          { ...base, id: `${f.id}#inside`, source: nodeId.pod(), target: refId(f.to), sourceHandle: mark.handleOut, targetHandle: 'left-in', label: '' },
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
    return [{ ...base, id: f.id, source: refId(f.from), target: refId(f.to), sourceHandle: 'right-out', targetHandle: 'left-in', label: f.label }];
  });
}
