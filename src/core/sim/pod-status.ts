// The pod's phase and its five conditions, from its container statuses.
// pkg/kubelet/kubelet_pods.go getPhase and pkg/kubelet/status/generate.go, followed literally.
import type { PodRestartPolicy } from '../spec/pod-model';
import type { ContainerSnapshot, PodConditions, PodPhase } from './types';

export interface PodFacts {
  restartPolicy: PodRestartPolicy;
  /** The sandbox exists and its network is up. */
  sandboxReady: boolean;
  /** The pod worker has finished with the pod: nothing will be restarted. */
  terminal: boolean;
  /** Some app container has been running at some point (Initialized then stays true). */
  appEverStarted?: boolean;
}

// pkg/kubelet/container/helpers.go HasAnyRegularContainerStarted: a regular container is running or has terminated.
export function hasAnyRegularContainerStarted(containers: readonly ContainerSnapshot[]): boolean {
  return containers.some((c) => c.role === 'app' && (c.state === 'running' || c.state === 'terminated'));
}

/** pkg/kubelet/kubelet_pods.go getPhase. */
export function podPhase(containers: readonly ContainerSnapshot[], facts: PodFacts): PodPhase {
  let pendingRestartableInit = 0;
  let pendingRegularInit = 0;
  let failedInitialization = 0;
  let running = 0;
  let waiting = 0;
  let stopped = 0;
  let succeeded = 0;
  for (const c of containers) {
    if (c.role === 'init') {
      if (c.state === 'running') pendingRegularInit++;
      else if (c.state === 'terminated') {
        if (c.exitCode !== 0) failedInitialization++;
      } else if (c.lastState) {
        if (c.lastState.exitCode !== 0) failedInitialization++;
      } else pendingRegularInit++;
    } else if (c.role === 'sidecar') {
      if (c.state === 'running') {
        if (!c.started) pendingRestartableInit++;
        running++;
      } else if (c.state === 'waiting' && !c.lastState) pendingRestartableInit++;
      // a terminated sidecar counts for nothing: it is restarted, or the pod is stopping
    } else if (c.state === 'running') running++;
    else if (c.state === 'terminated') {
      stopped++;
      if (c.exitCode === 0) succeeded++;
    } else if (c.lastState) stopped++;
    else waiting++;
  }

  if (failedInitialization > 0 && facts.restartPolicy === 'Never') return 'Failed';
  if (pendingRegularInit > 0 || (pendingRestartableInit > 0 && !hasAnyRegularContainerStarted(containers))) return 'Pending';
  if (waiting > 0) return 'Pending';
  if (running > 0) return 'Running';
  if (stopped > 0) {
    if (facts.terminal) return stopped === succeeded ? 'Succeeded' : 'Failed';
    if (facts.restartPolicy === 'Always') return 'Running';
    if (stopped === succeeded) return 'Succeeded';
    if (facts.restartPolicy === 'Never') return 'Failed';
    return 'Running';
  }
  return 'Pending';
}

/** pkg/kubelet/status/generate.go GeneratePodInitializedCondition. */
export function podInitialized(containers: readonly ContainerSnapshot[], appEverStarted = false): boolean {
  const init = containers.filter((c) => c.role !== 'app');
  if (init.length === 0) return true;
  // Initialized stays true once an app container has started, even while a sidecar restarts
  // (generate.go: HasAnyRegularContainerStarted). Podscope keeps it true even when every app container is
  // back in a waiting state at that instant, as the rules file states it.
  if (appEverStarted || hasAnyRegularContainerStarted(containers)) return true;
  return init.every((c) => (c.role === 'sidecar' ? c.started : c.state === 'terminated' && c.exitCode === 0));
}

/** Phase and conditions together. */
export function podStatus(containers: readonly ContainerSnapshot[], facts: PodFacts): { phase: PodPhase; conditions: PodConditions } {
  const phase = podPhase(containers, facts);
  // generate.go GenerateContainersReadyCondition: every app container and every native sidecar is ready;
  // a pod that has completed is not ready (reason PodCompleted).
  const containersReady = phase !== 'Succeeded' && phase !== 'Failed' && containers.every((c) => c.role === 'init' || c.ready);
  return {
    phase,
    conditions: {
      PodScheduled: true,
      // pkg/kubelet/kubelet_pods.go: the sandbox is torn down once the pod is terminal.
      PodReadyToStartContainers: facts.sandboxReady && !facts.terminal,
      Initialized: podInitialized(containers, facts.appEverStarted),
      ContainersReady: containersReady,
      // Ready = ContainersReady and readiness gates (Podscope models none).
      Ready: containersReady,
    },
  };
}
