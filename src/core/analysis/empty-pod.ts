// The pod shown when nothing usable could be read yet: a pod with no containers and Kubernetes' defaults.
import type { PodModel } from '../spec/pod-model';

export const EMPTY_POD: PodModel = {
  name: 'pod',
  namespace: 'default',
  labels: {},
  annotations: {},
  restartPolicy: 'Always',
  terminationGracePeriodSeconds: 30,
  shareProcessNamespace: false,
  initContainers: [],
  containers: [],
  volumes: [],
};
