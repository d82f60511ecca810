// The restart back-off in words, shared by every narration that mentions a restart.
// pkg/kubelet/kubelet.go: backOffPeriod 10 s, MaxContainerBackOff 300 s; pkg/kubelet/pod_workers.go: the pod
// worker retries a failed sync 10–15 s later, so a real restart can come up to ~15 s after the back-off runs out.
import { BACK_OFF_INITIAL_SECONDS, BACK_OFF_MAX_SECONDS } from '../sim/back-off';

export const BACK_OFF_RULE =
  `The first restart is immediate; each later one waits ${BACK_OFF_INITIAL_SECONDS} s, ${BACK_OFF_INITIAL_SECONDS * 2} s, ${BACK_OFF_INITIAL_SECONDS * 4} s … ` +
  `doubling up to ${BACK_OFF_MAX_SECONDS / 60} minutes, and the delay starts over after ${(2 * BACK_OFF_MAX_SECONDS) / 60} minutes without a failure.`;

export const REAL_CLUSTER_DELAY =
  'Podscope restarts the container the moment its back-off runs out; a real kubelet retries the pod every 10–15 s while it waits, so a real cluster can restart it up to about 15 s later.';
