// The shared network namespace read from a spec: the ports each container listens on, and the localhost
// addresses it points at (env values, command and args), resolved to the container that listens there.
import type { ContainerModel, PortModel } from '../spec/pod-model';

export type Protocol = PortModel['protocol'];

export interface ListenPort {
  port: number;
  protocol: Protocol;
  /** declared = spec.ports; args = read from a flag such as --port=5432 or =tcp:5432. */
  from: 'declared' | 'args';
}

/** A localhost address a container refers to. `port` is undefined for a bare `DB_HOST=localhost` with no `DB_PORT`. */
export interface LocalhostReference {
  port?: number;
  /** Where it was read, in plain words: "DB_HOST=127.0.0.1, DB_PORT=5432" or "--nginx.scrape-uri". */
  evidence: string;
}

/** A reference resolved: `from` reaches `to` on localhost:port. */
export interface LocalhostLink {
  from: string;
  to: string;
  port?: number;
  protocol: Protocol;
  evidence: string;
}

const LOCAL_ADDRESS = /(?:localhost|127\.0\.0\.1|\[::1\]):(\d{1,5})/gi;
const LOCAL_HOST_VALUE = /^(?:localhost|127\.0\.0\.1|::1)$/i;
const HOST_NAME = /^(.*?)_?(?:HOST|HOSTNAME|ADDR|ADDRESS|SERVER)$/;
// Flags naming the port a proxy listens on: --port=5432, -listen=:6379, --http-address=0.0.0.0:4180, …=tcp:5432.
const LISTEN_FLAG = /^--?[\w.-]*(?:port|listen|address|addr)[\w.-]*[= ](?:[\w.[\]:-]*:)?(\d{1,5})$/i;
const TCP_SUFFIX = /[=,]tcp:(?:[\d.]+:)?(\d{1,5})\b/gi;

function validPort(text: string | undefined): number | undefined {
  const port = Number(text);
  return Number.isInteger(port) && port >= 1 && port <= 65535 ? port : undefined;
}

// Longer words and names are not addresses or flags anyone writes; skipping them keeps the regexes linear-time
// on hostile input (pasted specs and embed messages are untrusted).
const MAX_WORD = 256;

function words(container: ContainerModel): string[] {
  return [...container.command, ...container.args]
    .flatMap((part) => part.split(/\s+/))
    .filter((word) => word !== '' && word.length <= MAX_WORD);
}

/** Declared ports first, then ports read from listen flags that are not declared. */
export function listenPorts(container: ContainerModel): ListenPort[] {
  const found: ListenPort[] = container.ports.map((p) => ({ port: p.containerPort, protocol: p.protocol, from: 'declared' }));
  const add = (port: number | undefined) => {
    if (port !== undefined && !found.some((p) => p.port === port)) found.push({ port, protocol: 'TCP', from: 'args' });
  };
  const argv = words(container);
  argv.forEach((word, i) => {
    // A flag whose value is the next word: --port 5432
    const next = argv[i + 1];
    const joined = /^--?[\w.-]*(?:port|listen)[\w.-]*$/i.test(word) && next !== undefined ? `${word}=${next}` : word;
    if (/scrape|upstream|target|backend|server|uri|url/i.test(joined.split('=')[0] ?? '')) return;
    add(validPort(LISTEN_FLAG.exec(joined)?.[1]));
    for (const m of joined.matchAll(TCP_SUFFIX)) add(validPort(m[1]));
  });
  return found;
}

/** The localhost addresses a container points at, from env values and its command line. */
export function localhostReferences(container: ContainerModel): LocalhostReference[] {
  const refs: LocalhostReference[] = [];
  const add = (ref: LocalhostReference) => {
    if (!refs.some((r) => r.port === ref.port && r.evidence === ref.evidence)) refs.push(ref);
  };
  const env = new Map(container.env.map((e) => [e.name, e.value]));
  for (const { name, value } of container.env) {
    if (value === undefined || name.length > MAX_WORD) continue;
    for (const m of value.matchAll(LOCAL_ADDRESS)) {
      const port = validPort(m[1]);
      if (port !== undefined) add({ port, evidence: `${name}=${value}` });
    }
    const host = HOST_NAME.exec(name);
    if (host && LOCAL_HOST_VALUE.test(value.trim())) {
      const prefix = host[1] ?? '';
      const portName = [`${prefix}_PORT`, `${prefix}PORT`].find((n) => env.get(n) !== undefined);
      const port = portName ? validPort(env.get(portName)) : undefined;
      add(port !== undefined && portName ? { port, evidence: `${name}=${value}, ${portName}=${port}` } : { evidence: `${name}=${value}` });
    }
  }
  const own = new Set(listenPorts(container).map((p) => p.port));
  for (const word of words(container)) {
    for (const m of word.matchAll(LOCAL_ADDRESS)) {
      const port = validPort(m[1]);
      if (port !== undefined && !own.has(port)) add({ port, evidence: word });
    }
  }
  return refs;
}

/**
 * Resolves every container's localhost references to the container listening there. A reference without a port
 * resolves only when exactly one other candidate listens on some port (there is no other way to tell).
 */
export function localhostLinks(containers: ContainerModel[]): LocalhostLink[] {
  const listening = containers.map((c) => ({ name: c.name, ports: listenPorts(c) }));
  const links: LocalhostLink[] = [];
  for (const from of containers) {
    for (const ref of localhostReferences(from)) {
      const others = listening.filter((l) => l.name !== from.name);
      const owners =
        ref.port === undefined
          ? others.filter((l) => l.ports.length > 0)
          : others.filter((l) => l.ports.some((p) => p.port === ref.port));
      const owner = owners.length === 1 ? owners[0] : ref.port !== undefined ? owners[0] : undefined;
      if (!owner || listening.find((l) => l.name === from.name)?.ports.some((p) => p.port === ref.port)) continue;
      const port = ref.port ?? owner.ports[0]?.port;
      const protocol = owner.ports.find((p) => p.port === port)?.protocol ?? 'TCP';
      if (!links.some((l) => l.from === from.name && l.to === owner.name && l.port === port)) {
        links.push({ from: from.name, to: owner.name, port, protocol, evidence: ref.evidence });
      }
    }
  }
  return links;
}
