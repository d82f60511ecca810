// The podscope.io/roles pod annotation: "name=ambassador,other=adapter" sets roles by hand and always wins.
import { allContainers, type PodModel } from '../spec/pod-model';
import type { Pattern, RoleWarning } from './role-types';

export const ROLES_ANNOTATION = 'podscope.io/roles';
const PATH = `metadata.annotations[${ROLES_ANNOTATION}]`;

/** What an annotation may ask for: a pattern, or main for an app container, or init for an init container. */
export type OverrideRole = Pattern | 'main' | 'init';
const OVERRIDE_ROLES: readonly OverrideRole[] = ['main', 'sidecar', 'ambassador', 'adapter', 'init'];

export interface RoleOverrides {
  /** container name → the role asked for; only valid entries. */
  roles: Map<string, OverrideRole>;
  warnings: RoleWarning[];
}

/** Reads the annotation; entries that cannot apply are left out and reported, never thrown. */
export function readRoleOverrides(pod: PodModel): RoleOverrides {
  const roles = new Map<string, OverrideRole>();
  const warnings: RoleWarning[] = [];
  const text = pod.annotations[ROLES_ANNOTATION];
  if (text === undefined) return { roles, warnings };
  const warn = (entry: string, message: string) => warnings.push({ severity: 'warning', message, path: PATH, entry });
  const byName = new Map(allContainers(pod).map((c) => [c.name, c]));
  for (const raw of text.split(/[,;\n]/)) {
    const entry = raw.trim();
    if (entry === '') continue;
    const [name = '', role = '', ...rest] = entry.split('=').map((s) => s.trim());
    const wanted = role.toLowerCase();
    if (rest.length > 0 || name === '' || role === '') {
      warn(entry, `"${entry}" is not of the form name=role, e.g. "proxy=ambassador,exporter=adapter".`);
      continue;
    }
    const container = byName.get(name);
    if (!container) {
      warn(entry, `No container is named "${name}"; the names are ${[...byName.keys()].join(', ') || '(none)'}.`);
      continue;
    }
    if (!OVERRIDE_ROLES.includes(wanted as OverrideRole)) {
      warn(entry, `"${role}" is not a role; use main, sidecar, ambassador or adapter.`);
      continue;
    }
    const asked = wanted as OverrideRole;
    if (container.kind === 'init' && asked !== 'init') {
      warn(entry, `${name} is an init container: it runs to completion before the app starts, so its role stays init.`);
      continue;
    }
    if (container.kind !== 'init' && asked === 'init') {
      warn(entry, `${name} is not in initContainers, so it cannot be an init container; move it there instead.`);
      continue;
    }
    if (container.kind === 'sidecar' && asked === 'main') {
      warn(entry, `${name} is a native sidecar (an init container with restartPolicy: Always); use sidecar, ambassador or adapter.`);
      continue;
    }
    if (roles.has(name)) warn(entry, `${name} is given a role twice; the last one (${asked}) is used.`);
    roles.set(name, asked);
  }
  return { roles, warnings };
}
