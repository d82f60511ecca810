// A container's spec in a few short lines for its details: command, ports, mounts, probes. Formatting only.
import type { ContainerModel, HandlerModel, ProbeModel } from '../../core/index';
import { assertNever } from '../../core/assert-never';

/** A shell-ish rendering of an argv: ["sh", "-c", "sleep 5"] → sh -c 'sleep 5'. */
export function argv(words: string[]): string {
  return words.map((w) => (/^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`)).join(' ');
}

export function handlerText(h: HandlerModel): string {
  switch (h.type) {
    case 'exec':
      return `exec ${argv(h.command)}`;
    case 'httpGet':
      return `${h.scheme} GET ${h.path} on port ${h.port}`;
    case 'tcpSocket':
      return `TCP connect to port ${h.port}`;
    case 'grpc':
      return `gRPC health check on port ${h.port}${h.service ? ` (${h.service})` : ''}`;
    case 'sleep':
      return `sleep ${h.seconds} s`;
    default:
      return assertNever(h);
  }
}

/** "HTTP GET /healthz on port 8080, every 10 s after 5 s, fails after 3" */
export function probeText(p: ProbeModel): string {
  const delay = p.initialDelaySeconds > 0 ? ` after ${p.initialDelaySeconds} s` : '';
  return `${handlerText(p.handler)}, every ${p.periodSeconds} s${delay}, timeout ${p.timeoutSeconds} s, fails after ${p.failureThreshold}`;
}

export function probeLines(c: ContainerModel): { kind: string; text: string }[] {
  const lines: { kind: string; text: string }[] = [];
  if (c.startupProbe) lines.push({ kind: 'startup', text: probeText(c.startupProbe) });
  if (c.readinessProbe) lines.push({ kind: 'readiness', text: probeText(c.readinessProbe) });
  if (c.livenessProbe) lines.push({ kind: 'liveness', text: probeText(c.livenessProbe) });
  return lines;
}
