// Where each field stands in the text: a tree of offsets that mirrors the YAML, built once per parse by
// read-yaml.ts, and the lookup from a field path ("spec.containers[0].image") to a 1-based line and column.
import type { SourcePosition } from './pod-model';

/**
 * `at` is where the field stands: the key of a mapping entry (`image:`), the `-` of a block list entry, or the
 * first character of a document's content. Children mirror the YAML; aliased and merged content has none, so a
 * path into it resolves to the alias, its nearest parent that is written out.
 */
export interface PositionNode {
  at: number;
  /** A mapping's keys, in text order; `children[i]` is where the value of `keys[i]` stands. */
  keys?: string[];
  /** A mapping's values (parallel to keys) or a list's entries. Arrays rather than a Map: a 5 MiB spec has ~100,000 mappings. */
  children?: PositionEntry[];
  /** key → index, built on the first lookup in a large mapping (a hostile one may have 100,000 keys). */
  keyIndex?: Map<string, number>;
}

const INDEX_FROM_KEYS = 32;

function indexOfKey(node: PositionNode, key: string): number {
  const keys = node.keys;
  if (!keys) return -1;
  if (keys.length < INDEX_FROM_KEYS) return keys.lastIndexOf(key);
  if (!node.keyIndex) {
    node.keyIndex = new Map();
    keys.forEach((k, i) => node.keyIndex?.set(k, i)); // later duplicates win, as the value does
  }
  return node.keyIndex.get(key) ?? -1;
}

/** A scalar or alias is stored as its bare offset: most of a spec is leaves, and a 5 MiB spec has ~400,000. */
export type PositionEntry = PositionNode | number;

export type PathSegment = string | number;

const SEGMENT = /([^.[\]]+)|\[(\d+)\]/g;

/** "spec.containers[0].image" → ['spec', 'containers', 0, 'image']. Keys holding '.' or '[' are not addressable. */
export function pathSegments(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  for (const m of path.matchAll(SEGMENT)) out.push(m[2] !== undefined ? Number(m[2]) : (m[1] as string));
  return out;
}

/** The offset of the field at `path`, or of its nearest parent present in the text when the field is missing. */
export function offsetOf(root: PositionNode, path: string): number {
  let node = root;
  for (const segment of pathSegments(path)) {
    const index = typeof segment === 'number' ? (node.keys ? -1 : segment) : indexOfKey(node, segment);
    const next = index === -1 ? undefined : node.children?.[index];
    if (next === undefined) break;
    if (typeof next === 'number') return next;
    node = next;
  }
  return node.at;
}

/**
 * The offset of `key` in the mapping at `path`, for keys a path cannot spell (an annotation such as
 * "podscope.io/roles" holds '.'); undefined when the mapping or the key is not written out in the text.
 */
export function keyOffset(root: PositionNode, path: string, key: string): number | undefined {
  let node = root;
  for (const segment of pathSegments(path)) {
    const index = typeof segment === 'number' ? (node.keys ? -1 : segment) : indexOfKey(node, segment);
    const next = index === -1 ? undefined : node.children?.[index];
    if (next === undefined || typeof next === 'number') return undefined;
    node = next;
  }
  const index = indexOfKey(node, key);
  const child = index === -1 ? undefined : node.children?.[index];
  return child === undefined ? undefined : typeof child === 'number' ? child : child.at;
}

/** Offsets → 1-based line and column; the index of line starts is built on first use, once per text. */
export class LineIndex {
  private starts: number[] | null = null;

  constructor(private readonly text: string) {}

  position(offset: number): SourcePosition {
    const starts = this.lineStarts();
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - (starts[lo] as number) + 1 };
  }

  /** Offset where the given 1-based line starts (clamped to the text). */
  lineStart(line: number): number {
    const starts = this.lineStarts();
    return starts[Math.max(0, Math.min(line - 1, starts.length - 1))] as number;
  }

  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = [0];
    let i = this.text.indexOf('\n');
    while (i !== -1) {
      starts.push(i + 1);
      i = this.text.indexOf('\n', i + 1);
    }
    this.starts = starts;
    return starts;
  }
}
