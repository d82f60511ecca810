// Builders for tests and benchmarks: a valid, defaulted PodModel with only what a test cares about overridden.
import type { ContainerModel, PodModel, ProbeModel } from '../spec/pod-model';

let line = 1;

/** A container with Kubernetes' defaults; `kind` and `index` are fixed up by pod(). */
export function container(overrides: Partial<ContainerModel> & { name: string }): ContainerModel {
  const image = overrides.image ?? 'busybox:1.36';
  const tagged = /:[^/]+$/.test(image) && !image.endsWith(':latest');
  return {
    image,
    kind: 'app',
    index: 0,
    imagePullPolicy: tagged ? 'IfNotPresent' : 'Always',
    command: [],
    args: [],
    ports: [],
    env: [],
    volumeMounts: [],
    lifecycle: {},
    resources: { limits: {}, requests: {} },
    position: { line: line++, column: 3 },
    ...overrides,
  };
}

export function sidecar(overrides: Partial<ContainerModel> & { name: string }): ContainerModel {
  return container({ ...overrides, kind: 'sidecar', restartPolicy: 'Always' });
}

export function initContainer(overrides: Partial<ContainerModel> & { name: string }): ContainerModel {
  return container({ ...overrides, kind: 'init' });
}

/** A probe with the API defaults (pkg/apis/core/v1/defaults.go). */
export function probe(overrides: Partial<ProbeModel> = {}): ProbeModel {
  return {
    handler: { type: 'httpGet', port: 8080, path: '/healthz', scheme: 'HTTP' },
    initialDelaySeconds: 0,
    periodSeconds: 10,
    timeoutSeconds: 1,
    successThreshold: 1,
    failureThreshold: 3,
    ...overrides,
  };
}

/** A pod; init containers keep kind 'sidecar' when they have restartPolicy Always, else become 'init'. */
export function pod(overrides: Partial<PodModel> = {}): PodModel {
  const initContainers = (overrides.initContainers ?? []).map((c, index) => ({
    ...c,
    index,
    kind: c.restartPolicy === 'Always' ? ('sidecar' as const) : ('init' as const),
  }));
  const containers = (overrides.containers ?? [container({ name: 'app', command: ['sleep', 'infinity'] })]).map((c, index) => ({
    ...c,
    index,
    kind: 'app' as const,
  }));
  return {
    name: 'demo',
    namespace: 'default',
    labels: {},
    annotations: {},
    restartPolicy: 'Always',
    terminationGracePeriodSeconds: 30,
    shareProcessNamespace: false,
    volumes: [],
    ...overrides,
    initContainers,
    containers,
  };
}
