// Every number Podscope invents where Kubernetes leaves the answer to the container, the node or the network.
// One table, each with a plain description, so the UI can show the user which timings are assumptions.

export interface SimDefault {
  /** Seconds (or a count, for maxEvents). */
  value: number;
  /** What it stands for, in plain words, for a legend or the narration. */
  description: string;
}

export const SIM_DEFAULTS = {
  // Podscope default, not Kubernetes: the scheduler binds the pod at once.
  scheduleSeconds: { value: 0, description: 'The scheduler assigns the pod to a node at once (t = 0).' },
  // Podscope default, not Kubernetes: sandbox and network set-up time.
  sandboxSeconds: { value: 1, description: 'Creating the pod sandbox and its network takes 1 s.' },
  // Podscope default, not Kubernetes: the node starts with an empty image cache.
  imagePullSeconds: { value: 2, description: 'Pulling an image the node does not have yet takes 2 s.' },
  // Podscope default, not Kubernetes: imagePullPolicy Always checks the registry again on every start.
  imageRepullSeconds: { value: 1, description: 'With imagePullPolicy Always, re-pulling an image the node already has takes 1 s.' },
  // pkg/kubelet/pleg/generic.go relists about every second; Podscope uses exactly 1 s.
  plegRelistSeconds: { value: 1, description: 'The kubelet notices a container start or exit at its next relist, 1 s later.' },
  // Podscope default, not Kubernetes: how long an unknown command (e.g. `git clone`) takes in an init container.
  initCommandSeconds: { value: 3, description: 'An init container command Podscope cannot read (such as git clone) completes after 3 s.' },
  // Podscope default, not Kubernetes: how long an `until …; do sleep N; done` loop waits for its condition.
  untilLoopSeconds: { value: 5, description: 'An `until …; do …; done` loop finds its condition true after 5 s.' },
  // Podscope default, not Kubernetes: an exec or HTTP lifecycle hook's run time.
  hookSeconds: { value: 1, description: 'A postStart or preStop hook (exec, HTTP, TCP) takes 1 s, unless it is a `sleep`.' },
  // Podscope default, not Kubernetes: processes handle SIGTERM and exit promptly (exit code 143).
  sigtermExitSeconds: { value: 1, description: 'A process exits 1 s after SIGTERM (exit code 143), unless SIGKILL comes first (137).' },
  // Podscope default: how far a simulation runs when no `until` is given.
  untilSeconds: { value: 600, description: 'The simulation covers the first 600 s (10 minutes) unless asked otherwise.' },
  // Podscope default: a safety cap on the number of events.
  maxEvents: { value: 20_000, description: 'A simulation stops after 20,000 events and says so.' },
  // Podscope default: a safety cap on internal steps (probe ticks and other happenings that make no event).
  maxSteps: { value: 2_000_000, description: 'A simulation stops after 2,000,000 internal steps, whatever happens.' },
} as const satisfies Record<string, SimDefault>;

export type SimDefaultName = keyof typeof SIM_DEFAULTS;

/** The table as a list, for a legend. */
export function listSimDefaults(): Array<{ name: SimDefaultName } & SimDefault> {
  return (Object.keys(SIM_DEFAULTS) as SimDefaultName[]).map((name) => ({ name, ...SIM_DEFAULTS[name] }));
}

/** Rounds a simulated time to the millisecond, so sums of fractions compare equal. */
export function roundTime(t: number): number {
  return Math.round(t * 1000) / 1000;
}
