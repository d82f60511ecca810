// Narration of a failed probe check (event Unhealthy). pkg/kubelet/prober/worker.go doProbe: failureThreshold
// consecutive failures act; readiness only takes the pod out of Service endpoints, liveness/startup kill.
import type { ProbeModel } from '../spec/pod-model';
import { containerOf } from './event-facts';
import { K8S_DOCS } from './k8s-docs';
import type { Narrator } from './narration-types';

/** How many checks of this probe in a row have failed, up to and including events[index]. */
function failuresInARow(events: readonly { type: string; container?: string; message: string }[], index: number, name: string, word: string): number {
  let n = 0;
  for (let i = index; i >= 0; i--) {
    const e = events[i];
    if (!e || e.container !== name) continue;
    if (e.type === 'Started') break;
    if (e.type === 'Unhealthy' && e.message.startsWith(word)) n++;
  }
  return n;
}

export const narrateUnhealthy: Narrator = (event, pod, context) => {
  const name = event.container ?? '';
  const c = containerOf(pod, name);
  const word = /^(Startup|Readiness|Liveness)/.exec(event.message)?.[1] ?? 'Readiness';
  const probe: ProbeModel | undefined = word === 'Startup' ? c?.startupProbe : word === 'Liveness' ? c?.livenessProbe : c?.readinessProbe;
  const threshold = probe?.failureThreshold ?? 3;
  const inARow = failuresInARow(context.events, context.index, name, word);
  const n = Math.min(inARow, threshold);
  const count = inARow > threshold ? `${inARow} failures in a row, past failureThreshold ${threshold}` : `failure ${n} of ${threshold} in a row (failureThreshold)`;
  const every = probe ? `, checked every ${probe.periodSeconds} s` : '';
  switch (word) {
    case 'Startup':
      return {
        what: `${name}'s startup probe failed: ${count}.`,
        why: `Until the startup probe succeeds, ${name} is not started: its liveness and readiness probes wait${c?.kind === 'sidecar' ? ', and as a native sidecar it holds back the next init container' : ''}. If it fails ${threshold} times in a row${every}, the kubelet kills and restarts it.`,
        rule: 'A startupProbe holds back the other probes until it succeeds; for a native sidecar, the next init container waits for it too.',
        docs: K8S_DOCS.configureProbes,
      };
    case 'Liveness':
      return {
        what: `${name}'s liveness probe failed: ${count}.`,
        why: n >= threshold ? 'That is the threshold: the kubelet kills the container and restarts it per restartPolicy.' : `The container keeps running for now; ${threshold - n} more failure${threshold - n === 1 ? '' : 's'} in a row and the kubelet restarts it.`,
        rule: 'failureThreshold consecutive liveness failures make the kubelet kill the container; it is then restarted per restartPolicy, with back-off.',
        docs: K8S_DOCS.probes,
      };
    default:
      return {
        what: `${name}'s readiness probe failed: ${count}.`,
        why: inARow > threshold
          ? `${name} stays not ready, out of the Service's endpoints, while the probe keeps failing. Nothing is restarted; the first success makes it ready again.`
          : n >= threshold
          ? `${name} is now not ready (READY drops): the pod is taken out of its Services' endpoints, so traffic through a Service stops. The container keeps running and is not restarted; when the probe passes again, it is ready and traffic returns.`
          : `Nothing changes yet; after ${threshold - n} more failure${threshold - n === 1 ? '' : 's'} in a row the container is marked not ready and the pod stops getting Service traffic.`,
        rule: 'Readiness decides traffic, not life: a not-ready pod is removed from Service endpoints, and nothing is restarted.',
        docs: K8S_DOCS.probes,
      };
  }
};
