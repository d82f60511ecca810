// A container's ports: numbers in range, a known protocol, IANA port names unique within the container.
// pkg/apis/core/validation/validation.go: validateContainerPorts; defaults: SetDefaults_ContainerPort (TCP).
import { DEFAULT_PROTOCOL } from './defaults';
import { report, type Findings } from './finding';
import { portNameProblem } from './kubernetes-names';
import { MAX_LIST_ENTRIES } from './limits';
import { messages } from './messages';
import { field, intField, isMapping, listField, stringField } from './plain-values';
import type { PortModel } from './pod-model';

const PROTOCOLS = ['TCP', 'UDP', 'SCTP'] as const;
type Protocol = (typeof PROTOCOLS)[number];

const isProtocol = (value: string): value is Protocol => (PROTOCOLS as readonly string[]).includes(value);

/** The usable ports of one container; `path` is the container's path. */
export function readPorts(container: unknown, path: string, findings: Findings): PortModel[] {
  const raw = listField(container, 'ports') ?? [];
  if (raw.length > MAX_LIST_ENTRIES) report(findings, 'warning', messages.listTruncated('ports', raw.length, MAX_LIST_ENTRIES), `${path}.ports`);
  const ports: PortModel[] = [];
  const names = new Set<string>();
  raw.slice(0, MAX_LIST_ENTRIES).forEach((entry: unknown, i) => {
    if (!isMapping(entry)) return; // reported by check-fields.ts
    const at = `${path}.ports[${i}]`;
    const containerPort = intField(entry, 'containerPort');
    let usable = true;
    if (containerPort === undefined) {
      // A non-integer is a type error already; only a missing one is reported here.
      if (field(entry, 'containerPort') === undefined) report(findings, 'error', messages.containerPortMissing(), at);
      usable = false;
    } else if (containerPort < 1 || containerPort > 65535) {
      report(findings, 'error', messages.portOutOfRange('containerPort', containerPort, 1), `${at}.containerPort`);
      usable = false;
    }
    const hostPort = intField(entry, 'hostPort');
    if (hostPort !== undefined && (hostPort < 0 || hostPort > 65535)) {
      report(findings, 'error', messages.portOutOfRange('hostPort', hostPort, 0), `${at}.hostPort`);
    }
    const protocolText = stringField(entry, 'protocol') ?? DEFAULT_PROTOCOL;
    let protocol: Protocol = 'TCP';
    if (isProtocol(protocolText)) protocol = protocolText;
    else report(findings, 'error', messages.protocolInvalid(protocolText), `${at}.protocol`);
    const name = stringField(entry, 'name');
    if (name !== undefined) {
      const problem = portNameProblem(name);
      if (problem) report(findings, 'error', messages.portNameInvalid(name, problem), `${at}.name`);
      else if (names.has(name)) report(findings, 'error', messages.portNameDuplicate(name), `${at}.name`);
      names.add(name);
    }
    if (!usable || containerPort === undefined) return;
    const port: PortModel = { containerPort, protocol };
    if (name !== undefined) port.name = name;
    if (hostPort !== undefined && hostPort > 0 && hostPort <= 65535) port.hostPort = hostPort;
    ports.push(port);
  });
  return ports;
}
