// The pod as Podscope understands it: a normalised, defaulted, plain-data view of a PodSpec.
// Built by loadPod (spec/), read by the simulator (sim/), patterns/ and graph/. Never mutated after loading.

export type PodRestartPolicy = 'Always' | 'OnFailure' | 'Never';
export type ImagePullPolicy = 'Always' | 'IfNotPresent' | 'Never';
/** init = a regular init container; sidecar = an init container with restartPolicy: Always (KEP-753); app = spec.containers. */
export type ContainerKind = 'init' | 'sidecar' | 'app';

/** Where something stands in the text it was read from (1-based). */
export interface SourcePosition {
  line: number;
  column: number;
}

export interface PodModel {
  /** metadata.name, or a name made from generateName / the workload's name; 'pod' when none is given. */
  name: string;
  namespace: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** Pod restartPolicy, defaulted to Always (Job/CronJob templates must set OnFailure or Never). */
  restartPolicy: PodRestartPolicy;
  /** Default 30 (pkg/apis/core/v1/defaults.go). */
  terminationGracePeriodSeconds: number;
  shareProcessNamespace: boolean;
  initContainers: ContainerModel[];
  containers: ContainerModel[];
  volumes: VolumeModel[];
}

export interface ContainerModel {
  name: string;
  image: string;
  kind: ContainerKind;
  /** Position in its own list (initContainers or containers), 0-based. */
  index: number;
  /** Defaulted like the API server: Always for ':latest' or no tag, else IfNotPresent. */
  imagePullPolicy: ImagePullPolicy;
  command: string[];
  args: string[];
  workingDir?: string;
  ports: PortModel[];
  env: EnvVarModel[];
  volumeMounts: VolumeMountModel[];
  /** Only 'Always' is valid, and only on init containers: that makes a native sidecar. */
  restartPolicy?: 'Always';
  startupProbe?: ProbeModel;
  readinessProbe?: ProbeModel;
  livenessProbe?: ProbeModel;
  lifecycle: { postStart?: HandlerModel; preStop?: HandlerModel };
  resources: { limits: Record<string, string>; requests: Record<string, string> };
  /** Where the container's entry (`- name: …`) starts in the text. */
  position: SourcePosition;
}

export interface PortModel {
  containerPort: number;
  protocol: 'TCP' | 'UDP' | 'SCTP';
  name?: string;
  hostPort?: number;
}

export interface EnvVarModel {
  name: string;
  /** A literal value; undefined when the value comes from valueFrom (a secret, a field …). */
  value?: string;
  valueFrom?: string;
}

export interface VolumeMountModel {
  name: string;
  mountPath: string;
  readOnly: boolean;
  subPath?: string;
}

export interface VolumeModel {
  name: string;
  /** The volume source's key: emptyDir, configMap, secret, persistentVolumeClaim, hostPath, … ('unknown' when none). */
  type: string;
  /** A one-line summary of the source, e.g. "configMap app-config" or "emptyDir (Memory)". */
  detail?: string;
}

export type HandlerModel =
  | { type: 'exec'; command: string[] }
  | { type: 'httpGet'; port: number | string; path: string; scheme: 'HTTP' | 'HTTPS' }
  | { type: 'tcpSocket'; port: number | string }
  | { type: 'grpc'; port: number; service?: string }
  | { type: 'sleep'; seconds: number };

/** A probe with Kubernetes' defaults filled in (pkg/apis/core/v1/defaults.go: SetDefaults_Probe). */
export interface ProbeModel {
  handler: HandlerModel;
  initialDelaySeconds: number; // 0
  periodSeconds: number; // 10
  timeoutSeconds: number; // 1
  successThreshold: number; // 1
  failureThreshold: number; // 3
}

/** All containers in the order the kubelet reports them: initContainers in spec order, then containers. */
export function allContainers(pod: PodModel): ContainerModel[] {
  return [...pod.initContainers, ...pod.containers];
}
