// simulate() on pods of growing size: a 50-container pod with probes and restarts (target under 10 ms),
// and 5 / 50 / 500 containers, read from YAML by loadPod and simulated until 600 s, to see how the cost grows
// (about linear: ×10 per 10× containers). CPU time, in batches, because wall time on a shared machine swings ±50 %.
import { loadPod } from '../src/core/spec/load-pod';
import type { PodModel } from '../src/core/spec/pod-model';
import type { Scenario } from '../src/core/sim/scenario';
import { simulate, simulateData } from '../src/core/sim/simulate';
import { timelineFromData } from '../src/core/sim/timeline-data';
import { medianMs, round } from './median';

const PROBES = [
  '    startupProbe: {httpGet: {path: /healthz, port: 8080}, periodSeconds: 2}',
  '    readinessProbe: {httpGet: {path: /healthz, port: 8080}, periodSeconds: 5}',
  '    livenessProbe: {httpGet: {path: /healthz, port: 8080}}',
];

// A pod of n containers: a tenth init containers, a tenth native sidecars, the rest apps; every other one has
// probes; every fifth app crashes every run after 20 s (restarts with back-off), and some readiness probes flap.
function busyPod(n: number): { yaml: string; scenario: Scenario } {
  const inits = Math.max(1, Math.floor(n / 10));
  const sidecars = Math.max(1, Math.floor(n / 10));
  const apps = Math.max(1, n - inits - sidecars);
  const probes = (i: number) => (i % 2 === 0 ? PROBES : []);
  const lines = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: busy', 'spec:', '  initContainers:'];
  for (let i = 0; i < inits; i++) lines.push(`  - name: init-${i}`, `    image: registry/init:${i % 3}`, "    command: ['sh', '-c', 'sleep 1']");
  for (let i = 0; i < sidecars; i++) {
    lines.push(`  - name: side-${i}`, '    image: envoy:v1', '    restartPolicy: Always', "    command: ['sleep', 'infinity']", ...probes(i));
  }
  lines.push('  containers:');
  const actions: Scenario['actions'] = [];
  for (let i = 0; i < apps; i++) {
    if (i % 5 === 0) actions.push({ container: `app-${i}`, exitCode: 1, after: 20 });
    if (i % 7 === 0) actions.push({ container: `app-${i}`, probe: 'readiness', failFrom: 60, failUntil: 200 });
    lines.push(`  - name: app-${i}`, `    image: registry/app:${i % 4}`, "    command: ['sleep', 'infinity']", ...probes(i));
  }
  return { yaml: `${lines.join('\n')}\n`, scenario: { actions } };
}

/**
 * Median CPU time (user + system) of one call of `fn`, timed in batches of `batch` calls so a small pod's fraction of
 * a millisecond is measured over several: steadier than wall time on a shared, busy machine.
 */
function medianCpuMsPerCall(runs: number, batch: number, fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    for (let j = 0; j < batch; j++) fn();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000 / batch);
  }
  times.sort((a, b) => a - b);
  return round(times[Math.floor(times.length / 2)] ?? NaN, 3);
}

function loaded(n: number): { yaml: string; pod: PodModel; scenario: Scenario } {
  const { yaml, scenario } = busyPod(n);
  const result = loadPod(yaml);
  if (!result.pod) throw new Error(`the ${n}-container bench pod does not load: ${JSON.stringify(result.diagnostics)}`);
  return { yaml, pod: result.pod, scenario };
}

export default async function (): Promise<Record<string, unknown>> {
  const fifty = loaded(50);
  for (let i = 0; i < 100; i++) simulate(fifty.pod, fifty.scenario, { until: 600 }); // let the JIT warm up
  const figures: Record<string, unknown> = {
    'median ms, simulate, 50 containers with probes and restarts, until 600': medianMs(21, () => simulate(fifty.pod, fifty.scenario, { until: 600 })),
    'events, 50 containers': simulate(fifty.pod, fifty.scenario, { until: 600 }).events.length,
  };
  const sizes = [5, 50, 500];
  const pods = sizes.map(loaded);
  // About 5 ms of work per timed batch whatever the size.
  const batch = (n: number) => Math.max(1, Math.round(500 / n));
  const both = pods.map((p, i) => medianCpuMsPerCall(15, batch(sizes[i] ?? 1), () => simulate(loadPod(p.yaml).pod!, p.scenario, { until: 600 })));
  const alone = pods.map((p, i) => medianCpuMsPerCall(15, batch(sizes[i] ?? 1), () => simulate(p.pod, p.scenario, { until: 600 })));
  sizes.forEach((n, i) => {
    figures[`median CPU ms, loadPod + simulate, ${n} containers`] = both[i];
    figures[`median CPU ms, simulate alone, ${n} containers`] = alone[i];
  });
  figures['events, 500 containers'] = simulate(pods[2]!.pod, pods[2]!.scenario, { until: 600 }).events.length;
  const growth = (xs: number[], a: number, b: number) => round((xs[b] ?? NaN) / (xs[a] ?? NaN));
  figures['growth, loadPod + simulate, 5 → 50 (10× containers)'] = growth(both, 0, 1);
  figures['growth, loadPod + simulate, 50 → 500 (10× containers)'] = growth(both, 1, 2);
  figures['growth, simulate alone, 5 → 50'] = growth(alone, 0, 1);
  figures['growth, simulate alone, 50 → 500'] = growth(alone, 1, 2);
  // Reading: every t inside one change interval shares a snapshot; entering an interval builds its containers array,
  // patched from the previous one when playing forward, rebuilt from each container's history when jumping.
  const big = simulateData(pods[2]!.pod, pods[2]!.scenario, { until: 600 });
  const changes = big.changeTimes;
  const perCallUs = (ts: number[]) => {
    const reps = Math.ceil(20_000 / ts.length);
    return round(medianCpuMsPerCall(9, 1, () => {
      const timeline = timelineFromData(big);
      for (let r = 0; r < reps; r++) for (const t of ts) timeline.at(t);
    }) * 1000 / (reps * ts.length), 3);
  };
  figures['change times, 500 containers'] = changes.length;
  figures['timeline.at(t), 500 containers, t = 0 … 600 step 1/60 (60 fps at 1×), CPU µs per call'] = perCallUs(Array.from({ length: 36_000 }, (_, k) => k / 60));
  figures['timeline.at(t), 500 containers, each change time in order (entering each interval), CPU µs per call'] = perCallUs(changes);
  // A fixed scramble (stride 97 over the change indexes) stands for jumping around the timeline.
  figures['timeline.at(t), 500 containers, change times jumbled, CPU µs per call'] = perCallUs(changes.map((_, k) => changes[(k * 97) % changes.length] ?? 0));
  return figures;
}
