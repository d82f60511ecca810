// PodModel + roles + flows → the canvas's nodes and edges, laid out once from the spec (lane-layout.ts). The live
// state at the cursor is applied separately (live-graph.ts), so nodes never move while stepping.
import type { ExternalKind, Flow } from '../patterns/flow-types';
import type { RoleAssignment } from '../patterns/role-types';
import { allContainers, type ContainerModel, type PodModel, type VolumeModel } from '../spec/pod-model';
import { roleLabel } from './container-label';
import { edgeEnds, indexHandles } from './edge-ends';
import { edgeName } from './edge-name';
import { attachEdges, flowEdges, mountEdges, orderEdges, type Placement } from './graph-edges';
import { nodeId, type ContainerNodeData, type HandleSpec, type PodGraph, type PodGraphNode } from './graph-types';
import { passThrough, sideHandles, underRowHandles } from './handles';
import { CONTAINER, EXTERNAL, GAP, POD_PORT_SPACING, VOLUME, podFrame, riserX } from './lane-layout';
import { podIp } from './pod-ip';
import { busLines, busPortMarks, busSlots, podPortMarks } from './port-marks';
import { portConflicts, portKey } from './port-conflicts';

type ExternalRef = { id: string; external: ExternalKind; label: string };

/** Volumes in spec order, then any a mount names that spec.volumes lacks (so no edge dangles). */
function volumesOf(pod: PodModel): VolumeModel[] {
  const volumes = [...pod.volumes];
  for (const m of allContainers(pod).flatMap((c) => c.volumeMounts)) {
    if (!volumes.some((v) => v.name === m.name)) volumes.push({ name: m.name, type: 'unknown', detail: 'not in spec.volumes' });
  }
  return volumes;
}

/** The outside ends of the flows: client and monitoring on the left (traffic comes in), the rest on the right. */
function externalsOf(flows: Flow[]): { left: ExternalRef[]; right: ExternalRef[] } {
  const all = new Map<string, ExternalRef>();
  for (const ref of flows.flatMap((f) => [f.from, f.to])) {
    if (ref.kind === 'external' && !all.has(ref.id)) all.set(ref.id, { id: ref.id, external: ref.external, label: ref.label });
  }
  const refs = [...all.values()];
  const left = (['client', 'monitoring'] as const).flatMap((kind) => refs.filter((e) => e.external === kind));
  return { left, right: refs.filter((e) => !left.includes(e)) };
}

/** First of each name only: duplicate names are a loadPod diagnostic, and node ids must stay unique. */
function uniqueByName(containers: ContainerModel[]): ContainerModel[] {
  return containers.filter((c, i) => containers.findIndex((o) => o.name === c.name) === i);
}

export function buildGraph(pod: PodModel, roles: RoleAssignment[], flows: Flow[]): PodGraph {
  const ip = podIp(pod.name);
  const conflicts = portConflicts(pod);
  const clashes = new Set(conflicts.flatMap((c) => c.containers.map((name) => `${name}|${portKey(c.port, c.protocol)}`)));
  const unique = uniqueByName(allContainers(pod));
  const initLane = unique.filter((c) => c.kind === 'init');
  const appLane = [...unique.filter((c) => c.kind === 'sidecar'), ...unique.filter((c) => c.kind === 'app')];
  const volumes = volumesOf(pod);
  const podPorts = podPortMarks(pod, ip, conflicts);
  const initSlots = busSlots(initLane, 'top', flows);
  const appSlots = busSlots(appLane, 'bottom', flows);
  const frame = podFrame({
    init: initLane.length,
    app: appLane.length,
    volumes: volumes.length,
    podPorts: podPorts.length,
    busLines: busLines(initSlots) + busLines(appSlots),
  });
  podPorts.forEach((m, i) => (m.offset = frame.podPortsTop + i * POD_PORT_SPACING));
  const { left, right } = externalsOf(flows);
  const podX = left.length > 0 ? EXTERNAL.width + GAP.external : 0;

  const place: Placement = new Map();
  for (const [lane, containers, name] of [[frame.initLane, initLane, 'init'], [frame.appLane, appLane, 'app']] as const) {
    containers.forEach((c, i) => {
      const cell = lane.grid.cells[i];
      if (cell) place.set(c.name, { x: lane.x + cell.x, y: lane.y + cell.y, lane: name, column: cell.column, row: cell.row });
    });
  }

  const nodes: PodGraphNode[] = [];
  // Where each node offers edges a place to start or end (edge-ends.ts turns them into points).
  const handles = new Map<string, HandleSpec[]>();
  const podId = nodeId.pod();
  handles.set(podId, [...sideHandles(frame.width, frame.height), ...podPorts.flatMap((m) => passThrough(m.handleIn.slice(0, -3), 'left', m.offset))]);
  nodes.push({
    id: podId,
    type: 'pod',
    position: { x: podX, y: 0 },
    width: frame.width,
    height: frame.height,
    data: {
      name: pod.name,
      namespace: pod.namespace,
      podIp: ip,
      shareProcessNamespace: pod.shareProcessNamespace,
      restartPolicy: pod.restartPolicy,
      ports: podPorts,
      ariaLabel: `Pod ${pod.name}, IP ${ip}${pod.shareProcessNamespace ? ', shared process namespace' : ''}`,
    },
  });

  const bus = frame.bus;
  const busPorts = busPortMarks([...initSlots, ...appSlots], (name) => place.get(name)?.x ?? 0, bus.x, clashes);
  const taps = [
    ...Array.from({ length: frame.initLane.grid.columns }, (_, col) => ({ side: 'top' as const, col, x: riserX(frame.initLane.x, col) })),
    ...Array.from({ length: frame.appLane.grid.columns }, (_, col) => ({ side: 'bottom' as const, col, x: riserX(frame.appLane.x, col) })),
  ].map(({ side, col, x }) => ({ id: `tap-${side}-${col}`, type: 'target' as const, side, offset: x - bus.x }));
  handles.set(nodeId.bus(), [...sideHandles(bus.width, bus.height), ...taps, ...busPorts.flatMap((m) => passThrough(m.handleIn.slice(0, -3), m.side, m.offset))]);
  nodes.push({
    id: nodeId.bus(),
    type: 'bus',
    parentId: podId,
    position: { x: bus.x, y: bus.y },
    width: bus.width,
    height: bus.height,
    data: {
      label: 'localhost',
      ports: busPorts,
      ariaLabel: `localhost, the pod's shared network namespace${busPorts.length ? `: ports ${busPorts.map((m) => m.port).join(', ')}` : ''}`,
    },
  });

  const roleOf = new Map(roles.map((r) => [r.container, r]));
  for (const c of [...initLane, ...appLane]) {
    const at = place.get(c.name);
    if (!at) continue;
    const kindRole = c.kind === 'init' ? 'init' : c.kind === 'sidecar' ? 'native-sidecar' : 'main';
    const role = roleOf.get(c.name) ?? { container: c.name, role: kindRole, reason: '', source: 'kind' };
    const ports = c.ports.map((p) => ({
      port: p.containerPort,
      protocol: p.protocol,
      ...(p.name ? { name: p.name } : {}),
      conflict: clashes.has(`${c.name}|${portKey(p.containerPort, p.protocol)}`),
    }));
    const data: ContainerNodeData = {
      name: c.name,
      image: c.image,
      containerKind: c.kind,
      role: role.role,
      ...(role.pattern ? { pattern: role.pattern } : {}),
      ...(role.purpose ? { purpose: role.purpose } : {}),
      roleLabel: roleLabel(role),
      ...(c.kind !== 'app' ? { initOrder: c.index + 1 } : {}),
      ports,
      conflict: ports.some((p) => p.conflict),
    };
    handles.set(nodeId.container(c.name), [
      ...sideHandles(CONTAINER.width, CONTAINER.height),
      ...underRowHandles(),
      { id: 'bus-tap', type: 'source', side: 'left', offset: at.lane === 'init' ? CONTAINER.height - 16 : 16 },
    ]);
    nodes.push({ id: nodeId.container(c.name), type: 'container', parentId: podId, position: { x: at.x, y: at.y }, ...CONTAINER, data });
  }

  volumes.forEach((v, i) => {
    const cell = frame.volumeLane.grid.cells[i];
    if (!cell) return;
    handles.set(nodeId.volume(v.name), sideHandles(VOLUME.width, VOLUME.height));
    nodes.push({
      id: nodeId.volume(v.name),
      type: 'volume',
      parentId: podId,
      position: { x: frame.volumeLane.x + cell.x, y: frame.volumeLane.y + cell.y },
      ...VOLUME,
      data: {
        name: v.name,
        volumeType: v.type,
        ...(v.detail ? { detail: v.detail } : {}),
        ariaLabel: `volume ${v.name}, ${v.detail ?? v.type}`,
      },
    });
  });

  const rowY = (i: number) => frame.appLane.y + i * (EXTERNAL.height + GAP.externalRow);
  const outside = [
    ...left.map((e, i) => ({ e, x: 0, y: rowY(i) })),
    ...right.map((e, i) => ({ e, x: podX + frame.width + GAP.external, y: rowY(i) })),
  ];
  for (const { e, x, y } of outside) {
    handles.set(nodeId.external(e.id), sideHandles(EXTERNAL.width, EXTERNAL.height));
    nodes.push({
      id: nodeId.external(e.id),
      type: 'external',
      position: { x, y },
      ...EXTERNAL,
      data: { external: e.external, label: e.label, ariaLabel: `outside the pod: ${e.label}` },
    });
  }

  const byId = new Map(nodes.map((n) => [n.id, n]));
  const handleIndex = indexHandles(handles);
  const edges = [
    ...orderEdges(initLane, place),
    ...attachEdges([...initLane, ...appLane], place),
    ...mountEdges(unique, flows),
    ...flowEdges(flows, podPorts, busPorts, place),
  ].map((e) => ({ ...e, name: edgeName(e, byId), ...edgeEnds(e, byId, handleIndex) }));
  const topLevel = nodes.filter((n) => !n.parentId);
  const width = Math.max(...topLevel.map((n) => n.position.x + n.width));
  const height = Math.max(...topLevel.map((n) => n.position.y + n.height));
  return { nodes, edges, flows, podIp: ip, conflicts, width, height };
}
