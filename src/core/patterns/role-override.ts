// The podscope.io/roles pod annotation: "name=ambassador,other=adapter" sets roles by hand and always wins.
// spec/role-annotation.ts reads it (and loadPod reports its bad entries at their line and column); this applies it.
import { allContainers, type PodModel } from '../spec/pod-model';
import { readRoleAnnotation, ROLES_ANNOTATION, type AnnotatedRole } from '../spec/role-annotation';

/** What an annotation may ask for: a pattern, or main for an app container, or init for an init container. */
export type OverrideRole = AnnotatedRole;

/** container name → the role asked for; only the entries that can apply (the rest are loadPod's warnings). */
export function readRoleOverrides(pod: PodModel): Map<string, OverrideRole> {
  const text = pod.annotations[ROLES_ANNOTATION];
  if (text === undefined) return new Map();
  return readRoleAnnotation(text, allContainers(pod)).roles;
}
