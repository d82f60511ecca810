// The kubelet's per-container restart back-off (CrashLoopBackOff).
// pkg/kubelet/kuberuntime/kuberuntime_container.go doBackOff, with client-go util/flowcontrol/backoff.go:
// the first restart finds no entry and is immediate; each later one waits 10 s, 20 s, 40 s … up to 300 s;
// an entry untouched for 2 × 300 s expires, so the sequence starts over.

/** pkg/kubelet/kubelet.go: backOffPeriod. */
export const BACK_OFF_INITIAL_SECONDS = 10;
/** pkg/kubelet/kubelet.go: MaxContainerBackOff. */
export const BACK_OFF_MAX_SECONDS = 300;

export interface BackOffEntry {
  /** The current delay in seconds. */
  backoff: number;
  /** When the entry was last moved on (the pod time of the last restart). */
  lastUpdate: number;
}

// client-go flowcontrol hasExpired: eventTime.Sub(lastUpdate) > 2 * maxDuration.
function hasExpired(eventTime: number, entry: BackOffEntry): boolean {
  return eventTime - entry.lastUpdate > 2 * BACK_OFF_MAX_SECONDS;
}

/**
 * How long after `finishedAt` the container must wait before it may start again (0: at once).
 * flowcontrol IsInBackOffSince: in back-off while now - finishedAt < entry.backoff.
 */
export function restartDelay(entry: BackOffEntry | undefined, finishedAt: number): number {
  if (!entry || hasExpired(finishedAt, entry)) return 0;
  return entry.backoff;
}

/**
 * flowcontrol Next(key, finishedAt), called when the kubelet restarts the container at pod time `now`:
 * a missing or expired entry starts at 10 s, otherwise the delay doubles up to 300 s.
 */
export function nextBackOff(entry: BackOffEntry | undefined, finishedAt: number, now: number): BackOffEntry {
  if (!entry || hasExpired(finishedAt, entry)) return { backoff: BACK_OFF_INITIAL_SECONDS, lastUpdate: now };
  return { backoff: Math.min(entry.backoff * 2, BACK_OFF_MAX_SECONDS), lastUpdate: now };
}
