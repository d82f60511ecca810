// Which fields the form offers for each kind of container: pkg/apis/core/validation/validation.go
// validateInitContainers forbids probes and lifecycle on a regular init container (a native sidecar may have
// them), and a container-level restartPolicy is allowed on init containers only.
import type { ContainerKind } from '../spec/pod-model';

export const PROBE_KINDS = ['startupProbe', 'readinessProbe', 'livenessProbe'] as const;
export type ProbeField = (typeof PROBE_KINDS)[number];

export interface EditableFields {
  probes: boolean;
  restartPolicy: boolean;
}

export function editableFields(kind: ContainerKind): EditableFields {
  return { probes: kind !== 'init', restartPolicy: kind !== 'app' };
}

/** A new probe of the given check type, with Kubernetes' default period and threshold written out. */
export function newProbe(type: 'httpGet' | 'tcpSocket' | 'exec', port: number): Record<string, unknown> {
  const check =
    type === 'httpGet' ? { httpGet: { path: '/', port } } : type === 'tcpSocket' ? { tcpSocket: { port } } : { exec: { command: ['cat', '/tmp/healthy'] } };
  return { ...check, periodSeconds: 10, failureThreshold: 3 };
}
