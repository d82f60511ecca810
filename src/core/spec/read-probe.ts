// Probes and lifecycle hooks: one handler each, numbers in range, Kubernetes' defaults filled in.
// pkg/apis/core/validation/validation.go: validateProbe, validateLivenessProbe, validateStartupProbe,
// validateHandler, validateLifecycle; defaults from pkg/apis/core/v1/defaults.go SetDefaults_Probe, _HTTPGetAction.
import { assertNever } from '../assert-never';
import { PROBE_DEFAULTS } from './defaults';
import { report, type Findings } from './finding';
import { HOOK_HANDLERS, PROBE_HANDLERS } from './known-fields';
import { portNameProblem } from './kubernetes-names';
import { messages } from './messages';
import { field, intField, isMapping, stringField, stringList } from './plain-values';
import type { HandlerModel, ProbeModel } from './pod-model';

export type ProbeKind = 'livenessProbe' | 'readinessProbe' | 'startupProbe';

const PROBE_NAMES: Record<ProbeKind, string> = {
  livenessProbe: 'liveness probe',
  readinessProbe: 'readiness probe',
  startupProbe: 'startup probe',
};

/** A probe with defaults, or undefined when it has no usable handler (the problem is reported). */
export function readProbe(raw: unknown, kind: ProbeKind, path: string, findings: Findings): ProbeModel | undefined {
  if (!isMapping(raw)) return undefined;
  const handler = readHandler(raw, PROBE_HANDLERS, kind, path, findings, messages.probeHandlerCount);
  const numbers = { ...PROBE_DEFAULTS };
  for (const key of Object.keys(PROBE_DEFAULTS) as (keyof typeof PROBE_DEFAULTS)[]) {
    const value = intField(raw, key);
    if (value === undefined) continue;
    if (value < 0) report(findings, 'error', messages.negative(key, value), `${path}.${key}`);
    else if (value === 0 && PROBE_DEFAULTS[key] !== 0) report(findings, 'info', messages.zeroMeansDefault(key, PROBE_DEFAULTS[key]), `${path}.${key}`);
    else numbers[key] = value;
  }
  // validateLivenessProbe / validateStartupProbe: "must be 1".
  if (kind !== 'readinessProbe' && numbers.successThreshold !== 1) {
    report(findings, 'error', messages.successThresholdNotOne(PROBE_NAMES[kind], numbers.successThreshold), `${path}.successThreshold`);
    numbers.successThreshold = 1;
  }
  return handler ? { handler, ...numbers } : undefined;
}

/** A lifecycle hook (postStart / preStop), or undefined when it has no usable action. */
export function readHook(raw: unknown, hook: 'postStart' | 'preStop', path: string, findings: Findings): HandlerModel | undefined {
  if (!isMapping(raw)) return undefined;
  return readHandler(raw, HOOK_HANDLERS, hook, path, findings, messages.hookHandlerCount);
}

type HandlerName = (typeof PROBE_HANDLERS)[number] | (typeof HOOK_HANDLERS)[number];

function readHandler(
  raw: Record<string, unknown>,
  allowed: readonly HandlerName[],
  label: string,
  path: string,
  findings: Findings,
  countMessage: (label: string, found: readonly string[]) => string,
): HandlerModel | undefined {
  const found = allowed.filter((name) => isMapping(field(raw, name)));
  if (found.length !== 1) report(findings, 'error', countMessage(label, found), found.length > 1 ? `${path}.${found[1]}` : path);
  const name = found[0];
  if (!name) return undefined;
  const spec = field(raw, name);
  const at = `${path}.${name}`;
  switch (name) {
    case 'exec': {
      // validateExecAction: command is required.
      const command = stringList(spec, 'command');
      if (command.length === 0) report(findings, 'error', messages.execCommandMissing(label), at);
      return { type: 'exec', command };
    }
    case 'httpGet': {
      const port = readPort(spec, name, at, findings);
      // validateHTTPGetAction: scheme HTTP or HTTPS (SetDefaults_HTTPGetAction fills HTTP and path "/").
      const given = stringField(spec, 'scheme');
      if (given !== undefined && given !== 'HTTP' && given !== 'HTTPS') report(findings, 'error', messages.schemeInvalid(given), `${at}.scheme`);
      if (port === undefined) return undefined;
      const scheme = given === 'HTTPS' ? 'HTTPS' : 'HTTP';
      return { type: 'httpGet', port, path: stringField(spec, 'path') ?? '/', scheme };
    }
    case 'tcpSocket': {
      const port = readPort(spec, name, at, findings);
      return port === undefined ? undefined : { type: 'tcpSocket', port };
    }
    case 'grpc': {
      const port = readPort(spec, name, at, findings);
      if (typeof port !== 'number') return undefined; // a name is a type error, reported by check-fields.ts
      const service = stringField(spec, 'service');
      return service === undefined ? { type: 'grpc', port } : { type: 'grpc', port, service };
    }
    case 'sleep': {
      const seconds = intField(spec, 'seconds') ?? 0;
      if (seconds < 0) report(findings, 'error', messages.negative('seconds', seconds), `${at}.seconds`);
      return { type: 'sleep', seconds: Math.max(0, seconds) };
    }
    default:
      return assertNever(name);
  }
}

/** validation.go ValidatePortNumOrName: 1–65535, or an IANA service name (a named port of the container). */
function readPort(spec: unknown, handler: string, path: string, findings: Findings): number | string | undefined {
  const port = field(spec, 'port');
  if (port === undefined || port === null) {
    report(findings, 'error', messages.handlerPortMissing(handler), path);
    return undefined;
  }
  if (typeof port === 'number' && Number.isInteger(port)) {
    if (port < 1 || port > 65535) {
      report(findings, 'error', messages.portOutOfRange('port', port, 1), `${path}.port`);
      return undefined;
    }
    return port;
  }
  if (typeof port === 'string') {
    const problem = portNameProblem(port);
    if (problem) {
      report(findings, 'error', messages.portNameInvalid(port, problem), `${path}.port`);
      return undefined;
    }
    return port;
  }
  return undefined;
}
