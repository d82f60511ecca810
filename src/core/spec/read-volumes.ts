// Pod volumes and each container's volume mounts, and the rules that tie them together.
// pkg/apis/core/validation/validation.go: ValidateVolumes (DNS-1123 names, unique, exactly one source),
// ValidateVolumeMounts (name of a declared volume, mountPath set and unique in the container); the absolute-path
// rule is what the kubelet needs on Linux (pkg/kubelet/kubelet_pods.go makeMounts joins it under the root).
import { joinPath, report, type Findings } from './finding';
import { VOLUME_SOURCES } from './known-fields';
import { isDns1123Label } from './kubernetes-names';
import { MAX_LIST_ENTRIES } from './limits';
import { messages } from './messages';
import { boolField, field, isMapping, listField, stringField } from './plain-values';
import type { VolumeModel, VolumeMountModel } from './pod-model';

/** spec.volumes → the usable volumes; `specPath` is the pod spec's path. */
export function readVolumes(spec: unknown, specPath: string, findings: Findings): VolumeModel[] {
  const raw = listField(spec, 'volumes') ?? [];
  if (raw.length > MAX_LIST_ENTRIES) report(findings, 'warning', messages.listTruncated('volumes', raw.length, MAX_LIST_ENTRIES), joinPath(specPath, 'volumes'));
  const volumes: VolumeModel[] = [];
  const seen = new Set<string>();
  raw.slice(0, MAX_LIST_ENTRIES).forEach((entry: unknown, i) => {
    if (!isMapping(entry)) return;
    const at = `${joinPath(specPath, 'volumes')}[${i}]`;
    const name = stringField(entry, 'name');
    if (name === undefined || name === '') {
      report(findings, 'error', messages.volumeNameMissing(), at);
      return;
    }
    if (!isDns1123Label(name)) report(findings, 'error', messages.dns1123Label('Volume name', name), `${at}.name`);
    if (seen.has(name)) {
      report(findings, 'error', messages.volumeNameDuplicate(name), `${at}.name`);
      return;
    }
    seen.add(name);
    // `emptyDir:` with nothing after it is null, which the API server reads as "not set" (write `emptyDir: {}`).
    const sources = VOLUME_SOURCES.filter((s) => field(entry, s) !== undefined && field(entry, s) !== null);
    if (sources.length !== 1) report(findings, 'error', messages.volumeSourceCount(name, sources), at);
    const type = sources[0] ?? 'unknown';
    const volume: VolumeModel = { name, type };
    const detail = describeSource(type, field(entry, type));
    if (detail) volume.detail = detail;
    volumes.push(volume);
  });
  return volumes;
}

/** "configMap app-config", "emptyDir (Memory)", "persistentVolumeClaim data" … */
function describeSource(type: string, source: unknown): string | undefined {
  if (!isMapping(source)) return type === 'unknown' ? undefined : type;
  const named =
    stringField(source, 'name') ?? stringField(source, 'secretName') ?? stringField(source, 'claimName') ??
    stringField(source, 'path') ?? stringField(source, 'reference');
  if (type === 'emptyDir') return stringField(source, 'medium') === 'Memory' ? 'emptyDir (Memory)' : 'emptyDir';
  return named ? `${type} ${named}` : type;
}

/** A container's volumeMounts; `volumeNames` are the pod's volumes plus a StatefulSet's volumeClaimTemplates. */
export function readVolumeMounts(container: unknown, path: string, volumeNames: ReadonlySet<string>, findings: Findings): VolumeMountModel[] {
  const raw = listField(container, 'volumeMounts') ?? [];
  if (raw.length > MAX_LIST_ENTRIES) report(findings, 'warning', messages.listTruncated('volumeMounts', raw.length, MAX_LIST_ENTRIES), `${path}.volumeMounts`);
  const mounts: VolumeMountModel[] = [];
  const paths = new Set<string>();
  raw.slice(0, MAX_LIST_ENTRIES).forEach((entry: unknown, i) => {
    if (!isMapping(entry)) return;
    const at = `${path}.volumeMounts[${i}]`;
    const name = stringField(entry, 'name');
    const mountPath = stringField(entry, 'mountPath');
    if (name === undefined || name === '') report(findings, 'error', messages.volumeMountNameMissing(), at);
    else if (!volumeNames.has(name)) report(findings, 'error', messages.volumeMountUnknownVolume(name, [...volumeNames]), `${at}.name`);
    if (mountPath === undefined || mountPath === '') report(findings, 'error', messages.mountPathMissing(), at);
    else if (!mountPath.startsWith('/')) report(findings, 'error', messages.mountPathNotAbsolute(mountPath), `${at}.mountPath`);
    else if (paths.has(mountPath)) report(findings, 'error', messages.mountPathRepeated(mountPath), `${at}.mountPath`);
    if (mountPath) paths.add(mountPath);
    if (!name || !mountPath) return;
    const mount: VolumeMountModel = { name, mountPath, readOnly: boolField(entry, 'readOnly') ?? false };
    const subPath = stringField(entry, 'subPath');
    if (subPath !== undefined) mount.subPath = subPath;
    mounts.push(mount);
  });
  return mounts;
}
