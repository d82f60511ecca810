// Ports two containers would both listen on at the same time in the pod's one network namespace: the second one
// cannot bind (kubernetes-semantics.md section 1). The API accepts such a pod and only warns.
import { allContainers, type ContainerModel, type PodModel } from '../spec/pod-model';

export interface PortConflict {
  port: number;
  protocol: 'TCP' | 'UDP' | 'SCTP';
  /** In spec order (initContainers first). */
  containers: string[];
}

/** "8080/TCP" */
export function portKey(port: number, protocol: string): string {
  return `${port}/${protocol}`;
}

/**
 * Whether two containers can be up at the same time: app containers and native sidecars run together; a regular
 * init container runs alone, beside the native sidecars started before it (KEP-753).
 */
function together(a: ContainerModel, b: ContainerModel): boolean {
  if (a.kind !== 'init' && b.kind !== 'init') return true;
  const [init, other] = a.kind === 'init' ? [a, b] : [b, a];
  return other.kind === 'sidecar' && other.index < init.index;
}

export function portConflicts(pod: PodModel): PortConflict[] {
  const declared = new Map<string, { port: number; protocol: PortConflict['protocol']; owners: ContainerModel[] }>();
  for (const c of allContainers(pod)) {
    for (const p of c.ports) {
      const key = portKey(p.containerPort, p.protocol);
      const entry = declared.get(key) ?? { port: p.containerPort, protocol: p.protocol, owners: [] };
      if (!entry.owners.includes(c)) entry.owners.push(c);
      declared.set(key, entry);
    }
  }
  const conflicts: PortConflict[] = [];
  for (const { port, protocol, owners } of declared.values()) {
    const clashing = owners.filter((a) => owners.some((b) => b !== a && together(a, b)));
    if (clashing.length > 1) conflicts.push({ port, protocol, containers: clashing.map((c) => c.name) });
  }
  return conflicts;
}
