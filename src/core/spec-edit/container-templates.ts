// The containers a user can add from the form, one realistic small example per multi-container pattern, and what
// each shares with the pod's main (first app) container: a volume with both mounts, or env that points it at localhost.
import type { ContainerList } from './container-ref';

export const TEMPLATE_IDS = ['init', 'native-sidecar', 'sidecar', 'ambassador', 'adapter', 'app'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export interface ContainerTemplate {
  id: TemplateId;
  /** The button's words after "Add": "Add sidecar". */
  label: string;
  /** One line on what the example does, shown beside the button. */
  description: string;
  list: ContainerList;
  container: Record<string, unknown>;
  /** An emptyDir both containers mount: declared in spec.volumes once, mounted on the main container once. */
  shared?: { volume: string; mainMountPath: string; mainReadOnly?: boolean };
  /** Env set on the main container, so it reaches the new container on localhost. */
  mainEnv?: { name: string; value: string }[];
}

export const CONTAINER_TEMPLATES: Record<TemplateId, ContainerTemplate> = {
  init: {
    id: 'init',
    label: 'init container',
    description: 'git clone into a shared volume, before the app starts',
    list: 'initContainers',
    container: {
      name: 'git-clone',
      image: 'alpine/git:2.45.2',
      args: ['clone', '--depth=1', 'https://github.com/kubernetes/website.git', '/content'],
      volumeMounts: [{ name: 'content', mountPath: '/content' }],
    },
    shared: { volume: 'content', mainMountPath: '/usr/share/nginx/html', mainReadOnly: true },
  },
  'native-sidecar': {
    id: 'native-sidecar',
    label: 'native sidecar',
    description: 'a proxy that starts first and must pass its startupProbe',
    list: 'initContainers',
    container: {
      name: 'istio-proxy',
      image: 'istio/proxyv2:1.23.2',
      restartPolicy: 'Always',
      ports: [{ name: 'http-envoy-prom', containerPort: 15090 }],
      startupProbe: { httpGet: { path: '/healthz/ready', port: 15021 }, periodSeconds: 1, failureThreshold: 30 },
    },
  },
  sidecar: {
    id: 'sidecar',
    label: 'sidecar',
    description: "Fluent Bit ships the app's log files from a shared emptyDir",
    list: 'containers',
    container: {
      name: 'fluent-bit',
      image: 'fluent/fluent-bit:3.1',
      args: ['-i', 'tail', '-p', 'path=/var/log/app/*.log', '-o', 'stdout'],
      volumeMounts: [{ name: 'logs', mountPath: '/var/log/app', readOnly: true }],
    },
    shared: { volume: 'logs', mainMountPath: '/var/log/app' },
  },
  ambassador: {
    id: 'ambassador',
    label: 'ambassador',
    description: 'an Envoy Redis proxy the app reaches on localhost:6379',
    list: 'containers',
    container: {
      name: 'redis-proxy',
      image: 'envoyproxy/envoy:v1.31.2',
      args: ['--config-path', '/etc/envoy/redis-proxy.yaml'],
      ports: [{ name: 'redis', containerPort: 6379 }],
    },
    mainEnv: [
      { name: 'REDIS_HOST', value: 'localhost' },
      { name: 'REDIS_PORT', value: '6379' },
    ],
  },
  adapter: {
    id: 'adapter',
    label: 'adapter',
    description: "a Prometheus exporter that scrapes the app's status page on localhost",
    list: 'containers',
    container: {
      name: 'nginx-exporter',
      image: 'nginx/nginx-prometheus-exporter:1.3.0',
      args: ['--nginx.scrape-uri=http://localhost:80/stub_status'],
      ports: [{ name: 'metrics', containerPort: 9113 }],
    },
  },
  app: {
    id: 'app',
    label: 'app container',
    description: 'an nginx web server with a readiness probe',
    list: 'containers',
    container: {
      name: 'web',
      image: 'nginx:1.27',
      ports: [{ name: 'http', containerPort: 80 }],
      readinessProbe: { httpGet: { path: '/', port: 80 }, periodSeconds: 5, failureThreshold: 3 },
    },
  },
};

/** `base`, or `base-2`, `base-3` … the first that no container uses yet. */
export function uniqueName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
