// Starting one container: pull its image, create it, start it, run its postStart hook; and when its run will end.
// pkg/kubelet/kuberuntime/kuberuntime_container.go startContainer; pkg/kubelet/images/image_manager.go EnsureImageExists.
import { readHook, readProgram } from './container-program';
import { SIM_DEFAULTS, roundTime } from './defaults';
import { startProbes, updateReady } from './probes';
import type { ContainerAction, ContainerState, Kubelet } from './sim-state';
import type { Shutdown } from './termination';

export interface Starter extends Kubelet {
  readonly shutdown: Shutdown;
  /** The init containers are done and the app containers' start pass has begun. */
  readonly initDone: boolean;
  readonly until: number;
  readonly imagesOnNode: Set<string>;
  /** The app container the start pass is starting now. */
  readonly passCurrent: ContainerState | undefined;
  runActions(c: ContainerState): ContainerAction[];
  appsFinished(): boolean;
}

/** Pull (per imagePullPolicy) or find the image, then create and start. */
export function beginStart(k: Starter, c: ContainerState): void {
  c.life = 'starting';
  c.epoch++;
  const image = c.spec.image;
  const present = k.imagesOnNode.has(image);
  const policy = c.spec.imagePullPolicy;
  if (policy === 'Always' || (policy === 'IfNotPresent' && !present)) {
    const seconds = present ? SIM_DEFAULTS.imageRepullSeconds.value : SIM_DEFAULTS.imagePullSeconds.value;
    k.emit('Pulling', `Pulling image "${image}"`, c.spec.name);
    k.schedule({ kind: 'pulled', c: c.at, epoch: c.epoch, seconds }, roundTime(k.now + seconds));
    return;
  }
  // image_manager.go: IfNotPresent (or Never) with the image on the node.
  k.emit('Pulled', `Container image "${image}" already present on machine`, c.spec.name);
  createAndStart(k, c);
}

export function imagePulled(k: Starter, c: ContainerState, seconds: number): void {
  k.imagesOnNode.add(c.spec.image);
  k.emit('Pulled', `Successfully pulled image "${c.spec.image}" in ${seconds}s`, c.spec.name);
  createAndStart(k, c);
}

function createAndStart(k: Starter, c: ContainerState): void {
  if (k.shutdown !== 'none') return;
  if (c.spec.kind === 'sidecar' && c.runs > 0 && k.appsFinished()) {
    // The pod is completing: a sidecar is not started again (it will be reported stopped).
    c.epoch++;
    c.life = 'done';
    return;
  }
  const name = c.spec.name;
  if (c.runs > 0) {
    // restartCount grows by one each time the container is started again; the run that ended becomes lastState.
    if (c.status === 'terminated') c.lastState = { exitCode: c.exitCode ?? 0, reason: c.reason ?? 'Error', finishedAt: c.finishedAt ?? k.now };
    c.restartCount++;
  }
  k.emit('Created', `Created container: ${name}`, name);
  k.emit('Started', `Started container ${name}`, name);
  c.runs++;
  c.life = 'running';
  c.status = 'running';
  c.reason = undefined;
  c.exitCode = undefined;
  c.finishedAt = undefined;
  c.backOffUntil = undefined;
  c.startedAt = k.now;
  k.touch(c);
  startProbes(k, c);
  updateReady(k, c);
  scheduleExit(k, c);
  // The postStart hook runs synchronously: the kubelet starts nothing else until it returns.
  const hook = c.spec.lifecycle.postStart ? readHook(c.spec.lifecycle.postStart) : undefined;
  const held = hook ? Math.min(hook.seconds, k.until + 1) : 0;
  c.postStartUntil = roundTime(k.now + held);
  if (hook) k.schedule({ kind: 'postStartDone', c: c.at, epoch: c.epoch, ok: hook.ok }, roundTime(k.now + held));
  if (c === k.passCurrent) k.schedule({ kind: 'passNext' }, roundTime(k.now + held));
  // A sidecar without a startup probe is started once running; the kubelet sees it at the next relist.
  if (c.spec.kind === 'sidecar' && c.startupPassed) k.sidecarStarted(c, SIM_DEFAULTS.plegRelistSeconds.value);
}

/** The run's end: the earliest of what its command does and what the scenario says about this run. */
function scheduleExit(k: Starter, c: ContainerState): void {
  let best: { after: number; exitCode: number; reason: string } | undefined;
  for (const a of k.runActions(c)) {
    if (!('after' in a) || (a.run !== undefined && a.run !== c.runs)) continue;
    const exit = 'oomKilled' in a
      ? { after: a.after, exitCode: 137, reason: 'OOMKilled' }
      : { after: a.after, exitCode: a.exitCode, reason: a.exitCode === 0 ? 'Completed' : 'Error' };
    if (!best || exit.after < best.after) best = exit;
  }
  const program = readProgram(c.spec.command, c.spec.args, c.spec.kind);
  if (program.ends && (!best || program.after < best.after)) {
    best = { after: program.after, exitCode: program.exitCode, reason: program.exitCode === 0 ? 'Completed' : 'Error' };
  }
  if (best && c.startedAt + best.after <= k.until) {
    k.schedule({ kind: 'exit', c: c.at, epoch: c.epoch, exitCode: best.exitCode, reason: best.reason }, roundTime(c.startedAt + Math.max(0, best.after)));
  }
}
