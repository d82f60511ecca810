// How one YAML node becomes a plain value and where it starts: scalar resolution, merge keys, and the offsets
// read-yaml.ts records for each node.
import { SCALAR_STYLE, YAML11_SCHEMA, type ScalarEvent } from 'js-yaml';
import { messages } from './messages';

/** YAML merge keys (`<<: *defaults`): keys written in the mapping win over merged ones. Returns keys copied. */
export function applyMerges(target: Record<string, unknown>, merges: readonly unknown[], fail: (message: string) => void): number {
  let copied = 0;
  const sources = merges.flatMap((m) => (Array.isArray(m) ? m : [m]));
  for (const source of sources) {
    if (source === null || typeof source !== 'object' || Array.isArray(source)) {
      fail(messages.badMerge());
      continue;
    }
    for (const key of Object.keys(source)) {
      if (Object.prototype.hasOwnProperty.call(target, key)) continue;
      target[key] = (source as Record<string, unknown>)[key];
      copied++;
    }
  }
  return copied;
}

/**
 * Kubernetes reads YAML with sigs.k8s.io/yaml, which decodes with go-yaml v2: YAML 1.1, where `yes`/`no`/`on`/`off`
 * are booleans and `0644` is octal (420). js-yaml's YAML 1.1 schema resolves plain scalars the same way, so
 * `tty: yes` works and a label `country: NO` is the boolean it is for the API server.
 */
const SCHEMA = YAML11_SCHEMA;

/** A plain scalar's value; a timestamp stays the text it was (the API server's JSON has it as a string). */
function resolvePlain(source: string): { value: unknown; tagName: string } {
  const resolved = SCHEMA.resolveImplicitScalarTag(source);
  const value = resolved.value instanceof Date ? source : resolved.value;
  return { value, tagName: resolved.tag.tagName };
}

export function scalarValue(text: string, event: ScalarEvent, source: string, warn: (message: string) => void): unknown {
  if (event.tagStart !== -1) {
    const tag = text.slice(event.tagStart, event.tagEnd);
    if (tag === '!' || tag === '!!str' || tag === '!!binary') return source;
    const resolved = resolvePlain(source);
    const wanted = tag.startsWith('!!') ? `tag:yaml.org,2002:${tag.slice(2)}` : tag;
    if (resolved.tagName === wanted) return resolved.value;
    warn(messages.tagIgnored(tag));
    return event.style === SCALAR_STYLE.PLAIN ? resolved.value : source;
  }
  if (event.style !== SCALAR_STYLE.PLAIN) return source;
  return resolvePlain(source).value;
}

/** Events give an anchor's name; the node starts at its '&'. */
export const anchorMark = (anchorStart: number) => (anchorStart === -1 ? -1 : anchorStart - 1);

/** The first of up to three offsets that are present (-1 = absent): tag, anchor, then the node itself. */
export function firstOffset(a: number, b: number, c: number): number {
  let first = c === -1 ? Number.POSITIVE_INFINITY : c;
  if (a !== -1 && a < first) first = a;
  if (b !== -1 && b < first) first = b;
  return first === Number.POSITIVE_INFINITY ? 0 : first;
}

/** A block list entry stands at its '-', which may be on the line above (`-\n  name: x`). */
export function entryStart(text: string, start: number): number {
  let i = start - 1;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
    i--;
  }
  return i >= 0 && text.charCodeAt(i) === 45 /* - */ ? i : start;
}

