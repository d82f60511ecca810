// The READY, STATUS and RESTARTS columns of `kubectl get pod`, computed the way kubectl does.
// pkg/printers/internalversion/printers.go: printPod, walked literally, quirks included.
import type { ContainerSnapshot, PodConditions, PodPhase } from './types';

export interface PrintPodInput {
  phase: PodPhase;
  conditions: Pick<PodConditions, 'Initialized' | 'Ready'>;
  /** initContainers first, in spec order, then containers (ContainerSnapshot.role tells them apart). */
  containers: readonly ContainerSnapshot[];
  /** metadata.deletionTimestamp is set. */
  terminating?: boolean;
}

export interface KubectlColumns {
  ready: string;
  status: string;
  restarts: string;
}

/**
 * k8s.io/apimachinery/pkg/util/duration HumanDuration, as kubectl prints ages: 12s, 119s, 2m, 5m3s, 10m, 3h5m, 8h, 2d3h.
 */
export function humanDuration(seconds: number): string {
  const s = Math.floor(seconds);
  if (s < -1) return '<invalid>';
  if (s < 0) return '0s';
  if (s < 60 * 2) return `${s}s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 10) {
    const rest = s % 60;
    return rest === 0 ? `${minutes}m` : `${minutes}m${rest}s`;
  }
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = Math.floor(s / 3600);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${Math.floor(hours / 24)}d` : `${Math.floor(hours / 24)}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const dy = Math.floor(hours / 24) % 365;
    const y = Math.floor(hours / 24 / 365);
    return dy === 0 ? `${y}y` : `${y}y${dy}d`;
  }
  return `${Math.floor(hours / 24 / 365)}y`;
}

/** The restart count and last termination time kubectl sums up; the "(15s ago)" part depends on `t`. */
export interface RestartTally {
  restarts: number;
  /** lastState.terminated.finishedAt of the newest counted container, or undefined. */
  lastRestartAt?: number;
}

export function formatRestarts(tally: RestartTally, t: number): string {
  if (tally.restarts !== 0 && tally.lastRestartAt !== undefined) {
    return `${tally.restarts} (${humanDuration(t - tally.lastRestartAt)} ago)`;
  }
  return String(tally.restarts);
}

function later(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}

/**
 * STATUS while the init container at `i` (of `count` init containers and native sidecars) holds initialization up:
 * it is neither completed (exit 0) nor a started sidecar.
 */
export function initializingStatus(c: ContainerSnapshot, i: number, count: number): string {
  // initialization has failed
  if (c.state === 'terminated') return c.reason ? `Init:${c.reason}` : `Init:ExitCode:${c.exitCode ?? 0}`;
  if (c.state === 'waiting' && c.reason && c.reason !== 'PodInitializing') return `Init:${c.reason}`;
  return `Init:${i}/${count}`;
}

/** The STATUS an app container sets (the first one in spec order wins), or undefined when it sets none. */
export function appContainerStatus(c: ContainerSnapshot): string | undefined {
  if (c.state === 'waiting' && c.reason) return c.reason;
  if (c.state === 'terminated') return c.reason ? c.reason : `ExitCode:${c.exitCode ?? 0}`;
  return undefined;
}

/** printPod's columns, plus the restart tally so a timeline can re-format RESTARTS at any t. */
export function printPodColumns(pod: PrintPodInput): { ready: string; status: string; tally: RestartTally } {
  const init = pod.containers.filter((c) => c.role !== 'app');
  const apps = pod.containers.filter((c) => c.role === 'app');
  let restarts = 0;
  let restartableRestarts = 0;
  let lastRestartAt: number | undefined;
  let lastRestartableAt: number | undefined;
  // totalContainers counts app containers and restartable init containers (native sidecars).
  const total = apps.length + init.filter((c) => c.role === 'sidecar').length;
  let ready = 0;
  let reason: string = pod.phase;

  let initializing = false;
  for (let i = 0; i < init.length; i++) {
    const c = init[i] as ContainerSnapshot;
    restarts += c.restartCount;
    lastRestartAt = later(lastRestartAt, c.lastState?.finishedAt);
    if (c.role === 'sidecar') {
      restartableRestarts += c.restartCount;
      lastRestartableAt = later(lastRestartableAt, c.lastState?.finishedAt);
    }
    if (c.state === 'terminated' && c.exitCode === 0) continue;
    if (c.role === 'sidecar' && c.started) {
      if (c.ready) ready++;
      continue;
    }
    reason = initializingStatus(c, i, init.length);
    initializing = true;
    break;
  }

  if (!initializing || pod.conditions.Initialized) {
    restarts = restartableRestarts;
    lastRestartAt = lastRestartableAt;
    let hasRunning = false;
    for (let i = apps.length - 1; i >= 0; i--) {
      const c = apps[i] as ContainerSnapshot;
      restarts += c.restartCount;
      lastRestartAt = later(lastRestartAt, c.lastState?.finishedAt);
      const status = appContainerStatus(c);
      if (status !== undefined) reason = status;
      else if (c.ready && c.state === 'running') {
        hasRunning = true;
        ready++;
      }
    }
    // change pod status back to "Running" if there is at least one container still reporting as "Running" status
    if (reason === 'Completed' && hasRunning) reason = pod.conditions.Ready ? 'Running' : 'NotReady';
  }

  if (pod.terminating && pod.phase !== 'Succeeded' && pod.phase !== 'Failed') reason = 'Terminating';

  return { ready: `${ready}/${total}`, status: reason, tally: { restarts, lastRestartAt } };
}

/** `kubectl get pod`'s READY, STATUS and RESTARTS at pod time t. */
export function printPod(pod: PrintPodInput, t: number): KubectlColumns {
  const { ready, status, tally } = printPodColumns(pod);
  return { ready, status, restarts: formatRestarts(tally, t) };
}
