// Stopping containers: graceful deletion, and a finished pod stopping its sidecars.
// pkg/kubelet/kuberuntime/kuberuntime_container.go killContainer / killContainersWithSyncResult;
// docs: concepts/workloads/pods/pod-lifecycle#pod-termination, concepts/workloads/pods/sidecar-containers.
import { readHook, readProgram } from './container-program';
import { SIM_DEFAULTS, roundTime } from './defaults';
import type { ContainerState, Kubelet } from './sim-state';

/** kuberuntime_container.go: minimumGracePeriodInSeconds, what a container always gets after its preStop hook. */
export const MINIMUM_GRACE_PERIOD_SECONDS = 2;

export type Shutdown = 'none' | 'completing' | 'deleting';

export interface Terminator extends Kubelet {
  shutdown: Shutdown;
  terminating: boolean;
  /** Deletion: pod time by which everything must be gone (start of termination + terminationGracePeriodSeconds). */
  graceDeadline: number;
  /** Stops start-ups and back-off waits that have not produced a running process. */
  abandonPending(): void;
  /** Everything has stopped. */
  finish(): void;
}

/** kubectl delete pod: set the deletion timestamp, stop the app containers together, then the sidecars. */
export function beginDeletion(k: Terminator): void {
  if (k.terminating) return;
  k.terminating = true;
  k.graceDeadline = roundTime(k.now + k.pod.terminationGracePeriodSeconds);
  const wasCompleting = k.shutdown === 'completing';
  k.shutdown = 'deleting';
  k.abandonPending();
  if (wasCompleting) {
    // Sidecars are already being stopped one by one; those still to stop now share the deletion deadline.
    if (!k.containers.some((c) => c.stopping && c.life === 'running')) stopNextSidecar(k);
    return;
  }
  // App containers and a running regular init container are stopped together.
  const first = k.containers.filter((c) => c.spec.kind !== 'sidecar' && c.life === 'running');
  for (const c of first) stopContainer(k, c, k.graceDeadline);
  if (first.length === 0) stopNextSidecar(k);
}

/** Every app container has finished (restartPolicy OnFailure/Never), or an init container failed under Never. */
export function beginCompletion(k: Terminator): void {
  if (k.shutdown !== 'none') return;
  k.shutdown = 'completing';
  k.abandonPending();
  // A regular init container still running (never the case in practice) is stopped with the sidecars.
  for (const c of k.containers) if (c.spec.kind === 'init' && c.life === 'running') stopContainer(k, c, k.now + k.pod.terminationGracePeriodSeconds);
  if (!k.containers.some((c) => c.stopping && c.life === 'running')) stopNextSidecar(k);
}

/** Sidecars stop after the app containers, in the reverse of their start order (KEP-753). */
export function stopNextSidecar(k: Terminator): void {
  const sidecars = k.containers.filter((c) => c.spec.kind === 'sidecar');
  for (let i = sidecars.length - 1; i >= 0; i--) {
    const c = sidecars[i] as ContainerState;
    if (c.life === 'running' && !c.stopping) {
      const deadline = k.shutdown === 'deleting' ? k.graceDeadline : k.now + k.pod.terminationGracePeriodSeconds;
      stopContainer(k, c, deadline);
      return;
    }
  }
  k.finish();
}

/** killContainer: Killing event, preStop hook (if any), SIGTERM, SIGKILL at the deadline. */
export function stopContainer(k: Terminator, c: ContainerState, deadline: number): void {
  c.stopping = true;
  c.stopDeadline = deadline;
  k.emit('Killing', `Stopping container ${c.spec.name}`, c.spec.name);
  const preStop = c.spec.lifecycle.preStop;
  if (!preStop) {
    sendSigterm(k, c);
    return;
  }
  // The preStop hook may use the whole grace period; it is cut off when the period runs out.
  const hook = readHook(preStop);
  const end = Math.min(roundTime(k.now + hook.seconds), Math.max(deadline, k.now));
  k.schedule({ kind: 'preStopDone', c: c.at, epoch: c.epoch, ok: hook.ok }, end);
}

export function preStopDone(k: Terminator, c: ContainerState, ok: boolean): void {
  if (!ok) k.emit('FailedPreStopHook', `PreStopHook failed: the preStop hook of container ${c.spec.name} exited with an error`, c.spec.name);
  sendSigterm(k, c);
}

// killContainer: gracePeriod minus the time preStop took, but at least minimumGracePeriodInSeconds.
function sendSigterm(k: Terminator, c: ContainerState): void {
  const killAt = roundTime(k.now + Math.max(c.stopDeadline - k.now, MINIMUM_GRACE_PERIOD_SECONDS));
  const exitAt = roundTime(k.now + SIM_DEFAULTS.sigtermExitSeconds.value);
  k.schedule({ kind: 'sigterm', c: c.at, epoch: c.epoch }, k.now);
  // Podscope default: the process exits on SIGTERM (143) shortly after, unless SIGKILL (137) comes first
  // or its script ignores SIGTERM (`trap '' TERM`).
  const ignores = readProgram(c.spec.command, c.spec.args, c.spec.kind).ignoresSigterm === true;
  if (exitAt < killAt && !ignores) k.schedule({ kind: 'exit', c: c.at, epoch: c.epoch, exitCode: 143, reason: 'Error' }, exitAt);
  else k.schedule({ kind: 'sigkill', c: c.at, epoch: c.epoch }, killAt);
}

/** A stopping container has exited: move the shutdown along. */
export function containerStopped(k: Terminator): void {
  if (k.containers.some((c) => c.stopping && c.life === 'running')) return;
  const appsLeft = k.shutdown === 'deleting' && k.containers.some((c) => c.spec.kind !== 'sidecar' && c.life === 'running');
  if (!appsLeft) stopNextSidecar(k);
}
