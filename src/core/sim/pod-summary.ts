// The pod's phase, conditions and kubectl columns, kept up to date one changed container at a time.
// pod-status.ts (kubelet getPhase, status/generate.go) and kubectl-columns.ts (printPod) walk every container;
// doing that at each of a big pod's thousands of change times made simulate() quadratic. Here each container
// contributes counts (for getPhase and the conditions) and a piece of printPod's two loops, folded in spec order by
// FoldTree; the results are the same as those literal walks (pod-summary.test.ts checks them side by side).
import { appContainerStatus, initializingStatus, type RestartTally } from './kubectl-columns';
import { FoldTree } from './fold-tree';
import type { PodFacts } from './pod-status';
import type { ContainerSnapshot, PodConditions, PodPhase } from './types';

// ---- getPhase and the conditions: sums over the containers ----

/** What one container adds to the counts getPhase, GeneratePodInitializedCondition and ContainersReady use. */
interface Counts {
  pendingRestartableInit: number;
  pendingRegularInit: number;
  failedInitialization: number;
  running: number;
  waiting: number;
  stopped: number;
  succeeded: number;
  /** HasAnyRegularContainerStarted: app containers running or terminated. */
  regularStarted: number;
  /** Init containers not completed with exit 0, and native sidecars not started (Initialized). */
  initNotDone: number;
  /** App containers and native sidecars that are not ready (ContainersReady). */
  notReady: number;
}

function zeroCounts(): Counts {
  return { pendingRestartableInit: 0, pendingRegularInit: 0, failedInitialization: 0, running: 0, waiting: 0, stopped: 0, succeeded: 0, regularStarted: 0, initNotDone: 0, notReady: 0 };
}

/** into += sign × n, field by field (written out: this runs at every change of every container). */
function addCounts(into: Counts, n: Counts, sign: 1 | -1): void {
  into.pendingRestartableInit += sign * n.pendingRestartableInit;
  into.pendingRegularInit += sign * n.pendingRegularInit;
  into.failedInitialization += sign * n.failedInitialization;
  into.running += sign * n.running;
  into.waiting += sign * n.waiting;
  into.stopped += sign * n.stopped;
  into.succeeded += sign * n.succeeded;
  into.regularStarted += sign * n.regularStarted;
  into.initNotDone += sign * n.initNotDone;
  into.notReady += sign * n.notReady;
}

// The branches of pod-status.ts podPhase, one container at a time.
function countsOf(c: ContainerSnapshot): Counts {
  const n = zeroCounts();
  if (c.role === 'init') {
    if (c.state === 'running') n.pendingRegularInit++;
    else if (c.state === 'terminated') {
      if (c.exitCode !== 0) n.failedInitialization++;
    } else if (c.lastState) {
      if (c.lastState.exitCode !== 0) n.failedInitialization++;
    } else n.pendingRegularInit++;
    if (!(c.state === 'terminated' && c.exitCode === 0)) n.initNotDone++;
    return n;
  }
  if (c.role === 'sidecar') {
    if (c.state === 'running') {
      if (!c.started) n.pendingRestartableInit++;
      n.running++;
    } else if (c.state === 'waiting' && !c.lastState) n.pendingRestartableInit++;
    if (!c.started) n.initNotDone++;
  } else {
    if (c.state === 'running') n.running++;
    else if (c.state === 'terminated') {
      n.stopped++;
      if (c.exitCode === 0) n.succeeded++;
    } else if (c.lastState) n.stopped++;
    else n.waiting++;
    if (c.state === 'running' || c.state === 'terminated') n.regularStarted++;
  }
  if (!c.ready) n.notReady++;
  return n;
}

// ---- printPod: its init loop and its app loop as folds ----

/** printPod's loop over the init containers and sidecars, up to and including the first that holds it up. */
interface InitFold {
  /** The first container that is neither completed (exit 0) nor a started sidecar, and its index. */
  blocker: ContainerSnapshot | undefined;
  blockerAt: number;
  restarts: number;
  lastRestartAt: number;
  restartableRestarts: number;
  lastRestartableAt: number;
  ready: number;
}

const NO_INIT: InitFold = { blocker: undefined, blockerAt: -1, restarts: 0, lastRestartAt: -Infinity, restartableRestarts: 0, lastRestartableAt: -Infinity, ready: 0 };

function initFoldOf(c: ContainerSnapshot, at: number): InitFold {
  const finished = c.lastState?.finishedAt ?? -Infinity;
  const sidecar = c.role === 'sidecar';
  const passes = (c.state === 'terminated' && c.exitCode === 0) || (sidecar && c.started);
  return {
    blocker: passes ? undefined : c,
    blockerAt: passes ? -1 : at,
    restarts: c.restartCount,
    lastRestartAt: finished,
    restartableRestarts: sidecar ? c.restartCount : 0,
    lastRestartableAt: sidecar ? finished : -Infinity,
    // A completed init container is skipped before its readiness is looked at.
    ready: sidecar && c.started && c.ready && !(c.state === 'terminated' && c.exitCode === 0) ? 1 : 0,
  };
}

// The loop stops at its first blocker: nothing after it counts.
function combineInit(a: InitFold, b: InitFold): InitFold {
  if (a.blocker) return a;
  return {
    blocker: b.blocker,
    blockerAt: b.blockerAt,
    restarts: a.restarts + b.restarts,
    lastRestartAt: Math.max(a.lastRestartAt, b.lastRestartAt),
    restartableRestarts: a.restartableRestarts + b.restartableRestarts,
    lastRestartableAt: Math.max(a.lastRestartableAt, b.lastRestartableAt),
    ready: a.ready + b.ready,
  };
}

/** printPod's loop over the app containers (from last to first, so the first container's status wins). */
interface AppFold {
  restarts: number;
  lastRestartAt: number;
  /** Running and ready app containers. */
  ready: number;
  status: string | undefined;
}

const NO_APP: AppFold = { restarts: 0, lastRestartAt: -Infinity, ready: 0, status: undefined };

function appFoldOf(c: ContainerSnapshot): AppFold {
  const status = appContainerStatus(c);
  return {
    restarts: c.restartCount,
    lastRestartAt: c.lastState?.finishedAt ?? -Infinity,
    ready: status === undefined && c.ready && c.state === 'running' ? 1 : 0,
    status,
  };
}

function combineApps(a: AppFold, b: AppFold): AppFold {
  return { restarts: a.restarts + b.restarts, lastRestartAt: Math.max(a.lastRestartAt, b.lastRestartAt), ready: a.ready + b.ready, status: a.status ?? b.status };
}

const timeOrUndefined = (t: number): number | undefined => (t === -Infinity ? undefined : t);

/** The whole pod's status, updated with set() as its containers change. */
export class PodSummary {
  private readonly counts = zeroCounts();
  private readonly itemCounts: Counts[];
  private readonly init: FoldTree<InitFold>;
  private readonly apps: FoldTree<AppFold>;
  /** READY's total: app containers and native sidecars. */
  private readonly total: number;
  /** Init containers and native sidecars come first; app containers from here on. */
  private readonly initCount: number;

  /** `containers`: initContainers first, in spec order, then containers, as in PodSnapshot. */
  constructor(containers: readonly ContainerSnapshot[]) {
    const initCount = containers.findIndex((c) => c.role === 'app');
    this.initCount = initCount < 0 ? containers.length : initCount;
    this.itemCounts = containers.map(countsOf);
    for (const n of this.itemCounts) addCounts(this.counts, n, 1);
    this.init = new FoldTree(containers.slice(0, this.initCount).map(initFoldOf), combineInit, NO_INIT);
    this.apps = new FoldTree(containers.slice(this.initCount).map(appFoldOf), combineApps, NO_APP);
    this.total = containers.filter((c) => c.role !== 'init').length;
  }

  /** Container i (its position in the list given to the constructor) now looks like `c`. */
  set(i: number, c: ContainerSnapshot): void {
    const after = countsOf(c);
    addCounts(this.counts, this.itemCounts[i] as Counts, -1);
    addCounts(this.counts, after, 1);
    this.itemCounts[i] = after;
    if (i < this.initCount) this.init.set(i, initFoldOf(c, i));
    else this.apps.set(i - this.initCount, appFoldOf(c));
  }

  /** HasAnyRegularContainerStarted. */
  get anyAppStarted(): boolean {
    return this.counts.regularStarted > 0;
  }

  /** pod-status.ts podStatus, from the counts. */
  status(facts: PodFacts): { phase: PodPhase; conditions: PodConditions } {
    const n = this.counts;
    const phase = this.phase(facts);
    const containersReady = phase !== 'Succeeded' && phase !== 'Failed' && n.notReady === 0;
    // GeneratePodInitializedCondition: no init containers, an app container has started, or all are done.
    const initialized = this.initCount === 0 || facts.appEverStarted === true || n.regularStarted > 0 || n.initNotDone === 0;
    return {
      phase,
      conditions: {
        PodScheduled: true,
        PodReadyToStartContainers: facts.sandboxReady && !facts.terminal,
        Initialized: initialized,
        ContainersReady: containersReady,
        Ready: containersReady,
      },
    };
  }

  // pod-status.ts podPhase after its loop.
  private phase(facts: PodFacts): PodPhase {
    const n = this.counts;
    if (n.failedInitialization > 0 && facts.restartPolicy === 'Never') return 'Failed';
    if (n.pendingRegularInit > 0 || (n.pendingRestartableInit > 0 && n.regularStarted === 0)) return 'Pending';
    if (n.waiting > 0) return 'Pending';
    if (n.running > 0) return 'Running';
    if (n.stopped > 0) {
      if (facts.terminal) return n.stopped === n.succeeded ? 'Succeeded' : 'Failed';
      if (facts.restartPolicy === 'Always') return 'Running';
      if (n.stopped === n.succeeded) return 'Succeeded';
      if (facts.restartPolicy === 'Never') return 'Failed';
      return 'Running';
    }
    return 'Pending';
  }

  /** kubectl-columns.ts printPodColumns, from the folds. */
  columns(phase: PodPhase, conditions: Pick<PodConditions, 'Initialized' | 'Ready'>, terminating: boolean): { ready: string; status: string; tally: RestartTally } {
    const init = this.init.total;
    let status: string = phase;
    let restarts = init.restarts;
    let lastRestartAt = init.lastRestartAt;
    let ready = init.ready;
    if (init.blocker) status = initializingStatus(init.blocker, init.blockerAt, this.initCount);
    if (!init.blocker || conditions.Initialized) {
      const apps = this.apps.total;
      restarts = init.restartableRestarts + apps.restarts;
      lastRestartAt = Math.max(init.lastRestartableAt, apps.lastRestartAt);
      ready += apps.ready;
      if (apps.status !== undefined) status = apps.status;
      if (status === 'Completed' && apps.ready > 0) status = conditions.Ready ? 'Running' : 'NotReady';
    }
    if (terminating && phase !== 'Succeeded' && phase !== 'Failed') status = 'Terminating';
    const last = timeOrUndefined(lastRestartAt);
    return { ready: `${ready}/${this.total}`, status, tally: last === undefined ? { restarts } : { restarts, lastRestartAt: last } };
  }
}
