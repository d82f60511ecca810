// Volumes two containers both mount, and which of the two writes and which reads (a guess from the spec).
import { allContainers, type ContainerModel, type PodModel, type VolumeMountModel } from '../spec/pod-model';
import { recogniseImage } from './known-images';

export interface VolumeShare {
  volume: string;
  writer: string;
  reader: string;
  /** Plain words on how the direction was told: "web mounts it read-only". */
  evidence: string;
  /** The files look like logs (the path or the volume name says "log"). */
  logs: boolean;
  /** Nothing in the spec says who writes (rule 4): the direction is a default, not a finding. */
  guessed: boolean;
}

// Volume types whose content comes from the API, not from a container: nobody in the pod writes them.
const API_FED = new Set(['configMap', 'secret', 'downwardAPI', 'projected']);
// Commands that fetch or produce files: git clone, wget, curl -o, rsync, cp, a shell redirect, tee.
const PRODUCES = /\b(git|wget|curl|rsync|cp|tee|sync|fetch|download|pull)\b|>>?/i;
const LOGS = /log/i;

/** Whether containers can write the volume at all (configMap, secret, downwardAPI and projected ones are read-only). */
export function containersWrite(pod: PodModel, volume: string): boolean {
  const type = pod.volumes.find((v) => v.name === volume)?.type;
  return type === undefined || !API_FED.has(type);
}

function mountOf(container: ContainerModel, volume: string): VolumeMountModel | undefined {
  return container.volumeMounts.find((m) => m.name === volume);
}

function commandLine(container: ContainerModel): string {
  return [...container.command, ...container.args].join(' ');
}

const isLogShipper = (c: ContainerModel) => recogniseImage(c, false)?.purpose === 'log-shipper';

/** Per pod, once (asked for each pair of containers, a pod of thousands would otherwise take quadratic time). */
const mountIndexes = new WeakMap<PodModel, Map<string, { readers: ContainerModel[]; writers: ContainerModel[] }>>();

/**
 * Who reads and who writes each volume while the pod runs. Readers: containers mounting it read-only, and known log
 * shippers (Fluent Bit and the like often mount their input read-write, for their position files). Writers: the
 * other read-write mounts. Init containers are left out: they have exited before the apps write anything.
 */
function mountIndex(pod: PodModel): Map<string, { readers: ContainerModel[]; writers: ContainerModel[] }> {
  let index = mountIndexes.get(pod);
  if (index) return index;
  index = new Map();
  for (const c of allContainers(pod)) {
    if (c.kind === 'init') continue;
    const shipper = isLogShipper(c);
    for (const m of c.volumeMounts) {
      const entry = index.get(m.name) ?? { readers: [], writers: [] };
      const list = m.readOnly || shipper ? entry.readers : entry.writers;
      if (list[list.length - 1] !== c) list.push(c); // one container's mounts come together
      index.set(m.name, entry);
    }
  }
  mountIndexes.set(pod, index);
  return index;
}

/** The containers that read `volume`'s files while the pod runs (mountIndex). */
export function volumeReaders(pod: PodModel, volume: string): ContainerModel[] {
  return mountIndex(pod).get(volume)?.readers ?? [];
}

/** The path or the volume name says "log": the files look like logs. */
export function holdsLogs(volume: string, ...mounts: (VolumeMountModel | undefined)[]): boolean {
  return LOGS.test(volume) || mounts.some((m) => m !== undefined && LOGS.test(m.mountPath));
}

/**
 * The volumes `main` and `other` share, with a writer and a reader each. Rules, first match wins:
 * 1. one side mounts read-only → the other writes;
 * 2. the path or volume name says "log" → main writes (its logs), other reads; unless other is no log shipper and a
 *    third container reads the volume (volumeReaders): then main and other both write their logs there for that
 *    reader, neither reads the other's, and the volume is no share between the two (the busy pod of
 *    bench/canvas.bench.ts: n apps each logging to `logs`, which fluent-bit reads, are n main containers);
 * 3. other's command fetches or writes files (git, wget, curl, rsync, cp, `>`) and main's does not → other writes;
 * 4. otherwise main writes and other reads, marked guessed: roles and flows do not build on it.
 */
export function sharedVolumes(pod: PodModel, main: ContainerModel, other: ContainerModel): VolumeShare[] {
  const shares: VolumeShare[] = [];
  for (const volume of pod.volumes) {
    const a = mountOf(main, volume.name);
    const b = mountOf(other, volume.name);
    if (!a || !b || API_FED.has(volume.type) || (a.readOnly && b.readOnly)) continue;
    const logs = holdsLogs(volume.name, a, b);
    const share = (writer: ContainerModel, reader: ContainerModel, evidence: string, guessed = false): VolumeShare => ({
      volume: volume.name,
      writer: writer.name,
      reader: reader.name,
      evidence,
      logs,
      guessed,
    });
    if (b.readOnly) shares.push(share(main, other, `${other.name} mounts it read-only`));
    else if (a.readOnly) shares.push(share(other, main, `${main.name} mounts it read-only`));
    else if (logs) {
      const forAThird = !isLogShipper(other) && volumeReaders(pod, volume.name).some((r) => r !== main && r !== other);
      if (!forAThird) shares.push(share(main, other, `it holds logs`));
    }
    else if (PRODUCES.test(commandLine(other)) && !PRODUCES.test(commandLine(main))) {
      shares.push(share(other, main, `${other.name}'s command fetches or writes files`));
    } else shares.push(share(main, other, `both mount it read-write`, true));
  }
  return shares;
}

/**
 * The log volumes `writer` writes for another container to read: those it mounts read-write whose path or name
 * says "log", and that a reader (volumeReaders) other than itself reads; in mount order.
 */
export function logsReadByOthers(pod: PodModel, writer: ContainerModel): { volume: string; mountPath: string; reader: string }[] {
  if (isLogShipper(writer)) return [];
  return writer.volumeMounts.flatMap((m) => {
    if (m.readOnly || !containersWrite(pod, m.name)) return [];
    const reader = volumeReaders(pod, m.name).find((r) => r !== writer);
    return reader && holdsLogs(m.name, m, mountOf(reader, m.name)) ? [{ volume: m.name, mountPath: m.mountPath, reader: reader.name }] : [];
  });
}

/** `reader` mounts read-only a log volume that another running container mounts read-write: it reads their logs. */
export function readsOthersLogs(pod: PodModel, reader: ContainerModel): boolean {
  const index = mountIndex(pod);
  return reader.volumeMounts.some((m) => m.readOnly && holdsLogs(m.name, m) && (index.get(m.name)?.writers ?? []).some((w) => w !== reader));
}
