// The fields Kubernetes knows in a pod template, with the type each must have: the table behind the
// unknown-field warnings and the type errors. Follows the v1 OpenAPI schema (api/openapi-spec/v3/api__v1_openapi.json,
// types in staging/src/k8s.io/api/core/v1/types.go) for Kubernetes 1.33.

export type ObjectType =
  | 'ObjectMeta'
  | 'PodSpec'
  | 'Container'
  | 'ContainerPort'
  | 'EnvVar'
  | 'EnvFromSource'
  | 'VolumeMount'
  | 'Volume'
  | 'Probe'
  | 'Lifecycle'
  | 'LifecycleHandler'
  | 'ExecAction'
  | 'HTTPGetAction'
  | 'HTTPHeader'
  | 'TCPSocketAction'
  | 'GRPCAction'
  | 'SleepAction'
  | 'ResourceRequirements';

export type FieldType =
  | 'string'
  | 'integer'
  | 'boolean'
  | 'int-or-string'
  /** resource.Quantity: "500m", "1Gi" or a bare number. */
  | 'quantity'
  /** Any mapping Podscope does not look inside (affinity, securityContext, a volume's source …). */
  | 'mapping'
  | 'string-map'
  | 'quantity-map'
  /** Any list Podscope does not look inside (tolerations, imagePullSecrets …). */
  | 'list'
  | 'string-list'
  | { object: ObjectType }
  | { listOf: ObjectType };

export interface ObjectSchema {
  /** How a message names it: "a container", "a probe". */
  label: string;
  fields: Readonly<Record<string, FieldType>>;
}

const handlerFields = {
  exec: { object: 'ExecAction' },
  httpGet: { object: 'HTTPGetAction' },
  tcpSocket: { object: 'TCPSocketAction' },
} as const satisfies Record<string, FieldType>;

/** Volume sources (types.go VolumeSource): each is a mapping Podscope summarises but does not check inside. */
export const VOLUME_SOURCES = [
  'emptyDir', 'hostPath', 'configMap', 'secret', 'persistentVolumeClaim', 'projected', 'downwardAPI', 'ephemeral',
  'csi', 'image', 'nfs', 'iscsi', 'cephfs', 'rbd', 'gcePersistentDisk', 'awsElasticBlockStore', 'azureDisk',
  'azureFile', 'gitRepo', 'glusterfs', 'fc', 'flocker', 'flexVolume', 'cinder', 'vsphereVolume', 'quobyte',
  'photonPersistentDisk', 'portworxVolume', 'scaleIO', 'storageos',
] as const;

export const KNOWN_FIELDS: Readonly<Record<ObjectType, ObjectSchema>> = {
  ObjectMeta: {
    label: '`metadata`',
    fields: {
      name: 'string', generateName: 'string', namespace: 'string', labels: 'string-map', annotations: 'string-map',
      uid: 'string', resourceVersion: 'string', generation: 'integer', creationTimestamp: 'string',
      deletionTimestamp: 'string', deletionGracePeriodSeconds: 'integer', ownerReferences: 'list', finalizers: 'string-list',
      managedFields: 'list', selfLink: 'string',
    },
  },
  PodSpec: {
    label: 'a pod spec',
    fields: {
      activeDeadlineSeconds: 'integer', affinity: 'mapping', automountServiceAccountToken: 'boolean',
      containers: { listOf: 'Container' }, dnsConfig: 'mapping', dnsPolicy: 'string', enableServiceLinks: 'boolean',
      ephemeralContainers: 'list', hostAliases: 'list', hostIPC: 'boolean', hostNetwork: 'boolean', hostPID: 'boolean',
      hostUsers: 'boolean', hostname: 'string', hostnameOverride: 'string', imagePullSecrets: 'list',
      initContainers: { listOf: 'Container' }, nodeName: 'string', nodeSelector: 'string-map', os: 'mapping',
      overhead: 'quantity-map', preemptionPolicy: 'string', priority: 'integer', priorityClassName: 'string',
      readinessGates: 'list', resourceClaims: 'list', resources: { object: 'ResourceRequirements' },
      restartPolicy: 'string', runtimeClassName: 'string', schedulerName: 'string', schedulingGates: 'list',
      securityContext: 'mapping', serviceAccount: 'string', serviceAccountName: 'string', setHostnameAsFQDN: 'boolean',
      shareProcessNamespace: 'boolean', subdomain: 'string', terminationGracePeriodSeconds: 'integer',
      tolerations: 'list', topologySpreadConstraints: 'list', volumes: { listOf: 'Volume' },
    },
  },
  Container: {
    label: 'a container',
    fields: {
      args: 'string-list', command: 'string-list', env: { listOf: 'EnvVar' }, envFrom: { listOf: 'EnvFromSource' },
      image: 'string', imagePullPolicy: 'string', lifecycle: { object: 'Lifecycle' }, livenessProbe: { object: 'Probe' },
      name: 'string', ports: { listOf: 'ContainerPort' }, readinessProbe: { object: 'Probe' }, resizePolicy: 'list',
      resources: { object: 'ResourceRequirements' }, restartPolicy: 'string', restartPolicyRules: 'list',
      securityContext: 'mapping', startupProbe: { object: 'Probe' }, stdin: 'boolean', stdinOnce: 'boolean',
      terminationMessagePath: 'string', terminationMessagePolicy: 'string', tty: 'boolean', volumeDevices: 'list',
      volumeMounts: { listOf: 'VolumeMount' }, workingDir: 'string',
    },
  },
  ContainerPort: {
    label: 'a container port',
    fields: { containerPort: 'integer', hostIP: 'string', hostPort: 'integer', name: 'string', protocol: 'string' },
  },
  EnvVar: { label: 'an environment variable', fields: { name: 'string', value: 'string', valueFrom: 'mapping' } },
  EnvFromSource: { label: '`envFrom`', fields: { prefix: 'string', configMapRef: 'mapping', secretRef: 'mapping' } },
  VolumeMount: {
    label: 'a volume mount',
    fields: {
      mountPath: 'string', mountPropagation: 'string', name: 'string', readOnly: 'boolean', recursiveReadOnly: 'string',
      subPath: 'string', subPathExpr: 'string',
    },
  },
  Volume: {
    label: 'a volume',
    fields: { name: 'string', ...Object.fromEntries(VOLUME_SOURCES.map((s) => [s, 'mapping' as const])) },
  },
  Probe: {
    label: 'a probe',
    fields: {
      ...handlerFields, grpc: { object: 'GRPCAction' }, failureThreshold: 'integer', initialDelaySeconds: 'integer',
      periodSeconds: 'integer', successThreshold: 'integer', terminationGracePeriodSeconds: 'integer',
      timeoutSeconds: 'integer',
    },
  },
  Lifecycle: {
    label: '`lifecycle`',
    fields: { postStart: { object: 'LifecycleHandler' }, preStop: { object: 'LifecycleHandler' }, stopSignal: 'string' },
  },
  LifecycleHandler: { label: 'a lifecycle hook', fields: { ...handlerFields, sleep: { object: 'SleepAction' } } },
  ExecAction: { label: '`exec`', fields: { command: 'string-list' } },
  HTTPGetAction: {
    label: '`httpGet`',
    fields: { host: 'string', httpHeaders: { listOf: 'HTTPHeader' }, path: 'string', port: 'int-or-string', scheme: 'string' },
  },
  HTTPHeader: { label: 'an HTTP header', fields: { name: 'string', value: 'string' } },
  TCPSocketAction: { label: '`tcpSocket`', fields: { host: 'string', port: 'int-or-string' } },
  GRPCAction: { label: '`grpc`', fields: { port: 'integer', service: 'string' } },
  SleepAction: { label: '`sleep`', fields: { seconds: 'integer' } },
  ResourceRequirements: {
    label: '`resources`',
    fields: { limits: 'quantity-map', requests: 'quantity-map', claims: 'list' },
  },
};

/** The probe handlers (types.go ProbeHandler) and lifecycle hook actions (types.go LifecycleHandler). */
export const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'] as const;
export const HOOK_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'sleep'] as const;
