// Startup, readiness and liveness probes: when they tick, what a failure does.
// pkg/kubelet/prober/worker.go (doProbe), prober_manager.go; thresholds as in the API defaults.
import type { HandlerModel, ProbeModel } from '../spec/pod-model';
import { roundTime } from './defaults';
import type { ProbeKind } from './scenario';
import type { ContainerState, Kubelet } from './sim-state';

const PROBE_FIELD = { startup: 'startupProbe', readiness: 'readinessProbe', liveness: 'livenessProbe' } as const;
const PROBE_WORD = { startup: 'Startup', readiness: 'Readiness', liveness: 'Liveness' } as const;

export function probeOf(c: ContainerState, kind: ProbeKind): ProbeModel | undefined {
  return c.spec[PROBE_FIELD[kind]];
}

/** What the kubelet would report for a failing probe of this handler. */
export function probeFailureDetail(handler: HandlerModel): string {
  switch (handler.type) {
    case 'httpGet':
      return `HTTP probe failed with statuscode: 503`;
    case 'tcpSocket':
      return `dial tcp :${handler.port}: connect: connection refused`;
    case 'grpc':
      return `service unhealthy (responded with "NOT_SERVING")`;
    case 'exec':
      return `command "${handler.command.join(' ')}" exited with 1`;
    case 'sleep':
      return 'sleep handler failed';
  }
}

/** Called when a run starts: resets the counters and schedules each probe's first tick. */
export function startProbes(k: Kubelet, c: ContainerState): void {
  c.startupPassed = !c.spec.startupProbe;
  c.readinessOk = !c.spec.readinessProbe;
  c.probeFailures = { startup: 0, readiness: 0, liveness: 0 };
  c.probeSuccesses = { startup: 0, readiness: 0, liveness: 0 };
  for (const kind of ['startup', 'readiness', 'liveness'] as const) {
    const probe = probeOf(c, kind);
    // worker.go: probes before initialDelaySeconds are skipped; then one every periodSeconds.
    if (probe) k.schedule({ kind: 'probe', c: c.at, epoch: c.epoch, probe: kind }, roundTime(c.startedAt + probe.initialDelaySeconds));
  }
}

function failing(k: Kubelet, c: ContainerState, kind: ProbeKind): boolean {
  const t = k.now;
  return k.probeActions(c, kind).some((w) => w.failFrom <= t && (w.failUntil === undefined || t < w.failUntil));
}

/** container ready = running, startup passed, readiness (if any) passing (pkg/kubelet/status/status_manager.go). */
export function updateReady(k: Kubelet, c: ContainerState): void {
  const ready = c.status === 'running' && c.startupPassed && c.readinessOk;
  const started = c.status === 'running' && c.startupPassed;
  if (ready !== c.ready || started !== c.started) {
    c.ready = ready;
    c.started = started;
    k.touch(c);
  }
}

/**
 * The next tick whose result could change anything. Ticks are at startedAt + initialDelaySeconds + m × periodSeconds;
 * while a probe passes and has nothing to catch up on, every tick before the next scenario failure window is
 * another success that changes nothing, so the engine skips straight to the first tick inside a window.
 */
function nextTick(k: Kubelet, c: ContainerState, kind: ProbeKind, probe: ProbeModel): number {
  const period = Math.max(1, probe.periodSeconds);
  const next = roundTime(k.now + period);
  const steady = c.startupPassed && c.probeFailures[kind] === 0 && (kind !== 'readiness' || c.readinessOk);
  if (!steady) return next;
  let best = Infinity;
  for (const w of k.probeActions(c, kind)) {
    const from = Math.max(w.failFrom, next);
    const steps = Math.ceil(roundTime((from - next) / period));
    const t = roundTime(next + steps * period);
    if (t >= w.failFrom && (w.failUntil === undefined || t < w.failUntil) && t < best) best = t;
  }
  return best;
}

function scheduleTick(k: Kubelet, c: ContainerState, kind: ProbeKind, probe: ProbeModel): void {
  const t = nextTick(k, c, kind, probe);
  if (Number.isFinite(t)) k.schedule({ kind: 'probe', c: c.at, epoch: c.epoch, probe: kind }, t);
}

/** One probe tick. */
export function probeTick(k: Kubelet, c: ContainerState, kind: ProbeKind): void {
  const probe = probeOf(c, kind);
  if (!probe || c.life !== 'running' || c.stopping) return;
  // prober_manager.go: liveness and readiness wait for the startup probe to succeed.
  if (kind !== 'startup' && !c.startupPassed) return scheduleTick(k, c, kind, probe);
  if (kind === 'startup' && c.startupPassed) return;
  const name = c.spec.name;
  if (failing(k, c, kind)) {
    c.probeFailures[kind]++;
    c.probeSuccesses[kind] = 0;
    k.emit('Unhealthy', `${PROBE_WORD[kind]} probe failed: ${probeFailureDetail(probe.handler)}`, name);
    if (c.probeFailures[kind] >= probe.failureThreshold) {
      if (kind === 'readiness') {
        c.readinessOk = false;
        updateReady(k, c);
      } else {
        // kuberuntime_manager.go computePodActions: a failed liveness/startup probe kills the container,
        // which is then restarted per restartPolicy (with back-off). Podscope: it dies at once with 137.
        k.emit('Killing', `Container ${name} failed ${kind} probe, will be restarted`, name);
        k.exit(c, 137, 'Error');
        return;
      }
    }
    return scheduleTick(k, c, kind, probe);
  }
  c.probeFailures[kind] = 0;
  c.probeSuccesses[kind]++;
  if (kind === 'startup') {
    c.startupPassed = true;
    updateReady(k, c);
    // A native sidecar counts as started once its startup probe succeeds; the kubelet syncs at once.
    if (c.spec.kind === 'sidecar') k.sidecarStarted(c, 0);
    return;
  }
  if (kind === 'readiness' && c.probeSuccesses.readiness >= probe.successThreshold) {
    c.readinessOk = true;
    updateReady(k, c);
  }
  scheduleTick(k, c, kind, probe);
}
