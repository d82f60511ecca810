// The discrete-event loop: one kubelet step at a time, the earliest pending happening first, and at equal times
// the one that was caused first. pkg/kubelet/kuberuntime/kuberuntime_manager.go computePodActions / SyncPod decide
// what a sync starts and kills; this file holds the init order, the app pass, and what happens after an exit.
import { allContainers, type PodModel } from '../spec/pod-model';
import { nextBackOff, restartDelay } from './back-off';
import { beginStart, imagePulled, type Starter } from './container-start';
import { SIM_DEFAULTS, roundTime } from './defaults';
import { probeTick } from './probes';
import type { Scenario, ProbeKind } from './scenario';
import { resolveActions } from './scenario-check';
import { freshContainer, PendingQueue, type ContainerAction, type ContainerState, type Happening, type Pending } from './sim-state';
import { beginCompletion, beginDeletion, containerStopped, preStopDone, type Shutdown, type Terminator } from './termination';
import type { SimEvent } from './types';
import { SnapshotRecorder } from './snapshot-recorder';
import type { TimelineData } from './timeline-data';

function assertNever(x: never): never {
  throw new Error(`unhandled happening ${JSON.stringify(x)}`);
}

export class SimEngine implements Terminator, Starter {
  readonly containers: ContainerState[];
  readonly events: SimEvent[] = [];
  now = 0;
  shutdown: Shutdown = 'none';
  terminating = false;
  graceDeadline = Infinity;
  sandboxReady = false;
  terminal = false;
  deleted = false;
  private readonly queue = new PendingQueue();
  private seq = 0;
  initDone = false;
  private passQueue: ContainerState[] = [];
  /** The app container the start pass is starting now (its restarts later do not move the pass on). */
  passCurrent: ContainerState | undefined;
  readonly imagesOnNode = new Set<string>();
  private readonly actions: ContainerAction[][];
  private readonly recorder: SnapshotRecorder;
  private cut = false;

  constructor(
    readonly pod: PodModel,
    scenario: Scenario,
    readonly until: number,
    private readonly maxEvents: number,
  ) {
    this.containers = allContainers(pod).map((spec, i) => freshContainer(spec, i));
    const { byContainer, deletions } = resolveActions(pod, scenario);
    this.actions = byContainer;
    this.recorder = new SnapshotRecorder(this);
    // Podscope default: the scheduler binds the pod at t = 0.
    this.emit('Scheduled', `Successfully assigned ${pod.namespace}/${pod.name} to node-1`);
    this.schedule({ kind: 'sandboxReady' }, SIM_DEFAULTS.sandboxSeconds.value);
    for (const list of byContainer) {
      for (const a of list) {
        if (!('at' in a)) continue;
        if ('exitCode' in a) this.schedule({ kind: 'crashAt', c: a.c, exitCode: a.exitCode, reason: a.exitCode === 0 ? 'Completed' : 'Error' }, roundTime(a.at));
        // An OOM kill is a SIGKILL from the kernel: exit code 137, reason OOMKilled.
        else if ('oomKilled' in a) this.schedule({ kind: 'crashAt', c: a.c, exitCode: 137, reason: 'OOMKilled' }, roundTime(a.at));
      }
    }
    const deletion = deletions[0];
    if (deletion !== undefined) this.schedule({ kind: 'deletePod' }, roundTime(Math.max(0, deletion)));
  }

  run(): TimelineData {
    const maxSteps = SIM_DEFAULTS.maxSteps.value;
    let steps = 0;
    let stoppedEarly = false;
    for (;;) {
      const next = this.queue.peek();
      if (!next || next.t > this.until) break;
      if (next.t !== this.now) {
        this.recorder.record(this.now);
        this.now = next.t;
      }
      this.queue.pop();
      this.handle(next);
      if (this.deleted) break; // the pod object is gone: nothing more can happen to it
      if (this.cut || ++steps > maxSteps) {
        stoppedEarly = true;
        break;
      }
    }
    this.recorder.record(this.now);
    const settled = !stoppedEarly && (this.deleted || (this.queue.size === 0 && this.terminal));
    // A settled pod ends at its last change (stale happenings of abandoned runs may have been popped later).
    const end = settled ? this.recorder.lastTime : stoppedEarly ? this.now : this.until;
    return this.recorder.finish(this.events, end);
  }

  // ---- what the kubelet modules may ask ----

  schedule(h: Happening, t: number): void {
    // The happening literal is fresh at every call site: stamp it rather than copy it (this is the hot path).
    const pending = h as Pending;
    pending.t = Math.max(t, this.now);
    pending.seq = this.seq++;
    this.queue.push(pending);
  }

  emit(type: string, message: string, container?: string, reason?: string): void {
    if (this.cut) return;
    if (this.events.length >= this.maxEvents) {
      this.cut = true;
      this.events.push({ t: this.now, type: 'SimulationCut', message: `The simulation stopped after ${this.maxEvents} events; what follows is not shown.` });
      return;
    }
    const e: SimEvent = { t: this.now, type, message };
    if (container !== undefined) e.container = container;
    e.reason = reason ?? type;
    this.events.push(e);
    this.recorder.changed();
  }

  touch(c: ContainerState): void {
    this.recorder.touch(c);
  }

  runActions(c: ContainerState): ContainerAction[] {
    return this.actions[c.at] ?? [];
  }

  probeActions(c: ContainerState, probe: ProbeKind): Array<{ failFrom: number; failUntil?: number }> {
    const out: Array<{ failFrom: number; failUntil?: number }> = [];
    for (const a of this.actions[c.at] ?? []) if ('probe' in a && a.probe === probe) out.push(a);
    return out;
  }

  sidecarStarted(c: ContainerState, after: number): void {
    // The sync that moves on cannot run before the sidecar's postStart hook has returned.
    if (!this.initDone) this.schedule({ kind: 'initSync' }, Math.max(roundTime(this.now + after), c.postStartUntil));
  }

  exit(c: ContainerState, exitCode: number, reason: string): void {
    if (c.life !== 'running') return;
    c.epoch++;
    c.life = 'exited';
    c.status = 'terminated';
    c.exitCode = exitCode;
    c.reason = reason;
    c.finishedAt = this.now;
    c.started = false;
    c.ready = false;
    this.touch(c);
    this.emit('Exited', `${c.spec.name} exited with code ${exitCode} (${reason})`, c.spec.name, reason);
    if (c.stopping) {
      c.life = 'done';
      containerStopped(this);
      return;
    }
    // pkg/kubelet/pleg/generic.go: the kubelet notices the exit at its next relist and acts at the next sync.
    this.schedule({ kind: 'noticeExit', c: c.at, epoch: c.epoch }, roundTime(this.now + SIM_DEFAULTS.plegRelistSeconds.value));
  }

  abandonPending(): void {
    this.passQueue = [];
    for (const c of this.containers) {
      if (c.life === 'idle' || c.life === 'starting' || c.life === 'backOff') {
        c.epoch++;
        c.life = 'done';
        if (c.backOffUntil !== undefined) {
          c.backOffUntil = undefined;
          this.touch(c);
        }
      }
    }
  }

  finish(): void {
    if (this.terminal && (this.deleted || !this.terminating)) return;
    this.terminal = true;
    this.sandboxReady = false;
    this.recorder.changed();
    if (this.terminating) {
      this.deleted = true;
      this.emit('Deleted', `Pod ${this.pod.name}: every container has stopped; the pod object is removed`);
    } else {
      this.emit('PodCompleted', `Pod ${this.pod.name} has finished: nothing will be restarted`);
    }
  }

  /**
   * Every app container has finished for good (exited, and the pod's restartPolicy will not restart it), so the pod
   * is completing: the kubelet restarts no sidecar then (computePodActions kills the pod's remaining containers).
   */
  appsFinished(): boolean {
    const policy = this.pod.restartPolicy;
    let any = false;
    for (const c of this.containers) {
      if (c.spec.kind !== 'app') continue;
      any = true;
      if (c.life === 'done') continue;
      const restarts = policy === 'Always' || (policy === 'OnFailure' && c.exitCode !== 0);
      if (c.life !== 'exited' || restarts) return false;
    }
    return any;
  }

  // ---- the loop ----

  private handle(h: Happening): void {
    const c = 'c' in h ? this.containers[h.c] : undefined;
    if (c && 'epoch' in h && h.epoch !== c.epoch) return; // a happening of an earlier run or an abandoned start
    switch (h.kind) {
      case 'sandboxReady':
        if (this.shutdown !== 'none') return; // deleted before the sandbox was up
        this.sandboxReady = true;
        this.recorder.changed();
        this.emit('SandboxReady', 'Pod sandbox created and its network set up (PodReadyToStartContainers)');
        return this.advanceInit();
      case 'initSync':
        return this.advanceInit();
      case 'passNext':
        return this.startNextInPass();
      case 'pulled':
        return imagePulled(this, c!, h.seconds);
      case 'postStartDone':
        if (!h.ok && c!.life === 'running') {
          // kuberuntime_container.go startContainer: a failed postStart hook kills the container.
          this.emit('FailedPostStartHook', `PostStartHookError: the postStart hook of container ${c!.spec.name} exited with an error`, c!.spec.name);
          this.emit('Killing', `FailedPostStartHook`, c!.spec.name);
          this.exit(c!, 137, 'Error');
        }
        return;
      case 'exit':
        return this.exit(c!, h.exitCode, h.reason);
      case 'crashAt':
        return this.exit(c!, h.exitCode, h.reason);
      case 'noticeExit':
        return this.noticeExit(c!);
      case 'backOffOver':
        if (this.shutdown !== 'none' || c!.life !== 'backOff') return;
        return this.beginRestart(c!);
      case 'probe':
        return probeTick(this, c!, h.probe);
      case 'deletePod':
        if (this.deleted) return;
        if (this.terminal) {
          this.terminating = true;
          return this.finish();
        }
        return beginDeletion(this);
      case 'preStopDone':
        return preStopDone(this, c!, h.ok);
      case 'sigterm':
        if (c!.life === 'running') this.emit('Signal', `SIGTERM sent to ${c!.spec.name}`, c!.spec.name, 'SIGTERM');
        return;
      case 'sigkill':
        if (c!.life !== 'running') return;
        this.emit('Signal', `Grace period over: SIGKILL sent to ${c!.spec.name}`, c!.spec.name, 'SIGKILL');
        return this.exit(c!, 137, 'Error');
      default:
        return assertNever(h);
    }
  }

  // kuberuntime_manager.go computeInitContainerActions: the first init container that is not done decides.
  private advanceInit(): void {
    if (this.initDone || this.shutdown !== 'none' || !this.sandboxReady) return;
    for (const c of this.containers) {
      if (c.spec.kind === 'app') break;
      const done = c.spec.kind === 'sidecar' ? c.started && c.life === 'running' : c.life === 'done' && c.exitCode === 0;
      if (done) continue;
      if (c.life === 'idle') beginStart(this, c);
      return; // starting, running, exited or backing off: wait for it
    }
    // Every init container has completed (sidecars: started): the app containers start, in spec order, in one pass.
    this.initDone = true;
    this.passQueue = this.containers.filter((c) => c.spec.kind === 'app');
    this.startNextInPass();
  }

  private startNextInPass(): void {
    if (this.shutdown !== 'none') return;
    const c = this.passQueue.shift();
    this.passCurrent = c;
    if (c) beginStart(this, c);
  }

  // computePodActions: what the kubelet does about an exit it has noticed.
  private noticeExit(c: ContainerState): void {
    if (this.shutdown !== 'none') {
      c.life = 'done';
      return;
    }
    const code = c.exitCode ?? 0;
    const policy = this.pod.restartPolicy;
    switch (c.spec.kind) {
      case 'init':
        if (code === 0) {
          c.life = 'done';
          return this.advanceInit();
        }
        // A failed init container is restarted unless the pod's restartPolicy is Never; then the pod fails.
        if (policy === 'Never') {
          c.life = 'done';
          return beginCompletion(this);
        }
        return this.restart(c);
      case 'sidecar':
        // Native sidecars are restarted whenever they exit, whatever the pod's restartPolicy (KEP-753).
        return this.restart(c);
      case 'app':
        if (policy === 'Always' || (policy === 'OnFailure' && code !== 0)) return this.restart(c);
        c.life = 'done';
        if (this.containers.every((x) => x.spec.kind !== 'app' || x.life === 'done')) beginCompletion(this);
        return;
    }
  }

  // kuberuntime_container.go doBackOff: immediate the first time, then wait out the back-off in CrashLoopBackOff.
  private restart(c: ContainerState): void {
    const finishedAt = c.finishedAt ?? this.now;
    const delay = restartDelay(c.backOff, finishedAt);
    const until = roundTime(finishedAt + delay);
    if (delay === 0 || until <= this.now) return this.beginRestart(c);
    c.life = 'backOff';
    c.lastState = { exitCode: c.exitCode ?? 0, reason: c.reason ?? 'Error', finishedAt };
    c.status = 'waiting';
    c.reason = 'CrashLoopBackOff';
    c.exitCode = undefined;
    c.finishedAt = undefined;
    c.backOffUntil = until;
    this.touch(c);
    this.emit('BackOff', `Back-off restarting failed container ${c.spec.name} in pod ${this.pod.name}`, c.spec.name);
    this.schedule({ kind: 'backOffOver', c: c.at, epoch: c.epoch }, until);
  }

  private beginRestart(c: ContainerState): void {
    c.backOff = nextBackOff(c.backOff, c.finishedAt ?? c.lastState?.finishedAt ?? this.now, this.now);
    if (c.backOffUntil !== undefined) {
      c.backOffUntil = undefined;
      this.touch(c);
    }
    beginStart(this, c);
  }
}
