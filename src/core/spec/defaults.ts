// Kubernetes' defaults for the fields a pod spec leaves out, as the API server fills them in
// (pkg/apis/core/v1/defaults.go), so the simulator never has to guess.
import type { ImagePullPolicy, ProbeModel } from './pod-model';

/** SetDefaults_Pod / SetDefaults_PodSpec. */
export const DEFAULT_RESTART_POLICY = 'Always';
export const DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS = 30;
/** SetDefaults_ContainerPort. */
export const DEFAULT_PROTOCOL = 'TCP';

/** SetDefaults_Probe: a field left out, or 0, takes these values. */
export const PROBE_DEFAULTS: Readonly<Omit<ProbeModel, 'handler'>> = {
  initialDelaySeconds: 0,
  periodSeconds: 10,
  timeoutSeconds: 1,
  successThreshold: 1,
  failureThreshold: 3,
};

/**
 * SetDefaults_Container: `Always` when the image's tag is `latest` or there is none, else `IfNotPresent`.
 * The tag is what follows the last ':' after the last '/' (a registry port such as `localhost:5000/app` is not a
 * tag); an image pinned by digest only (`app@sha256:…`) has no implied `latest` (parsers.ParseImageName).
 */
export function defaultImagePullPolicy(image: string): ImagePullPolicy {
  const at = image.indexOf('@');
  const name = at === -1 ? image : image.slice(0, at);
  const lastSlash = name.lastIndexOf('/');
  const colon = name.indexOf(':', lastSlash + 1);
  const tag = colon === -1 ? '' : name.slice(colon + 1);
  if (tag === '') return at === -1 ? 'Always' : 'IfNotPresent';
  return tag === 'latest' ? 'Always' : 'IfNotPresent';
}
