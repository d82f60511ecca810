// The flows a pod's roles imply: client → pod IP → main; main → localhost → ambassador → service; main → volume →
// shipper → log backend; monitoring → pod IP → adapter → localhost or volume → main. Nothing the spec does not say.
import { allContainers, type ContainerModel, type PodModel } from '../spec/pod-model';
import { assertNever } from '../assert-never';
import { listenPorts, localhostLinks, type ListenPort } from './localhost-links';
import { refKey, type ExternalKind, type Flow, type FlowKind, type FlowVia, type NodeRef } from './flow-types';
import { effectivePattern, type RoleAssignment } from './role-types';
import { containersWrite, logsReadByOthers, sharedVolumes, type VolumeShare } from './volume-sharing';

const CLIENT: NodeRef = { kind: 'external', id: 'client', external: 'client', label: 'client' };
const MONITORING: NodeRef = { kind: 'external', id: 'monitoring', external: 'monitoring', label: 'monitoring' };

const containerRef = (name: string): NodeRef => ({ kind: 'container', name });
const outside = (owner: string, external: ExternalKind, label: string): NodeRef => ({ kind: 'external', id: `${external}:${owner}`, external, label });
// Ports a proxy declares for itself, not for the traffic it carries: Envoy's admin (9901), Istio's 15000/15020/15021/15090.
const OWN_PORTS = new Set([9901, 15000, 15020, 15021, 15090]);
const OWN_PORT_NAME = /admin|metric|health|stats|prom/i;

/** The port a main container would reach an ambassador on: its first listen port that is not an admin/metrics one. */
function servicePort(c: ContainerModel): ListenPort | undefined {
  const named = (port: number) => c.ports.find((p) => p.containerPort === port)?.name ?? '';
  return listenPorts(c).find((p) => !OWN_PORTS.has(p.port) && !OWN_PORT_NAME.test(named(p.port)));
}

/**
 * The shares flows may draw: those the spec shows a direction for, and guessed ones when the container's purpose
 * says it (a log shipper or exporter reads what main writes; git-sync or a secrets agent writes what main reads).
 */
function directedShares(pod: PodModel, main: ContainerModel, c: ContainerModel, role: RoleAssignment | undefined): VolumeShare[] {
  return sharedVolumes(pod, main, c).flatMap((s) => {
    if (!s.guessed) return [s];
    switch (role?.purpose) {
      case 'log-shipper':
      case 'metrics-exporter':
        return [{ ...s, writer: main.name, reader: c.name }];
      case 'content-sync':
      case 'secrets-agent':
        return [{ ...s, writer: c.name, reader: main.name }];
      default:
        return [];
    }
  });
}

const portLabel = (p: { port: number; protocol: string }) => `${p.protocol} ${p.port}`;

/** Flows in a stable order: by container in spec order, then localhost links, then volumes; ids are unique. */
export function deriveFlows(pod: PodModel, roles: RoleAssignment[]): Flow[] {
  const flows: Flow[] = [];
  const ids = new Set<string>();
  const add = (kind: FlowKind, from: NodeRef, to: NodeRef, label: string, via?: FlowVia) => {
    // "ingress:client->web:8080/TCP": the ref kinds are left out of the id, the flow kind says enough
    const id = `${kind}:${refKey(from)}->${refKey(to)}${via ? `:${via.port}/${via.protocol}` : ''}`.replace(/(container|volume|external):/g, '');
    if (ids.has(id)) return;
    ids.add(id);
    flows.push({ id, kind, from, to, label, ...(via ? { via } : {}) });
  };
  const roleOf = new Map(roles.map((r) => [r.container, r]));
  const running = allContainers(pod).filter((c) => c.kind !== 'init');
  const main = pod.containers.find((c) => roleOf.get(c.name)?.role === 'main');
  const mainPorts: ListenPort[] = main ? listenPorts(main) : [];
  const links = localhostLinks(running);
  const linked = (from: string, to: string) => links.some((l) => l.from === from && l.to === to);
  const localhost = (from: string, to: string, port: ListenPort | undefined) =>
    port
      ? add('localhost', containerRef(from), containerRef(to), `localhost:${port.port}`, { kind: 'localhost', port: port.port, protocol: port.protocol })
      : add('localhost', containerRef(from), containerRef(to), 'localhost');
  const exposed = (c: ContainerModel, source: NodeRef, kind: 'ingress' | 'scrape', skip: Set<number> = new Set()) => {
    for (const p of listenPorts(c).filter((p) => p.from === 'declared' && !skip.has(p.port))) {
      add(kind, source, containerRef(c.name), portLabel(p), { kind: 'pod-port', port: p.port, protocol: p.protocol });
    }
  };

  for (const c of running) {
    const role = roleOf.get(c.name);
    if (!role) continue;
    const pattern = effectivePattern(role);
    switch (pattern) {
      case 'main':
        exposed(c, CLIENT, 'ingress');
        break;
      case 'ambassador':
        if (role.purpose === 'reverse-proxy') {
          exposed(c, CLIENT, 'ingress');
          if (main && !linked(c.name, main.name)) localhost(c.name, main.name, mainPorts[0]);
        } else {
          if (main && !linked(main.name, c.name)) localhost(main.name, c.name, servicePort(c));
          add('egress', containerRef(c.name), outside(c.name, 'service', role.external ?? 'external service'), `to ${role.external ?? 'external service'}`);
        }
        break;
      case 'adapter': {
        const pushedTo = new Set(links.filter((l) => l.to === c.name && l.port !== undefined).map((l) => l.port as number));
        exposed(c, MONITORING, 'scrape', pushedTo);
        const readsVolume = main && directedShares(pod, main, c, role).some((s) => s.reader === c.name);
        if (main && !readsVolume && !linked(c.name, main.name) && !linked(main.name, c.name)) localhost(c.name, main.name, mainPorts[0]);
        break;
      }
      case 'sidecar':
        if (role.purpose === 'log-shipper') add('ship-out', containerRef(c.name), outside(c.name, 'log-backend', role.external ?? 'log backend'), 'logs');
        else if (role.purpose === 'mesh-proxy') add('egress', containerRef(c.name), outside(c.name, 'service', role.external ?? 'mesh services'), 'mTLS');
        else if ((role.purpose === 'content-sync' || role.purpose === 'secrets-agent') && role.external) {
          add('egress', containerRef(c.name), outside(c.name, 'source', role.external), role.purpose === 'secrets-agent' ? 'fetch secrets' : 'fetch');
        }
        break;
      case 'init':
      case 'native-sidecar':
        break;
      default:
        assertNever(pattern);
    }
  }

  // Every localhost address a container points at, resolved to the container that listens there.
  for (const l of links) {
    localhost(l.from, l.to, l.port === undefined ? undefined : { port: l.port, protocol: l.protocol, from: 'declared' });
  }

  // Volumes: who writes and who reads, relative to the main container; init containers fill volumes before it starts.
  if (main) {
    const mountPath = (c: ContainerModel, volume: string) => c.volumeMounts.find((m) => m.name === volume)?.mountPath ?? volume;
    for (const c of allContainers(pod)) {
      if (c === main) continue;
      if (c.kind === 'init') {
        const role = roleOf.get(c.name);
        const filled = c.volumeMounts.filter(
          (m) => !m.readOnly && containersWrite(pod, m.name) && main.volumeMounts.some((mm) => mm.name === m.name),
        );
        for (const m of filled) {
          add('volume-write', containerRef(c.name), { kind: 'volume', name: m.name }, m.mountPath);
          add('volume-read', { kind: 'volume', name: m.name }, containerRef(main.name), mountPath(main, m.name));
        }
        if (filled.length > 0 && role?.external && (role.purpose === 'content-sync' || role.purpose === 'secrets-agent')) {
          add('egress', containerRef(c.name), outside(c.name, 'source', role.external), 'fetch');
        }
        continue;
      }
      for (const share of directedShares(pod, main, c, roleOf.get(c.name))) {
        const writer = share.writer === c.name ? c : main;
        const reader = share.reader === c.name ? c : main;
        add('volume-write', containerRef(writer.name), { kind: 'volume', name: share.volume }, mountPath(writer, share.volume));
        add('volume-read', { kind: 'volume', name: share.volume }, containerRef(reader.name), mountPath(reader, share.volume));
      }
      // Another main container writing its logs where a shipper reads them (classify-roles.ts): draw its writes too.
      if (roleOf.get(c.name)?.role === 'main') {
        for (const logs of logsReadByOthers(pod, c)) add('volume-write', containerRef(c.name), { kind: 'volume', name: logs.volume }, logs.mountPath);
      }
    }
  }
  return flows;
}
