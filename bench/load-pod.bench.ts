// loadPod's cost: the article's pod, a 50-container pod, and a generated 5 MiB spec with thousands of containers
// (parse, positions, checks and defaults; medians of several runs, nothing asserted).
import { ARTICLE_POD_YAML } from '../src/core/examples/article-pod';
import { loadPod } from '../src/core/spec/load-pod';
import { medianMs, round } from './median';

/** Median CPU time (user + system) of `fn`: steadier than wall time on a shared, busy machine. */
function medianCpuMs(runs: number, fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return round(times[Math.floor(times.length / 2)] ?? NaN);
}

/** A pod with `count` app containers, each with a command, a port, env, a mount and a readiness probe. */
function generatedPod(count: number): string {
  const lines = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: generated', 'spec:', '  volumes:', '  - name: shared', '    emptyDir: {}', '  containers:'];
  for (let i = 0; i < count; i++) {
    lines.push(
      `  - name: worker-${i}`,
      `    image: registry.example.com/team/worker:1.${i % 50}`,
      `    command: ['sh', '-c', 'echo worker ${i} starting && sleep 3600']`,
      '    ports:',
      `    - containerPort: ${1024 + i}`,
      `      name: p${i % 10_000}`,
      '    env:',
      '    - name: WORKER_INDEX',
      `      value: "${i}"`,
      '    volumeMounts:',
      '    - name: shared',
      `      mountPath: /data/${i}`,
      '    readinessProbe:',
      `      httpGet: {path: /healthz, port: ${1024 + i}}`,
      '      periodSeconds: 5',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The smallest generated pod of at least `bytes` characters. */
function podOfSize(bytes: number): { text: string; containers: number } {
  const perContainer = generatedPod(2).length - generatedPod(1).length;
  const containers = Math.ceil(bytes / perContainer);
  return { text: generatedPod(containers), containers };
}

export default async function loadPodBench(): Promise<Record<string, unknown>> {
  const fifty = generatedPod(50);
  const big = podOfSize(5 * 1024 * 1024);
  const bigResult = loadPod(big.text);
  return {
    articlePodMs: medianMs(200, () => loadPod(ARTICLE_POD_YAML)),
    fiftyContainersMs: medianMs(50, () => loadPod(fifty)),
    fiftyContainersChars: fifty.length,
    fiveMiBMs: medianMs(7, () => loadPod(big.text)),
    fiveMiBCpuMs: medianCpuMs(7, () => loadPod(big.text)),
    fiveMiBChars: big.text.length,
    fiveMiBContainersInText: big.containers,
    fiveMiBContainersLoaded: bigResult.pod?.containers.length ?? 0,
    fiveMiBDiagnostics: bigResult.diagnostics.map((d) => `${d.severity} ${d.line}:${d.column} ${d.message.slice(0, 80)}`),
  };
}
