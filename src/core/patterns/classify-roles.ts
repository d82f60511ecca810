// Which role each container plays (init, native sidecar, sidecar, ambassador, adapter, main) and why, read from
// the spec alone. Order of evidence: the podscope.io/roles annotation, then the kind (init containers), then a known
// image (known-images.ts), then ports, env and volumes relative to the main container, then a fallback.
//
// | evidence (other = a container beside the main one)                        | role       | purpose          |
// |---------------------------------------------------------------------------|------------|------------------|
// | annotation podscope.io/roles: "name=role,…"                               | as written | image's, if same |
// | in initContainers                                                         | init       | image's, if any  |
// | in initContainers with restartPolicy: Always                              | native-sidecar, pattern from the rows below |
// | known image (known-images.ts)                                             | its table row                  |
// | main reaches other on localhost:PORT other listens on (env *_HOST=localhost + *_PORT, or localhost:PORT in env/args) | ambassador | outbound-proxy |
// | other reaches main on localhost:PORT and listens on a port of its own     | adapter    | metrics-exporter |
// | other reaches main on localhost:PORT, no port of its own                  | sidecar    | helper           |
// | other reads a volume main writes (volume-sharing.ts says who writes), other listens on a port | adapter | metrics-exporter |
// | other reads a volume main writes ("log" in path or name: log shipper)     | sidecar    | log-shipper / helper |
// | other writes a volume main reads (read-only mount, or git/wget/curl/cp/`>` in its command) | sidecar | content-sync |
// | other shares a read-write volume with main, nothing says who writes, no port of its own   | sidecar    | helper           |
// | the first app container not classified above (nor a known image, nor reading another's logs read-only) | main |   |
// | any other app container writing a log volume (read-write mount, "log" in path or name) that another container reads (read-only mount, or a known log shipper) | main (its logs are shipped) | |
// | any other app container that listens on a port                            | main (it serves clients too)   |
// | any other app container                                                   | sidecar    | helper           |
import { allContainers, type ContainerModel, type PodModel } from '../spec/pod-model';
import { imageRepository, recogniseImage, type KnownImage } from './known-images';
import { listenPorts, localhostLinks, type LocalhostLink } from './localhost-links';
import { readRoleOverrides } from './role-override';
import type { Pattern, Purpose, RoleAssignment } from './role-types';
import { logsReadByOthers, readsOthersLogs, sharedVolumes } from './volume-sharing';

interface Finding {
  pattern: Pattern;
  purpose: Purpose;
  reason: string;
  external?: string;
}

const FETCHES = /\b(git|wget|curl|rsync|fetch|download|pull|aws|gsutil)\b/i;

/** "docker.io/library/nginx" → "nginx": how an image is named in a reason. */
function shortImage(image: string): string {
  return imageRepository(image).replace(/^(docker\.io\/)?(library\/)?/, '');
}

function fromImage(container: ContainerModel, known: KnownImage): Finding {
  return {
    pattern: known.pattern,
    purpose: known.purpose,
    reason: `image ${shortImage(container.image)} is ${known.what}`,
    external: known.external,
  };
}

/** What `other` is to `main`, from localhost links and shared volumes; undefined when nothing ties them. */
function relation(pod: PodModel, main: ContainerModel, other: ContainerModel, links: LocalhostLink[]): Finding | undefined {
  const address = (l: LocalhostLink) => `localhost:${l.port ?? '?'}`;
  const toOther = links.find((l) => l.from === main.name && l.to === other.name);
  if (toOther) {
    return {
      pattern: 'ambassador',
      purpose: 'outbound-proxy',
      reason: `${main.name} reaches it on ${address(toOther)} (${toOther.evidence}), so it stands between ${main.name} and the outside`,
      external: 'external service',
    };
  }
  const ownPorts = listenPorts(other).map((p) => p.port);
  const toMain = links.find((l) => l.from === other.name && l.to === main.name);
  if (toMain && ownPorts.length > 0) {
    return {
      pattern: 'adapter',
      purpose: 'metrics-exporter',
      reason: `reads ${main.name} on ${address(toMain)} (${toMain.evidence}) and serves the result on port ${ownPorts.join(', ')}`,
      external: 'monitoring',
    };
  }
  const shares = sharedVolumes(pod, main, other).filter((s) => !s.guessed);
  const reads = shares.find((s) => s.reader === other.name);
  if (reads && ownPorts.length > 0) {
    return {
      pattern: 'adapter',
      purpose: 'metrics-exporter',
      reason: `reads volume ${reads.volume}, which ${main.name} writes, and serves the result on port ${ownPorts.join(', ')}`,
      external: 'monitoring',
    };
  }
  if (reads) {
    return {
      pattern: 'sidecar',
      purpose: reads.logs ? 'log-shipper' : 'helper',
      reason: `shares volume ${reads.volume} with ${main.name}, which writes it (${reads.evidence})`,
      external: reads.logs ? 'log backend' : undefined,
    };
  }
  const writes = shares.find((s) => s.writer === other.name);
  if (writes) {
    const fetches = FETCHES.test([...other.command, ...other.args].join(' '));
    return {
      pattern: 'sidecar',
      purpose: 'content-sync',
      reason: `writes volume ${writes.volume}, which ${main.name} reads (${writes.evidence})`,
      external: fetches ? 'content source' : undefined,
    };
  }
  if (toMain) {
    return { pattern: 'sidecar', purpose: 'helper', reason: `talks to ${main.name} on ${address(toMain)} (${toMain.evidence})` };
  }
  const guessed = sharedVolumes(pod, main, other).find((s) => s.guessed);
  if (guessed && ownPorts.length === 0) {
    return { pattern: 'sidecar', purpose: 'helper', reason: `shares volume ${guessed.volume} with ${main.name} (both mount it read-write)` };
  }
  return undefined;
}

/**
 * The main container's name: an annotated one, else the first app container that is not annotated and looks like
 * no helper: not a known image, and not reading the logs another container writes (a shipper listed before the apps
 * it serves), else the first one not annotated.
 */
function findMain(pod: PodModel, overrides: Map<string, string>, known: Map<string, KnownImage | undefined>): string | undefined {
  const annotated = pod.containers.find((c) => overrides.get(c.name) === 'main');
  if (annotated) return annotated.name;
  const free = pod.containers.filter((c) => !overrides.has(c.name));
  return (free.find((c) => !known.get(c.name) && !readsOthersLogs(pod, c)) ?? free[0])?.name;
}

/** One role per container, initContainers first in spec order, then containers. */
export function classifyRoles(pod: PodModel): RoleAssignment[] {
  const overrides = readRoleOverrides(pod);
  const firstApp = pod.containers[0]?.name;
  const known = new Map(allContainers(pod).map((c) => [c.name, recogniseImage(c, c.name === firstApp)]));
  const mainName = findMain(pod, overrides, known);
  const main = pod.containers.find((c) => c.name === mainName);
  const links = localhostLinks(allContainers(pod).filter((c) => c.kind !== 'init'));
  const inits = pod.initContainers.length;

  const assign = (c: ContainerModel): RoleAssignment => {
    const image = known.get(c.name);
    const finding = image ? fromImage(c, image) : main && c !== main ? relation(pod, main, c, links) : undefined;
    const override = overrides.get(c.name);
    if (override !== undefined) {
      const fits = finding?.pattern === override;
      const role = c.kind === 'sidecar' ? 'native-sidecar' : override === 'init' ? 'init' : override;
      return {
        container: c.name,
        role,
        reason: `set by the pod annotation podscope.io/roles (${c.name}=${override})`,
        source: 'annotation',
        ...(c.kind === 'sidecar' && override !== 'main' && override !== 'init' ? { pattern: override } : {}),
        ...(fits ? { purpose: finding.purpose, external: finding.external } : {}),
      };
    }
    if (c.kind === 'init') {
      const reason = `init container ${c.index + 1} of ${inits}: runs to completion, in order, before the app containers start`;
      return { container: c.name, role: 'init', reason, source: 'kind', ...(image ? { purpose: image.purpose, external: image.external } : {}) };
    }
    if (c.kind === 'sidecar') {
      const kindReason = 'an init container with restartPolicy: Always (a native sidecar): it starts before the app containers and runs beside them';
      if (!finding) return { container: c.name, role: 'native-sidecar', reason: kindReason, source: 'kind' };
      return {
        container: c.name,
        role: 'native-sidecar',
        reason: `${kindReason}; ${finding.reason}`,
        source: image ? 'image' : 'heuristic',
        pattern: finding.pattern,
        purpose: finding.purpose,
        ...(finding.external ? { external: finding.external } : {}),
      };
    }
    if (c === main) {
      const reason = image
        ? `image ${shortImage(c.image)} is ${image.what}, but no other app container is the main one`
        : pod.containers.length === 1
          ? 'the only app container'
          : 'the first app container not recognised as a helper';
      return { container: c.name, role: 'main', reason, source: pod.containers.length === 1 ? 'kind' : 'heuristic' };
    }
    if (finding) {
      return {
        container: c.name,
        role: finding.pattern,
        reason: finding.reason,
        source: image ? 'image' : 'heuristic',
        purpose: finding.purpose,
        ...(finding.external ? { external: finding.external } : {}),
      };
    }
    const ports = listenPorts(c).map((p) => p.port);
    const [logs] = logsReadByOthers(pod, c);
    if (logs) {
      // The apps whose logs a shipper collects are what the pod is for; the shipper is their sidecar.
      const serves = ports.length > 0 ? `serves port ${ports.join(', ')} itself and ` : '';
      return { container: c.name, role: 'main', reason: `${serves}writes its logs to volume ${logs.volume}, which ${logs.reader} reads`, source: 'heuristic' };
    }
    const beside = main ? ` with ${main.name}` : '';
    const shared = main ? sharedVolumes(pod, main, c)[0] : undefined;
    const link = shared ? `shares volume ${shared.volume}${beside}, but nothing says who writes it` : `no shared volume or localhost link${beside}`;
    return ports.length > 0
      ? { container: c.name, role: 'main', reason: `serves port ${ports.join(', ')} itself; ${link}`, source: 'heuristic' }
      : { container: c.name, role: 'sidecar', reason: `runs beside the main container; no shared volume or localhost link${beside}`, source: 'heuristic', purpose: 'helper' };
  };

  return allContainers(pod).map(assign);
}
