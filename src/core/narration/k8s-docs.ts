// The kubernetes.io pages the narration links to, one per rule it explains.
import type { DocsLink } from './narration-types';

export const K8S_DOCS = {
  pods: { title: 'Pods: how a pod groups containers', url: 'https://kubernetes.io/docs/concepts/workloads/pods/' },
  scheduling: { title: 'Kubernetes scheduler', url: 'https://kubernetes.io/docs/concepts/scheduling-eviction/kube-scheduler/' },
  images: { title: 'Images: image pull policy', url: 'https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy' },
  initContainers: { title: 'Init containers', url: 'https://kubernetes.io/docs/concepts/workloads/pods/init-containers/' },
  sidecars: { title: 'Sidecar containers', url: 'https://kubernetes.io/docs/concepts/workloads/pods/sidecar-containers/' },
  restartPolicy: { title: 'Pod lifecycle: container restart policy', url: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy' },
  containerStates: { title: 'Pod lifecycle: container states', url: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#container-states' },
  phase: { title: 'Pod lifecycle: pod phase', url: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-phase' },
  probes: { title: 'Pod lifecycle: container probes', url: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#container-probes' },
  configureProbes: { title: 'Configure liveness, readiness and startup probes', url: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/' },
  hooks: { title: 'Container lifecycle hooks', url: 'https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/' },
  termination: { title: 'Pod lifecycle: termination of pods', url: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-termination' },
  resources: { title: 'Resource management for pods and containers', url: 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/' },
} as const satisfies Record<string, DocsLink>;
