// Whether a flow carries traffic at the cursor: both ends running, and ingress only while the pod is Ready
// (a pod that is not Ready is taken out of its Services' endpoints: kubernetes-semantics.md section 4).
import type { PodSnapshot } from '../sim/types';
import type { Flow, NodeRef } from './flow-types';

function endUp(ref: NodeRef, snapshot: PodSnapshot): boolean {
  if (ref.kind !== 'container') return true; // volumes and the outside world are always there
  return snapshot.containers.find((c) => c.name === ref.name)?.state === 'running';
}

export function flowActive(flow: Flow, snapshot: PodSnapshot): boolean {
  if (flow.kind === 'ingress' && !snapshot.conditions.Ready) return false;
  return endUp(flow.from, snapshot) && endUp(flow.to, snapshot);
}
