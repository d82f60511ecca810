// Volumes two containers both mount, and which of the two writes and which reads (a guess from the spec).
import type { ContainerModel, PodModel, VolumeMountModel } from '../spec/pod-model';

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

/**
 * The volumes `main` and `other` share, with a writer and a reader each. Rules, first match wins:
 * 1. one side mounts read-only → the other writes;
 * 2. the path or volume name says "log" → main writes (its logs), other reads;
 * 3. other's command fetches or writes files (git, wget, curl, rsync, cp, `>`) and main's does not → other writes;
 * 4. otherwise main writes and other reads, marked guessed: roles and flows do not build on it.
 */
export function sharedVolumes(pod: PodModel, main: ContainerModel, other: ContainerModel): VolumeShare[] {
  const shares: VolumeShare[] = [];
  for (const volume of pod.volumes) {
    const a = mountOf(main, volume.name);
    const b = mountOf(other, volume.name);
    if (!a || !b || API_FED.has(volume.type) || (a.readOnly && b.readOnly)) continue;
    const logs = LOGS.test(volume.name) || LOGS.test(a.mountPath) || LOGS.test(b.mountPath);
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
    else if (logs) shares.push(share(main, other, `it holds logs`));
    else if (PRODUCES.test(commandLine(other)) && !PRODUCES.test(commandLine(main))) {
      shares.push(share(other, main, `${other.name}'s command fetches or writes files`));
    } else shares.push(share(main, other, `both mount it read-write`, true));
  }
  return shares;
}
