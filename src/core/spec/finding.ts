// A problem found while reading the spec, before it is placed in the text: it names a field path (placed by
// yaml-positions.ts) or, for problems found in the YAML itself, a character offset.
import type { Severity } from './diagnostic';

export interface Finding {
  severity: Severity;
  message: string;
  /** Path from the document root, e.g. "spec.template.spec.containers[0].image". */
  path?: string;
  /** A key of the mapping at `path` that a path cannot spell ("app.kubernetes.io/name" holds dots): placed at it. */
  key?: string;
  /** 0-based character offset in the text, when the problem is about the YAML rather than a field. */
  offset?: number;
}

/** Where readers put what they find; one per loadPod call. */
export type Findings = Finding[];

export function report(findings: Findings, severity: Severity, message: string, path: string): void {
  findings.push({ severity, message, path });
}

/** A problem with the entry `key` of the mapping at `path`: a label or an annotation, whose keys often hold dots. */
export function reportKey(findings: Findings, severity: Severity, message: string, path: string, key: string): void {
  findings.push({ severity, message, path, key });
}

/** `base.key`, or `key` alone at the document root (a bare pod spec has the path ''). */
export function joinPath(base: string, key: string): string {
  return base ? `${base}.${key}` : key;
}

/**
 * The path of a mapping's entry whose key may hold dots or slashes (a label, an annotation): `base.key` when a
 * dotted path can spell it ("metadata.labels.app"), `base[key]` when not ("metadata.annotations[podscope.io/roles]").
 */
export function keyPath(base: string, key: string): string {
  return /^[\w-]+$/.test(key) ? joinPath(base, key) : `${base}[${key}]`;
}
