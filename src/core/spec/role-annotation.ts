// The podscope.io/roles pod annotation, Podscope's own (not Kubernetes'): "proxy=ambassador,metrics=adapter" sets
// containers' roles by hand. Read here, beside the rest of the spec, so that a bad entry is a diagnostic at its line
// and column like any other problem in the text; patterns/role-override.ts applies the valid entries.
import { keyPath, type Findings } from './finding';
import { MAX_LIST_ENTRIES } from './limits';
import { messages } from './messages';
import type { ContainerModel } from './pod-model';
import type { ScalarSpan } from './read-yaml';

export const ROLES_ANNOTATION = 'podscope.io/roles';

/** What an entry may ask for: a pattern, main for an app container, or init for an init container. */
export type AnnotatedRole = 'main' | 'sidecar' | 'ambassador' | 'adapter' | 'init';
const ROLES: readonly AnnotatedRole[] = ['main', 'sidecar', 'ambassador', 'adapter', 'init'];

/** An entry that cannot apply: as written, where it starts in the annotation's value (0-based), and why. */
export interface RoleEntryProblem {
  entry: string;
  index: number;
  message: string;
}

export interface RoleAnnotation {
  /** container name → the role asked for; valid entries only, the last one winning. */
  roles: Map<string, AnnotatedRole>;
  problems: RoleEntryProblem[];
}

/** Entries are separated by commas, semicolons or newlines (a `|` block with one entry a line reads well). */
const ENTRY = /[^,;\n]+/g;

/** Reads the annotation's value against the pod's containers; entries that cannot apply are problems, never thrown. */
export function readRoleAnnotation(value: string, containers: readonly Pick<ContainerModel, 'name' | 'kind'>[]): RoleAnnotation {
  const roles = new Map<string, AnnotatedRole>();
  const problems: RoleEntryProblem[] = [];
  const byName = new Map(containers.map((c) => [c.name, c]));
  let read = 0;
  for (const match of value.matchAll(ENTRY)) {
    const entry = match[0].trim();
    if (entry === '') continue;
    if (++read > MAX_LIST_ENTRIES) break;
    const index = match.index + match[0].indexOf(entry);
    const problem = (message: string) => problems.push({ entry, index, message });
    const [name = '', role = '', ...rest] = entry.split('=').map((s) => s.trim());
    if (rest.length > 0 || name === '' || role === '') {
      problem(messages.roleEntryForm(entry));
      continue;
    }
    const container = byName.get(name);
    if (!container) {
      problem(messages.roleEntryNoContainer(name, [...byName.keys()]));
      continue;
    }
    const asked = role.toLowerCase() as AnnotatedRole;
    if (!ROLES.includes(asked)) {
      problem(messages.roleEntryNotARole(role, container.kind));
      continue;
    }
    if (container.kind === 'init' && asked !== 'init') {
      problem(messages.roleEntryInitStaysInit(name, asked));
      continue;
    }
    if (container.kind !== 'init' && asked === 'init') {
      problem(messages.roleEntryNotInit(name));
      continue;
    }
    if (container.kind === 'sidecar' && asked === 'main') {
      problem(messages.roleEntrySidecarNotMain(name));
      continue;
    }
    if (roles.has(name)) problem(messages.roleEntryTwice(name, roles.get(name) as AnnotatedRole, asked));
    roles.set(name, asked);
  }
  return { roles, problems };
}

/**
 * Where each problem's entry stands in the text: inside the value when it can be found there (entries in order,
 * each searched for after the one before), else at the value's start; undefined when the value is not written out
 * (it came through an alias), so the diagnostic falls back to the annotation's path.
 */
export function entryOffsets(problems: readonly RoleEntryProblem[], span: ScalarSpan | undefined): (number | undefined)[] {
  let from = 0;
  return problems.map((p) => {
    if (!span) return undefined;
    if (span.verbatim) return span.contentStart + p.index;
    const found = span.raw.indexOf(p.entry, from);
    if (found === -1) return span.start;
    from = found + p.entry.length;
    return span.contentStart + found;
  });
}

/**
 * The annotation's problems as warnings at `annotationsPath[podscope.io/roles]`, each placed at its entry. A warning,
 * not an error: Kubernetes does not read the annotation, and Podscope still applies the entries that are valid.
 */
export function checkRoleAnnotation(
  annotations: Record<string, string>,
  containers: readonly Pick<ContainerModel, 'name' | 'kind'>[],
  annotationsPath: string,
  span: ScalarSpan | undefined,
  findings: Findings,
): void {
  const value = annotations[ROLES_ANNOTATION];
  if (value === undefined) return;
  const { problems } = readRoleAnnotation(value, containers);
  const offsets = entryOffsets(problems, span);
  const path = keyPath(annotationsPath, ROLES_ANNOTATION);
  problems.forEach((p, i) => {
    const offset = offsets[i];
    findings.push({ severity: 'warning', message: p.message, path, ...(offset !== undefined ? { offset } : {}) });
  });
}
