// Narration of containers being stopped and hooks failing: deletion, a completing pod stopping its sidecars,
// probe kills, SIGTERM/SIGKILL, and the end of the pod object. pkg/kubelet/kuberuntime/kuberuntime_container.go
// killContainer (preStop, SIGTERM, SIGKILL after the grace period), startContainer (postStart).
import { readHook } from '../sim/container-program';
import { SIM_DEFAULTS } from '../sim/defaults';
import { containerOf, namesOf } from './event-facts';
import { K8S_DOCS } from './k8s-docs';
import type { Narrator } from './narration-types';

const TERMINATION_RULE = 'On deletion the kubelet runs each container\'s preStop hook, then sends SIGTERM, then SIGKILL if the container is still running when terminationGracePeriodSeconds (counted from the start, preStop included) runs out. App containers stop first, native sidecars after them.';

export const narrateKilling: Narrator = (event, pod, context) => {
  const name = event.container ?? '';
  const c = containerOf(pod, name);
  const probe = /failed (\w+) probe/.exec(event.message)?.[1];
  if (probe) {
    const threshold = (probe === 'liveness' ? c?.livenessProbe : c?.startupProbe)?.failureThreshold ?? 3;
    return {
      what: `The kubelet is killing ${name}: its ${probe} probe failed ${threshold} times in a row.`,
      why: probe === 'liveness'
        ? 'A liveness probe says whether the process still works; when it keeps failing, the kubelet restarts the container rather than leave it hung.'
        : 'A startup probe gives a slow container time to come up; if it never succeeds within failureThreshold × periodSeconds, the kubelet restarts the container.',
      rule: 'failureThreshold consecutive liveness or startup probe failures kill the container; it is then restarted per restartPolicy, with back-off.',
      docs: K8S_DOCS.configureProbes,
    };
  }
  if (event.message === 'FailedPostStartHook') {
    return {
      what: `The kubelet is killing ${name} because its postStart hook failed.`,
      why: 'The container cannot be considered started while its postStart hook fails, so the kubelet kills it; it is restarted per restartPolicy.',
      rule: 'A failed postStart hook kills the container.',
      docs: K8S_DOCS.hooks,
    };
  }
  const preStop = c?.lifecycle.preStop;
  const hook = preStop
    ? `Its preStop hook runs first (about ${readHook(preStop).seconds} s here); SIGTERM follows when it returns.`
    : 'It has no preStop hook, so SIGTERM is sent at once.';
  if (context.snapshot.terminating) {
    const sidecar = c?.kind === 'sidecar';
    return {
      what: `The kubelet is stopping ${name}: the pod is being deleted (STATUS Terminating).`,
      why: `${sidecar ? 'The app containers have stopped, so the native sidecars are stopped now, last started first. ' : ''}${hook} The pod has ${pod.terminationGracePeriodSeconds} s (terminationGracePeriodSeconds) in all before SIGKILL.`,
      rule: TERMINATION_RULE,
      docs: K8S_DOCS.termination,
    };
  }
  return {
    what: `The kubelet is stopping native sidecar ${name}: the pod is completing.`,
    why: `Every app container (${namesOf(pod, 'app').join(', ')}) has finished and will not be restarted, so the sidecars are stopped, last started first, to let the pod finish. ${hook}`,
    rule: 'Native sidecars do not keep a pod alive: once its app containers are done for good, the kubelet stops them in the reverse of their start order.',
    docs: K8S_DOCS.sidecars,
  };
};

export const narrateSignal: Narrator = (event, pod) => {
  const name = event.container ?? '';
  if (event.reason === 'SIGKILL') {
    return {
      what: `${name} was still running when the grace period ran out: the kubelet sent SIGKILL.`,
      why: `SIGKILL cannot be caught: the process ends at once with exit code 137. terminationGracePeriodSeconds is ${pod.terminationGracePeriodSeconds} s here; a process that ignores SIGTERM, or a preStop hook that takes too long, uses it up.`,
      rule: TERMINATION_RULE,
      docs: K8S_DOCS.termination,
    };
  }
  return {
    what: `The kubelet sent SIGTERM to ${name}.`,
    why: `The process may now finish its work and exit; Podscope assumes it exits ${SIM_DEFAULTS.sigtermExitSeconds.value} s later with code 143, unless its script ignores SIGTERM. If it is still running at the end of the grace period, SIGKILL follows.`,
    rule: TERMINATION_RULE,
    docs: K8S_DOCS.termination,
  };
};

export const narrateFailedPreStopHook: Narrator = (event) => ({
  what: `The preStop hook of ${event.container} failed.`,
  why: 'A failed preStop hook does not stop the shutdown: the kubelet records the failure and sends SIGTERM anyway.',
  rule: 'preStop runs before SIGTERM and counts against the grace period; its failure is reported as an event, and termination goes on.',
  docs: K8S_DOCS.hooks,
});

export const narrateFailedPostStartHook: Narrator = (event) => ({
  what: `The postStart hook of ${event.container} failed.`,
  why: 'postStart runs right after the container starts, and the kubelet starts nothing else until it returns. A failure means the kubelet kills the container (it is restarted per restartPolicy).',
  rule: 'A failed postStart hook kills the container.',
  docs: K8S_DOCS.hooks,
});

export const narrateDeleted: Narrator = (_event, pod) => ({
  what: `Every container of ${pod.name} has stopped, so the pod object is removed.`,
  why: 'Graceful deletion is over: the kubelet reports the containers gone and the API server deletes the pod. A controller such as a Deployment would now create a replacement pod, with a new IP.',
  rule: TERMINATION_RULE,
  docs: K8S_DOCS.termination,
});

export const narrateSimulationCut: Narrator = (event) => ({
  what: 'Podscope stopped simulating here.',
  why: `${event.message} A pod that restarts very often produces more events than Podscope keeps; the state shown is the last one simulated.`,
  rule: 'Not a Kubernetes rule: a safety limit of the simulator (a real pod would go on).',
  docs: K8S_DOCS.restartPolicy,
});
