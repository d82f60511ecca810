// simulate() on pods of growing size: a 50-container pod with probes and restarts (target under 10 ms),
// and 5 / 50 / 500 containers to see how the cost grows.
import type { PodModel } from '../src/core/spec/pod-model';
import type { Scenario } from '../src/core/sim/scenario';
import { simulate } from '../src/core/sim/simulate';
import { container, initContainer, pod, probe, sidecar } from '../src/core/sim/test-pod';
import { medianMs, round } from './median';

// A pod of n containers: a tenth init containers, a tenth native sidecars, the rest apps; every other one has
// probes; every fifth app crashes every run after 20 s (restarts with back-off), and some readiness probes flap.
function busyPod(n: number): { pod: PodModel; scenario: Scenario } {
  const inits = Math.max(1, Math.floor(n / 10));
  const sidecars = Math.max(1, Math.floor(n / 10));
  const apps = Math.max(1, n - inits - sidecars);
  const withProbes = (i: number) => (i % 2 === 0 ? { readinessProbe: probe({ periodSeconds: 5 }), livenessProbe: probe(), startupProbe: probe({ periodSeconds: 2 }) } : {});
  const actions: Scenario['actions'] = [];
  const initContainers = [
    ...Array.from({ length: inits }, (_, i) => initContainer({ name: `init-${i}`, image: `registry/init:${i % 3}`, command: ['sh', '-c', 'sleep 1'] })),
    ...Array.from({ length: sidecars }, (_, i) => sidecar({ name: `side-${i}`, image: 'envoy:v1', command: ['sleep', 'infinity'], ...withProbes(i) })),
  ];
  const containers = Array.from({ length: apps }, (_, i) => {
    if (i % 5 === 0) actions.push({ container: `app-${i}`, exitCode: 1, after: 20 });
    if (i % 7 === 0) actions.push({ container: `app-${i}`, probe: 'readiness', failFrom: 60, failUntil: 200 });
    return container({ name: `app-${i}`, image: `registry/app:${i % 4}`, command: ['sleep', 'infinity'], ...withProbes(i) });
  });
  return { pod: pod({ initContainers, containers }), scenario: { actions } };
}

export default async function (): Promise<Record<string, unknown>> {
  const fifty = busyPod(50);
  for (let i = 0; i < 100; i++) simulate(fifty.pod, fifty.scenario, { until: 600 }); // let the JIT warm up
  const figures: Record<string, unknown> = {
    'median ms, 50 containers with probes and restarts, until 600': medianMs(21, () => simulate(fifty.pod, fifty.scenario, { until: 600 })),
    'events, 50 containers': simulate(fifty.pod, fifty.scenario, { until: 600 }).events.length,
  };
  const sizes = [5, 50, 500];
  const medians = sizes.map((n) => {
    const { pod: p, scenario } = busyPod(n);
    return medianMs(n >= 500 ? 7 : 21, () => simulate(p, scenario, { until: 600 }));
  });
  sizes.forEach((n, i) => (figures[`median ms, ${n} containers`] = medians[i]));
  figures['growth 5 → 50 (10× containers)'] = round((medians[1] ?? NaN) / (medians[0] ?? NaN));
  figures['growth 50 → 500 (10× containers)'] = round((medians[2] ?? NaN) / (medians[1] ?? NaN));
  const { pod: big, scenario: bigScenario } = busyPod(500);
  const timeline = simulate(big, bigScenario, { until: 600 });
  figures['timeline.at(t), 500 containers, median µs per call'] = round(medianMs(5, () => {
    for (let t = 0; t < 600; t += 0.6) timeline.at(t);
  }) * 1000 / 1000, 3);
  return figures;
}
