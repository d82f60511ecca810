// Narration of a container's process ending, the back-off before a restart, and a pod that has finished.
// What the kubelet does after an exit: pkg/kubelet/kuberuntime/kuberuntime_manager.go computePodActions;
// back-off: kuberuntime_container.go doBackOff; phase: pkg/kubelet/kubelet_pods.go getPhase.
import type { ContainerModel, PodModel } from '../spec/pod-model';
import type { SimEvent } from '../sim/types';
import { BACK_OFF_RULE, REAL_CLUSTER_DELAY } from './back-off-words';
import { containerOf, exitCodeOf, firstAfter, kindPhrase, lastBefore, listWords, namesOf, seconds, startsUpTo } from './event-facts';
import { K8S_DOCS } from './k8s-docs';
import type { Narration, NarrationContext, Narrator } from './narration-types';

const INIT_RULE = 'Init containers run one at a time, in spec order; each must exit 0 before the next starts, and app containers start only after all have succeeded.';

// The article Podscope is embedded in says a failing init container restarts the whole pod; the kubelet does not.
const NOT_THE_WHOLE_POD =
  'Only this init container is restarted, not the whole pod: the sandbox, the pod IP and the init containers that already succeeded stay as they are. (All init containers run again only if the pod sandbox itself has to be recreated.)';

export const narrateExited: Narrator = (event, pod, context) => {
  const name = event.container ?? '';
  const c = containerOf(pod, name);
  const code = exitCodeOf(event) ?? context.snapshot.containers.find((x) => x.name === name)?.exitCode ?? 0;
  const what = `${kindPhrase(c).replace(/^./, (x) => x.toUpperCase())} ${name} exited with code ${code} (${event.reason ?? (code === 0 ? 'Completed' : 'Error')}).`;

  const stop = lastBefore(context.events, context.index, name, 'Killing', true);
  if (stop && /^Stopping/.test(stop.message)) return stoppedExit(what, code, pod, context);
  if (stop) {
    const probe = /failed (\w+) probe/.exec(stop.message)?.[1];
    return {
      what,
      why: probe
        ? `The kubelet killed it because its ${probe} probe failed too many times in a row. ${afterExit(c, code, pod, event, context)}`
        : `The kubelet killed it because its postStart hook failed. ${afterExit(c, code, pod, event, context)}`,
      rule: probe ? 'A failing liveness or startup probe makes the kubelet kill the container; it is then restarted per restartPolicy, with back-off.' : 'A failed postStart hook kills the container, which is then restarted per restartPolicy.',
      docs: probe ? K8S_DOCS.probes : K8S_DOCS.hooks,
    };
  }
  if (event.reason === 'OOMKilled') {
    return {
      what,
      why: `It used more memory than its limit, so the kernel killed it (exit 137, reason OOMKilled). ${afterExit(c, code, pod, event, context)}`,
      rule: 'A container that exceeds its memory limit is OOM-killed; the kubelet treats that like any failed exit.',
      docs: K8S_DOCS.resources,
    };
  }
  if (c?.kind === 'init') return initExit(what, c, code, pod, event, context);
  return {
    what,
    why: afterExit(c, code, pod, event, context),
    rule: c?.kind === 'sidecar'
      ? 'Native sidecars are restarted whenever they exit, whatever the pod\'s restartPolicy.'
      : 'restartPolicy Always restarts an app container after any exit; OnFailure only after a non-zero exit; Never not at all.',
    docs: c?.kind === 'sidecar' ? K8S_DOCS.sidecars : K8S_DOCS.restartPolicy,
  };
};

function initExit(what: string, c: ContainerModel, code: number, pod: PodModel, event: SimEvent, context: NarrationContext): Narration {
  if (code === 0) {
    const next = pod.initContainers[c.index + 1];
    const apps = namesOf(pod, 'app');
    const why = next
      ? `It succeeded, so at its next sync the kubelet starts the next one in the list, ${next.kind === 'sidecar' ? 'native sidecar ' : ''}${next.name}.`
      : `It was the last init container and it succeeded, so the kubelet now starts ${listWords(apps)}: app containers wait until every init container has exited 0.`;
    return { what, why, rule: INIT_RULE, docs: K8S_DOCS.initContainers };
  }
  if (pod.restartPolicy === 'Never') {
    return {
      what,
      why: `The pod's restartPolicy is Never, so the kubelet does not retry it: the pod fails (phase Failed) and ${listWords(namesOf(pod, 'app'))} never start${namesOf(pod, 'app').length === 1 ? 's' : ''}.`,
      rule: 'A failed init container is retried unless the pod\'s restartPolicy is Never; then the whole pod fails.',
      docs: K8S_DOCS.initContainers,
    };
  }
  return {
    what,
    why: `Under restartPolicy ${pod.restartPolicy} the kubelet retries it ${retryTiming(event, context)}. ${NOT_THE_WHOLE_POD} STATUS shows Init:Error now, Init:CrashLoopBackOff while a retry waits; the app containers wait until it exits 0.${realDelay(event, context)}`,
    rule: `A failed init container is restarted on its own, with the usual back-off (Always and OnFailure alike); only restartPolicy Never fails the pod instead. ${BACK_OFF_RULE}`,
    docs: K8S_DOCS.initContainers,
  };
}

/** "at once" or "after a back-off", read from what the kubelet does next with this container. */
function retryTiming(event: SimEvent, context: NarrationContext): string {
  return backsOff(event, context) ? 'after a back-off' : 'at once, since this is its first failure in a while';
}

/** Whether the kubelet's next move with this container is a back-off wait (rather than an immediate restart). */
function backsOff(event: SimEvent, context: NarrationContext): boolean {
  return firstAfter(context.events, context.index, (e) => e.container === event.container)?.type === 'BackOff';
}

/** The real-cluster caveat, only where a back-off wait is coming. */
function realDelay(event: SimEvent, context: NarrationContext): string {
  return backsOff(event, context) ? ` ${REAL_CLUSTER_DELAY}` : '';
}

/** What the kubelet does next about an app container's or a sidecar's exit. */
function afterExit(c: ContainerModel | undefined, code: number, pod: PodModel, event: SimEvent, context: NarrationContext): string {
  if (c?.kind === 'sidecar') return `As a native sidecar it is restarted ${retryTiming(event, context)}, whatever the pod's restartPolicy.`;
  if (c?.kind === 'init') return code === 0 ? '' : pod.restartPolicy === 'Never' ? 'Under restartPolicy Never the pod fails.' : `It is retried ${retryTiming(event, context)}.`;
  const policy = pod.restartPolicy;
  if (policy === 'Always' || (policy === 'OnFailure' && code !== 0)) {
    const zero = policy === 'Always' && code === 0 ? ' even though it exited 0' : '';
    return `The pod's restartPolicy is ${policy}, so the kubelet restarts it${zero}, ${retryTiming(event, context)}. Only this container restarts; the pod and its other containers carry on.${realDelay(event, context)}`;
  }
  const others = context.snapshot.containers.filter((x) => x.role === 'app' && x.name !== c?.name && x.state !== 'terminated');
  const why = `The pod's restartPolicy is ${policy}, so ${c?.name ?? 'it'} stays terminated${code === 0 && policy === 'OnFailure' ? ' (OnFailure restarts only failures)' : ''}.`;
  return others.length > 0
    ? `${why} The pod keeps going while ${listWords(others.map((x) => x.name))} ${others.length === 1 ? 'runs' : 'run'}.`
    : `${why} Every app container has now finished, so the pod completes${namesOf(pod, 'sidecar').length > 0 ? ' and its sidecars are stopped' : ''}.`;
}

/** An exit during termination: after SIGTERM (143) or SIGKILL (137). */
function stoppedExit(what: string, code: number, pod: PodModel, context: NarrationContext): Narration {
  const killed = code === 137;
  return {
    what,
    why: killed
      ? 'It was still running when its grace period ran out, so the kubelet sent SIGKILL (exit 137).'
      : 'It handled SIGTERM and exited (143 is the exit code of a process ended by SIGTERM). It will not be restarted: the pod is shutting down.',
    rule: context.snapshot.terminating
      ? `On deletion the kubelet runs preStop, then sends SIGTERM, then SIGKILL when terminationGracePeriodSeconds (${pod.terminationGracePeriodSeconds} s here) runs out; app containers stop first, native sidecars after them.`
      : 'When the app containers of a pod that will not restart them have finished, the kubelet stops the native sidecars, in reverse start order, so the pod can complete.',
    docs: K8S_DOCS.termination,
  };
}

export const narrateBackOff: Narrator = (event, pod, context) => {
  const name = event.container ?? '';
  const c = containerOf(pod, name);
  const state = context.snapshot.containers.find((x) => x.name === name);
  const until = state?.backOffUntil;
  const exitedAt = state?.lastState?.finishedAt ?? event.t;
  const when = until !== undefined ? `it may start again at ${seconds(until)}, ${seconds(until - exitedAt)} after its exit` : 'its next start is delayed';
  const restarts = startsUpTo(context.events, context.index, name);
  const init = c?.kind === 'init';
  return {
    what: `${name} is in CrashLoopBackOff: ${when}.`,
    why: `It has failed again soon after ${restarts > 1 ? `${restarts - 1} restart${restarts > 2 ? 's' : ''}` : 'its restart'}, so the next restart is delayed. ${init ? 'STATUS shows Init:CrashLoopBackOff and the app containers keep waiting; the rest of the pod is left alone.' : 'The pod stays as it is; only this container waits.'} ${REAL_CLUSTER_DELAY}`,
    rule: BACK_OFF_RULE,
    docs: K8S_DOCS.restartPolicy,
  };
};

export const narratePodCompleted: Narrator = (_event, pod, context) => {
  const phase = context.snapshot.phase;
  const failedInit = pod.initContainers.find((c) => c.kind === 'init' && context.snapshot.containers.some((x) => x.name === c.name && x.state === 'terminated' && (x.exitCode ?? 0) !== 0));
  const why = failedInit && pod.restartPolicy === 'Never'
    ? `Init container ${failedInit.name} failed under restartPolicy Never, so the pod failed without starting its app containers.`
    : phase === 'Succeeded'
      ? `Every app container exited 0 and restartPolicy ${pod.restartPolicy} restarts none of them.`
      : `Every app container has terminated, at least one with a failure, and restartPolicy ${pod.restartPolicy} restarts none of them.`;
  return {
    what: `Pod ${pod.name} has finished: phase ${phase}.`,
    why: `${why} Nothing will run in this pod again; only a new pod would.`,
    rule: 'Succeeded: all app containers exited 0 and will not restart. Failed: all have terminated and at least one failed (or an init container failed under Never). Sidecars\' exit codes do not count.',
    docs: K8S_DOCS.phase,
  };
};
