// The words for a container on the canvas: its accessible name ("init-myservice, init container, running"), which
// starts with the container's name, then its role and state (a DESIGN.md contract browser tests rely on).
import type { ContainerSnapshot } from '../sim/types';
import { assertNever } from '../assert-never';
import type { RoleAssignment } from '../patterns/role-types';

/** "init container", "native sidecar (ambassador)", "sidecar", "ambassador", "adapter", "main". */
export function roleLabel(role: Pick<RoleAssignment, 'role' | 'pattern'>): string {
  switch (role.role) {
    case 'init':
      return 'init container';
    case 'native-sidecar':
      return role.pattern && role.pattern !== 'sidecar' ? `native sidecar (${role.pattern})` : 'native sidecar';
    case 'sidecar':
    case 'ambassador':
    case 'adapter':
    case 'main':
      return role.role;
    default:
      return assertNever(role.role);
  }
}

/** "running", "waiting: PodInitializing", "terminated: Completed (exit code 0)"; "not created" without a snapshot. */
export function stateLabel(snapshot: ContainerSnapshot | undefined): string {
  if (!snapshot) return 'not created';
  switch (snapshot.state) {
    case 'running':
      return 'running';
    case 'waiting':
      return snapshot.reason ? `waiting: ${snapshot.reason}` : 'waiting';
    case 'terminated': {
      const code = snapshot.exitCode === undefined ? '' : ` (exit code ${snapshot.exitCode})`;
      return `terminated${snapshot.reason ? `: ${snapshot.reason}` : ''}${code}`;
    }
    default:
      return assertNever(snapshot.state);
  }
}

/** The accessible name: name, role, state, e.g. "myapp-container, main, waiting: PodInitializing". */
export function containerLabel(
  container: { name: string },
  role: Pick<RoleAssignment, 'role' | 'pattern'>,
  snapshotContainer: ContainerSnapshot | undefined,
): string {
  return `${container.name}, ${roleLabel(role)}, ${stateLabel(snapshotContainer)}`;
}
