// A made-up pod with a bit of everything the model reads: init containers, a native sidecar with a startup probe,
// apps with ports, env, probes, resources and mounts, a log shipper, an ambassador and an exporter. The page analyses
// it while idle so the model's code is compiled and optimised before the first keystroke needs it
// (store/analysis/worker-analysis.ts, warmUpWhileIdle); nobody sees it.

/** Apps in the pod beside the sidecars: enough for the model's loops to run many times per analysis. */
const APPS = 8;

export function warmUpPodYaml(): string {
  const lines = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: warm-up', '  labels: {app: warm-up}', 'spec:'];
  lines.push('  initContainers:');
  lines.push('  - name: migrate', '    image: example/migrate:2.0', "    command: ['sh', '-c', 'migrate up']");
  lines.push('  - name: istio-proxy', '    image: istio/proxyv2:1.22', '    restartPolicy: Always', '    ports:', '    - containerPort: 15001');
  lines.push('    startupProbe:', '      httpGet: {path: /healthz/ready, port: 15021}', '      periodSeconds: 1');
  lines.push('  containers:');
  for (let i = 0; i < APPS; i++) {
    lines.push(`  - name: app-${i}`, `    image: example/app-${i}:1.${i}`, '    ports:', `    - containerPort: ${9000 + i}`, '      name: http');
    lines.push('    env:', '    - {name: DB_HOST, value: localhost}', `    - {name: WORKER, value: "${i}"}`);
    lines.push('    readinessProbe:', `      httpGet: {path: /ready, port: ${9000 + i}}`, '      periodSeconds: 5');
    lines.push('    livenessProbe:', `      tcpSocket: {port: ${9000 + i}}`, '      initialDelaySeconds: 10');
    lines.push('    resources: {requests: {cpu: 100m, memory: 64Mi}, limits: {memory: 128Mi}}');
    lines.push('    volumeMounts:', `    - {name: logs, mountPath: /var/log/app-${i}}`);
  }
  lines.push('  - name: fluent-bit', '    image: fluent/fluent-bit:3.1', '    volumeMounts:', '    - {name: logs, mountPath: /var/log, readOnly: true}');
  lines.push('  - name: cloud-sql-proxy', '    image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11', '    args: ["--port=5432", "project:region:db"]');
  lines.push('  - name: metrics', '    image: prom/statsd-exporter:v0.26', '    ports:', '    - containerPort: 9102');
  lines.push('  volumes:', '  - name: logs', '    emptyDir: {}');
  return `${lines.join('\n')}\n`;
}
