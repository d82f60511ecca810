// The simulator's output: a timeline of events and the pod's state at any instant.
import type { ContainerKind } from '../spec/pod-model';

export interface SimEvent {
  /** Simulated seconds since the pod was created. */
  t: number;
  /** 'Scheduled', 'Pulling', 'Pulled', 'Created', 'Started', 'Killing', 'BackOff', 'Unhealthy', … or a process event such as 'Exited'. */
  type: string;
  container?: string;
  reason?: string;
  /** In the words of `kubectl describe pod` where Kubernetes has words for it. */
  message: string;
}

export interface ContainerSnapshot {
  name: string;
  role: ContainerKind;
  state: 'waiting' | 'running' | 'terminated';
  /** PodInitializing, ContainerCreating, CrashLoopBackOff, Completed, Error, OOMKilled … */
  reason?: string;
  exitCode?: number;
  started: boolean;
  ready: boolean;
  restartCount: number;
  /** While in CrashLoopBackOff: the pod time at which the back-off runs out. */
  backOffUntil?: number;
  /** The previous run's end, as status.lastState.terminated (finishedAt in pod seconds). */
  lastState?: { exitCode: number; reason: string; finishedAt: number };
  /** When the current terminated state began (pod seconds), while state is 'terminated'. */
  finishedAt?: number;
}

export interface PodConditions {
  PodScheduled: boolean;
  PodReadyToStartContainers: boolean;
  Initialized: boolean;
  ContainersReady: boolean;
  Ready: boolean;
}

export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed';

export interface PodSnapshot {
  t: number;
  phase: PodPhase;
  conditions: PodConditions;
  /** initContainers first, in spec order, then containers. */
  containers: ContainerSnapshot[];
  /** READY, STATUS and RESTARTS as `kubectl get pod` prints them. */
  kubectl: { ready: string; status: string; restarts: string };
  deleted?: boolean;
  /** The pod has a deletion timestamp (`kubectl delete pod` was run). */
  terminating?: boolean;
}

export interface Timeline {
  /** In time order. */
  events: SimEvent[];
  /** The last simulated second. */
  end: number;
  /** The pod at simulated second t (clamped to [0, end]). */
  at(t: number): PodSnapshot;
  /** The pod times at which the snapshot changes, ascending (the first is 0). */
  changeTimes?: readonly number[];
}
