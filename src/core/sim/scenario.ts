// What the containers' processes do, beyond what their command says: the user's "what if".
// The spec says what Kubernetes does about it; the scenario says what happens to the processes.

export type ProbeKind = 'startup' | 'readiness' | 'liveness';

export type Action =
  /** The container's run-th start (1-based; every run when left out) exits `after` seconds after it started. */
  | { container: string; exitCode: number; after: number; run?: number }
  /** Whatever run is up at pod time `at` exits (a click on "crash"). */
  | { container: string; exitCode: number; at: number }
  /** The probe fails from pod time failFrom until failUntil (for ever when left out). */
  | { container: string; probe: ProbeKind; failFrom: number; failUntil?: number }
  /** The run-th start is OOM-killed `after` seconds after it started. */
  | { container: string; oomKilled: true; after: number; run?: number }
  /** Whatever run is up at pod time `at` is OOM-killed (a click on "OOM kill"). */
  | { container: string; oomKilled: true; at: number }
  /** Graceful deletion, as `kubectl delete pod`, at pod time `at`. */
  | { deletePod: true; at: number };

export interface Scenario {
  actions: Action[];
}

export const EMPTY_SCENARIO: Scenario = { actions: [] };
