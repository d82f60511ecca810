// Builders of PodModel objects for the patterns/ and graph/ tests: plain data, no YAML, overrides wherever needed.
import type { ContainerModel, PodModel, PortModel, VolumeModel } from '../spec/pod-model';

/** Fields a test usually sets; everything else gets the defaults loadPod would give. */
export interface ContainerInit {
  name: string;
  image?: string;
  command?: string[];
  args?: string[];
  /** Numbers are TCP container ports. */
  ports?: (number | PortModel)[];
  /** NAME → literal value. */
  env?: Record<string, string>;
  /** volume name → mount path; a trailing ':ro' makes the mount read-only. */
  mounts?: Record<string, string>;
  restartPolicy?: 'Always';
}

export function container(init: ContainerInit, kind: ContainerModel['kind'] = 'app', index = 0): ContainerModel {
  const image = init.image ?? 'busybox:1.36';
  return {
    name: init.name,
    image,
    kind,
    index,
    imagePullPolicy: image.includes(':') && !image.endsWith(':latest') ? 'IfNotPresent' : 'Always',
    command: init.command ?? [],
    args: init.args ?? [],
    ports: (init.ports ?? []).map((p) => (typeof p === 'number' ? { containerPort: p, protocol: 'TCP' } : p)),
    env: Object.entries(init.env ?? {}).map(([name, value]) => ({ name, value })),
    volumeMounts: Object.entries(init.mounts ?? {}).map(([name, path]) => ({
      name,
      mountPath: path.replace(/:ro$/, ''),
      readOnly: path.endsWith(':ro'),
    })),
    restartPolicy: init.restartPolicy,
    lifecycle: {},
    resources: { limits: {}, requests: {} },
    position: { line: 1, column: 1 },
  };
}

export interface PodInit {
  name?: string;
  annotations?: Record<string, string>;
  shareProcessNamespace?: boolean;
  /** Init containers; restartPolicy: 'Always' makes a native sidecar. */
  initContainers?: ContainerInit[];
  containers?: ContainerInit[];
  /** Volume names (emptyDir) or full volume models. */
  volumes?: (string | VolumeModel)[];
}

export function pod(init: PodInit = {}): PodModel {
  return {
    name: init.name ?? 'test-pod',
    namespace: 'default',
    labels: {},
    annotations: init.annotations ?? {},
    restartPolicy: 'Always',
    terminationGracePeriodSeconds: 30,
    shareProcessNamespace: init.shareProcessNamespace ?? false,
    initContainers: (init.initContainers ?? []).map((c, i) =>
      container(c, c.restartPolicy === 'Always' ? 'sidecar' : 'init', i),
    ),
    containers: (init.containers ?? [{ name: 'app' }]).map((c, i) => container(c, 'app', i)),
    volumes: (init.volumes ?? []).map((v) => (typeof v === 'string' ? { name: v, type: 'emptyDir', detail: 'emptyDir' } : v)),
  };
}

/** n app containers named c1 … cn, each on its own port 8000 + i. */
export function wide(n: number): PodModel {
  return pod({
    name: `wide-${n}`,
    containers: Array.from({ length: n }, (_, i) => ({ name: `c${i + 1}`, image: 'busybox', ports: [8000 + i] })),
  });
}
