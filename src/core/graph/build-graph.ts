// PodModel + roles + flows → the canvas's nodes and edges, laid out once from the spec (lane-layout.ts): the live
// state at the cursor is applied separately (live-graph.ts), so nodes never move while stepping.
import type { Flow, NodeRef } from '../patterns/flow-types';
import type { RoleAssignment } from '../patterns/role-types';
import { allContainers, type ContainerModel, type PodModel, type VolumeModel } from '../spec/pod-model';
import { roleLabel } from './container-label';
import type { BusPortMark, ContainerNodeData, PodGraph, PodGraphEdge, PodGraphNode, PodPortMark } from './graph-types';
import { nodeId } from './graph-types';
import { passThrough, sideHandles } from './handles';
import { CONTAINER, EXTERNAL, GAP, POD_PORT_SPACING, VOLUME, podFrame, riserX, MAX_COLUMNS } from './lane-layout';
import { podIp } from './pod-ip';
import { portConflicts, portKey } from './port-conflicts';

type Protocol = 'TCP' | 'UDP' | 'SCTP';
interface BusPortInput { container: string; port: number; protocol: Protocol; declared: boolean; lane: 'init' | 'app'; index: number }

/** Each container's localhost ports: declared ones, then ones only a localhost flow names (read from args). */
function busPortInputs(lane: ContainerModel[], laneName: 'init' | 'app', flows: Flow[]): BusPortInput[] {
  return lane.flatMap((c, index) => {
    const ports: BusPortInput[] = c.ports.map((p) => ({ container: c.name, port: p.containerPort, protocol: p.protocol, declared: true, lane: laneName, index }));
    for (const f of flows) {
      if (f.via?.kind === 'localhost' && f.to.kind === 'container' && f.to.name === c.name && !ports.some((p) => p.port === f.via?.port && p.protocol === f.via.protocol)) {
        ports.push({ container: c.name, port: f.via.port, protocol: f.via.protocol, declared: false, lane: laneName, index });
      }
    }
    return ports;
  });
}

/** Marks in one lane column share its width; labels alternate over ceil(m/2) lines so they do not overlap. */
function columnSlots(inputs: BusPortInput[]): { input: BusPortInput; slot: number; of: number; line: number }[] {
  const byColumn = new Map<number, BusPortInput[]>();
  for (const input of inputs) byColumn.set(input.index % MAX_COLUMNS, [...(byColumn.get(input.index % MAX_COLUMNS) ?? []), input]);
  return inputs.map((input) => {
    const column = byColumn.get(input.index % MAX_COLUMNS) ?? [];
    const slot = column.indexOf(input);
    return { input, slot, of: column.length, line: slot % Math.ceil(column.length / 2) };
  });
}

function maxLines(slots: { line: number }[]): number {
  return slots.length === 0 ? 0 : Math.max(...slots.map((s) => s.line)) + 1;
}

/** Volumes in spec order, then any a mount names that spec.volumes lacks (so no edge dangles). */
function volumesOf(pod: PodModel): VolumeModel[] {
  const volumes = [...pod.volumes];
  for (const m of allContainers(pod).flatMap((c) => c.volumeMounts)) {
    if (!volumes.some((v) => v.name === m.name)) volumes.push({ name: m.name, type: 'unknown', detail: 'not in spec.volumes' });
  }
  return volumes;
}

export function buildGraph(pod: PodModel, roles: RoleAssignment[], flows: Flow[]): PodGraph {
  const ip = podIp(pod.name);
  const conflicts = portConflicts(pod);
  const clashes = new Set(conflicts.flatMap((c) => c.containers.map((name) => `${name}|${portKey(c.port, c.protocol)}`)));
  const initLane = pod.initContainers.filter((c) => c.kind === 'init');
  const appLane = [...pod.initContainers.filter((c) => c.kind === 'sidecar'), ...pod.containers];
  const volumes = volumesOf(pod);

  const podPorts: PodPortMark[] = [];
  for (const c of allContainers(pod)) {
    for (const p of c.ports) {
      const key = portKey(p.containerPort, p.protocol);
      const existing = podPorts.find((m) => portKey(m.port, m.protocol) === key);
      if (existing) {
        if (!existing.containers.includes(c.name)) existing.containers.push(c.name);
        continue;
      }
      const id = `pod-port-${p.containerPort}-${p.protocol}`;
      podPorts.push({ port: p.containerPort, protocol: p.protocol, label: `${ip}:${p.containerPort}`, containers: [c.name], conflict: conflicts.some((k) => portKey(k.port, k.protocol) === key), offset: 0, handleIn: `${id}-in`, handleOut: `${id}-out` });
    }
  }
  const initSlots = columnSlots(busPortInputs(initLane, 'init', flows));
  const appSlots = columnSlots(busPortInputs(appLane, 'app', flows));
  const topLines = maxLines(initSlots);
  const frame = podFrame({ init: initLane.length, app: appLane.length, volumes: volumes.length, podPorts: podPorts.length, busLines: topLines + maxLines(appSlots) });
  podPorts.forEach((m, i) => (m.offset = frame.podPortsTop + i * POD_PORT_SPACING));

  const externals = new Map<string, Extract<NodeRef, { kind: 'external' }>>();
  for (const f of flows) for (const ref of [f.from, f.to]) if (ref.kind === 'external' && !externals.has(ref.id)) externals.set(ref.id, ref);
  const left = [...externals.values()].filter((e) => e.external === 'client' || e.external === 'monitoring').sort((a, b) => (a.external === 'client' ? -1 : b.external === 'client' ? 1 : 0));
  const right = [...externals.values()].filter((e) => !left.includes(e));
  const podX = left.length > 0 ? EXTERNAL.width + GAP.external : 0;

  const nodes: PodGraphNode[] = [];
  const podId = nodeId.pod();
  nodes.push({
    id: podId, type: 'pod', position: { x: podX, y: 0 }, width: frame.width, height: frame.height,
    data: {
      name: pod.name, namespace: pod.namespace, podIp: ip, shareProcessNamespace: pod.shareProcessNamespace, restartPolicy: pod.restartPolicy, ports: podPorts,
      handles: [...sideHandles(frame.width, frame.height), ...podPorts.flatMap((m) => passThrough(m.handleIn.replace(/-in$/, ''), 'left', m.offset))],
      ariaLabel: `Pod ${pod.name}, IP ${ip}${pod.shareProcessNamespace ? ', shared process namespace' : ''}`,
    },
  });

  const place = new Map<string, { x: number; y: number; lane: 'init' | 'app'; column: number; row: number }>();
  initLane.forEach((c, i) => { const cell = frame.initLane.grid.cells[i]; if (cell) place.set(c.name, { x: frame.initLane.x + cell.x, y: frame.initLane.y + cell.y, lane: 'init', column: cell.column, row: cell.row }); });
  appLane.forEach((c, i) => { const cell = frame.appLane.grid.cells[i]; if (cell) place.set(c.name, { x: frame.appLane.x + cell.x, y: frame.appLane.y + cell.y, lane: 'app', column: cell.column, row: cell.row }); });

  const bus = frame.bus;
  const busPorts: BusPortMark[] = [...initSlots, ...appSlots].map(({ input, slot, of, line }) => {
    const at = place.get(input.container);
    const id = `localhost-${input.container}-${input.port}-${input.protocol}`;
    return {
      port: input.port, protocol: input.protocol, container: input.container, label: `localhost:${input.port}`, declared: input.declared,
      conflict: clashes.has(`${input.container}|${portKey(input.port, input.protocol)}`), side: input.lane === 'init' ? 'top' : 'bottom',
      offset: (at?.x ?? 0) - bus.x + ((slot + 1) * CONTAINER.width) / (of + 1), line, handleIn: `${id}-in`, handleOut: `${id}-out`,
    };
  });
  const taps = [
    ...Array.from({ length: frame.initLane.grid.columns }, (_, col) => ({ id: `tap-top-${col}`, type: 'target' as const, side: 'top' as const, offset: riserX(frame.initLane.x, col) - bus.x })),
    ...Array.from({ length: frame.appLane.grid.columns }, (_, col) => ({ id: `tap-bottom-${col}`, type: 'target' as const, side: 'bottom' as const, offset: riserX(frame.appLane.x, col) - bus.x })),
  ];
  nodes.push({
    id: nodeId.bus(), type: 'bus', parentId: podId, position: { x: bus.x, y: bus.y }, width: bus.width, height: bus.height,
    data: { label: 'localhost', ports: busPorts, handles: [...sideHandles(bus.width, bus.height), ...taps, ...busPorts.flatMap((m) => passThrough(m.handleIn.replace(/-in$/, ''), m.side, m.offset))], ariaLabel: `localhost: the pod's shared network namespace${busPorts.length ? `, ports ${busPorts.map((m) => m.port).join(', ')}` : ''}` },
  });

  const roleOf = new Map(roles.map((r) => [r.container, r]));
  for (const c of [...initLane, ...appLane]) {
    const at = place.get(c.name);
    if (!at) continue;
    const role = roleOf.get(c.name) ?? { container: c.name, role: c.kind === 'init' ? 'init' : c.kind === 'sidecar' ? 'native-sidecar' : 'main', reason: '', source: 'kind' };
    const ports = c.ports.map((p) => ({ port: p.containerPort, protocol: p.protocol, ...(p.name ? { name: p.name } : {}), conflict: clashes.has(`${c.name}|${portKey(p.containerPort, p.protocol)}`) }));
    const data: ContainerNodeData = {
      name: c.name, image: c.image, containerKind: c.kind, role: role.role, roleLabel: roleLabel(role), reason: role.reason, source: role.source,
      ...(role.pattern ? { pattern: role.pattern } : {}), ...(role.purpose ? { purpose: role.purpose } : {}),
      ...(c.kind !== 'app' ? { initOrder: c.index + 1 } : {}),
      ports, conflict: ports.some((p) => p.conflict),
      handles: [...sideHandles(CONTAINER.width, CONTAINER.height), { id: 'bus-tap', type: 'source', side: 'left', offset: at.lane === 'init' ? CONTAINER.height - 16 : 16 }],
    };
    nodes.push({ id: nodeId.container(c.name), type: 'container', parentId: podId, position: { x: at.x, y: at.y }, width: CONTAINER.width, height: CONTAINER.height, data });
  }
  volumes.forEach((v, i) => {
    const cell = frame.volumeLane.grid.cells[i];
    if (!cell) return;
    nodes.push({
      id: nodeId.volume(v.name), type: 'volume', parentId: podId, position: { x: frame.volumeLane.x + cell.x, y: frame.volumeLane.y + cell.y }, width: VOLUME.width, height: VOLUME.height,
      data: { name: v.name, volumeType: v.type, ...(v.detail ? { detail: v.detail } : {}), handles: sideHandles(VOLUME.width, VOLUME.height), ariaLabel: `volume ${v.name}, ${v.detail ?? v.type}` },
    });
  });
  const externalY = (i: number) => frame.appLane.y + i * (EXTERNAL.height + GAP.externalRow);
  [...left.map((e, i) => ({ e, x: 0, y: externalY(i) })), ...right.map((e, i) => ({ e, x: podX + frame.width + GAP.external, y: externalY(i) }))].forEach(({ e, x, y }) => {
    nodes.push({ id: nodeId.external(e.id), type: 'external', position: { x, y }, width: EXTERNAL.width, height: EXTERNAL.height, data: { external: e.external, label: e.label, handles: sideHandles(EXTERNAL.width, EXTERNAL.height), ariaLabel: `outside the pod: ${e.label}` } });
  });

  const edges = [...orderEdges(initLane, place), ...attachEdges([...initLane, ...appLane], place), ...mountEdges(pod, flows), ...flowEdges(flows, podPorts, busPorts, place)];
  const width = Math.max(...nodes.filter((n) => !n.parentId).map((n) => n.position.x + n.width));
  const height = Math.max(...nodes.filter((n) => !n.parentId).map((n) => n.position.y + n.height));
  return { nodes, edges, flows, podIp: ip, conflicts, width, height };
}

type Places = Map<string, { lane: 'init' | 'app'; row: number }>;

function orderEdges(initLane: ContainerModel[], place: Places): PodGraphEdge[] {
  return initLane.slice(1).map((c, i) => {
    const prev = initLane[i] as ContainerModel;
    const sameRow = place.get(prev.name)?.row === place.get(c.name)?.row;
    return {
      id: `order:${prev.name}->${c.name}`, source: nodeId.container(prev.name), target: nodeId.container(c.name),
      sourceHandle: sameRow ? 'right-out' : 'bottom-out', targetHandle: sameRow ? 'left-in' : 'top-in',
      label: `${prev.index + 1} → ${c.index + 1}`, kind: 'order', shape: 'step',
    };
  });
}

function attachEdges(containers: ContainerModel[], place: Map<string, { lane: 'init' | 'app'; column: number }>): PodGraphEdge[] {
  return containers.flatMap((c) => {
    const at = place.get(c.name);
    if (!at) return [];
    return [{ id: `attach:${c.name}`, source: nodeId.container(c.name), target: nodeId.bus(), sourceHandle: 'bus-tap', targetHandle: `tap-${at.lane === 'init' ? 'top' : 'bottom'}-${at.column}`, label: '', kind: 'attach' as const, shape: 'step' as const }];
  });
}

function mountEdges(pod: PodModel, flows: Flow[]): PodGraphEdge[] {
  return allContainers(pod).flatMap((c) =>
    c.volumeMounts.map((m): PodGraphEdge => {
      const is = (ref: NodeRef, kind: 'container' | 'volume', name: string) => ref.kind === kind && ref.name === name;
      const write = flows.find((f) => f.kind === 'volume-write' && is(f.from, 'container', c.name) && is(f.to, 'volume', m.name));
      const read = flows.find((f) => f.kind === 'volume-read' && is(f.from, 'volume', m.name) && is(f.to, 'container', c.name));
      const base = { id: `mount:${c.name}:${m.name}:${m.mountPath}`, label: `${m.mountPath}${m.readOnly ? ' (read-only)' : ''}`, readOnly: m.readOnly, shape: 'step' as const };
      if (read) return { ...base, source: nodeId.volume(m.name), target: nodeId.container(c.name), sourceHandle: 'top-out', targetHandle: 'bottom-in', flowId: read.id, kind: 'volume-read' };
      return { ...base, source: nodeId.container(c.name), target: nodeId.volume(m.name), sourceHandle: 'bottom-out', targetHandle: 'top-in', ...(write ? { flowId: write.id, kind: 'volume-write' as const } : { kind: 'mount' as const }) };
    }),
  );
}

function refId(ref: NodeRef): string {
  return ref.kind === 'container' ? nodeId.container(ref.name) : ref.kind === 'volume' ? nodeId.volume(ref.name) : nodeId.external(ref.id);
}

function flowEdges(flows: Flow[], podPorts: PodPortMark[], busPorts: BusPortMark[], place: Places): PodGraphEdge[] {
  const facingBus = (ref: NodeRef, dir: 'in' | 'out') => `${ref.kind === 'container' && place.get(ref.name)?.lane === 'init' ? 'bottom' : 'top'}-${dir}`;
  return flows.flatMap((f): PodGraphEdge[] => {
    if (f.kind === 'volume-write' || f.kind === 'volume-read') return []; // drawn as their mount edges
    const base = { flowId: f.id, kind: f.kind, shape: 'bezier' as const };
    const via = f.via;
    if (via?.kind === 'pod-port') {
      const mark = podPorts.find((m) => m.port === via.port && m.protocol === via.protocol);
      if (mark) {
        return [
          { ...base, id: `${f.id}#outside`, source: refId(f.from), target: nodeId.pod(), sourceHandle: 'right-out', targetHandle: mark.handleIn, label: f.label },
          { ...base, id: `${f.id}#inside`, source: nodeId.pod(), target: refId(f.to), sourceHandle: mark.handleOut, targetHandle: 'left-in', label: '' },
        ];
      }
    }
    if (via?.kind === 'localhost' && f.to.kind === 'container') {
      const owner = f.to.name;
      const mark = busPorts.find((m) => m.container === owner && m.port === via.port && m.protocol === via.protocol);
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
