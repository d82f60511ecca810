// The name formats Kubernetes validates: DNS-1123 labels (container and volume names) and IANA service names
// (port names). staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go: IsDNS1123Label, IsValidPortName.

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const IANA_SVC_NAME_CHARS = /^[-a-z0-9]+$/;

/** At most 63 lower-case alphanumerics and '-', starting and ending with an alphanumeric. */
export function isDns1123Label(name: string): boolean {
  return name.length <= 63 && DNS1123_LABEL.test(name);
}

/** Why `name` is not a valid port name (IsValidPortName), or null when it is. */
export function portNameProblem(name: string): string | null {
  if (name.length === 0) return 'is empty';
  if (name.length > 15) return 'is longer than 15 characters';
  if (!IANA_SVC_NAME_CHARS.test(name)) return "may only contain lower-case letters, digits and '-'";
  if (!/[a-z]/.test(name)) return 'needs at least one letter';
  if (name.includes('--')) return "may not contain '--'";
  if (name.startsWith('-') || name.endsWith('-')) return "may not begin or end with '-'";
  return null;
}
