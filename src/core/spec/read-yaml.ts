// Reads YAML text into plain values and, in the same walk, the tree of where each field stands (yaml-positions.ts).
//
// Why js-yaml 5's event stream and our own construction, rather than load()/loadAll() or its AST:
// - v5 has no `listener` option any more, and its AST (eventsToAst) carries no offsets; `parseEvents` is the one
//   API that gives source offsets, for every key, value and collection.
// - Building values and positions in one pass over those events is cheaper than `constructFromEvents` followed by a
//   second pass for positions (about 150 ms saved on a 5 MiB spec), and it lets Podscope keep reading where
//   js-yaml's constructor would throw away the whole document: a duplicate key, an unknown tag or a `__proto__`
//   key becomes a finding with its offset, and the rest of the document is still read.
// - Aliases share the anchored value (no copying), and every alias adds the size of what it repeats to a budget
//   per document (limits.ts MAX_ALIAS_EXPANSION), so a "billion laughs" document is refused without being expanded.
// Plain scalars are resolved with js-yaml's own core schema, as `load` does.
import { COLLECTION_STYLE, EVENT_ID, SCALAR_STYLE, YAMLException, getScalarValue, parseEvents, type Event } from 'js-yaml';
import { assertNever } from '../assert-never';
import type { Finding } from './finding';
import { MAX_ALIAS_EXPANSION, MAX_NESTING_DEPTH, MAX_YAML_LIST_ITEMS } from './limits';
import { messages } from './messages';
import type { PositionEntry, PositionNode } from './yaml-positions';
import { anchorMark, applyMerges, entryStart, firstOffset, scalarValue } from './yaml-values';

export interface YamlDocument {
  /** 0-based, in the order the documents appear. */
  index: number;
  /** The document's content: null for an empty document, undefined for one refused (see problems). */
  value: unknown;
  positions: PositionNode;
  /** Problems in the YAML itself, placed by offset. */
  problems: Finding[];
  /** Where the scalar values of the keys asked for (readYaml's spanKeys) stand, by the offset of their key. */
  scalarSpans?: Map<number, ScalarSpan>;
}

/**
 * A scalar value as written: `start` is where the node starts (its quote, `|` or tag), `raw` the source between the
 * quotes (or the block's lines), from offset `contentStart`. `verbatim`: the value is `raw` itself (no escapes,
 * folding or indentation), so character i of the value stands at contentStart + i.
 */
export interface ScalarSpan {
  start: number;
  contentStart: number;
  raw: string;
  verbatim: boolean;
}

export interface ReadYamlOptions {
  /** Mapping keys whose scalar values' source spans to record, e.g. an annotation whose entries get diagnostics. */
  spanKeys?: ReadonlySet<string>;
}

export type ReadYamlResult =
  | { kind: 'parsed'; documents: YamlDocument[] }
  | { kind: 'syntaxError'; reason: string; offset: number };

/** Keys that would reach Object.prototype if copied carelessly; they are never Kubernetes fields. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MERGE_KEY = '<<';
const IGNORED = Symbol('ignored key');
/** A plain `<<` key: a YAML merge. A quoted '<<' is an ordinary key. */
const MERGE = Symbol('merge key');

interface Anchor {
  value: unknown;
  size: number;
  complete: boolean;
}

interface DocumentFrame {
  kind: 'document';
  doc: YamlDocument;
}
interface SequenceFrame {
  kind: 'sequence';
  value: unknown[];
  pos: PositionNode;
  items: PositionEntry[];
  block: boolean;
  anchor: Anchor | null;
  size: number;
  /** The key this list is the value of, for the "too long" message. */
  name: string;
  /** Entries past MAX_YAML_LIST_ITEMS, counted but not built. */
  dropped: number;
}
interface MappingFrame {
  kind: 'mapping';
  value: Record<string, unknown>;
  pos: PositionNode;
  keys: string[];
  children: PositionEntry[];
  anchor: Anchor | null;
  size: number;
  /** undefined: the next node is a key. */
  key: string | typeof IGNORED | typeof MERGE | undefined;
  keyAt: number;
  merges: unknown[] | null;
}
type Frame = DocumentFrame | SequenceFrame | MappingFrame;

/** Never throws: a syntax error is a result, with the offset js-yaml's mark points at. */
export function readYaml(text: string, options: ReadYamlOptions = {}): ReadYamlResult {
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: MAX_NESTING_DEPTH });
  } catch (error) {
    if (error instanceof YAMLException) return { kind: 'syntaxError', reason: error.reason, offset: error.mark?.position ?? 0 };
    return { kind: 'syntaxError', reason: error instanceof Error ? error.message : String(error), offset: 0 };
  }
  return { kind: 'parsed', documents: construct(text, events, options.spanKeys) };
}

function construct(text: string, events: Event[], spanKeys: ReadonlySet<string> | undefined): YamlDocument[] {
  const documents: YamlDocument[] = [];
  const frames: Frame[] = [];
  let anchors = new Map<string, Anchor>();
  let expansion = 0;
  let refused = false;
  let lastOffset = 0;
  let doc: YamlDocument | null = null;
  /** Depth inside a list entry that is being skipped (past MAX_YAML_LIST_ITEMS); 0 when reading. */
  let skipping = 0;

  const problem = (severity: Finding['severity'], message: string, offset: number) => {
    doc?.problems.push({ severity, message, offset });
  };

  /** Where a node that starts at `start` stands, given what holds it. */
  const standsAt = (start: number): number => {
    const top = frames[frames.length - 1];
    if (top?.kind === 'mapping' && top.key !== undefined) return top.keyAt;
    if (top?.kind === 'sequence' && top.block) return entryStart(text, start);
    return start;
  };

  const add = (value: unknown, pos: PositionEntry, size: number) => {
    const top = frames[frames.length - 1];
    if (!top) return;
    switch (top.kind) {
      case 'document':
        top.doc.value = value;
        top.doc.positions = typeof pos === 'number' ? { at: pos } : pos;
        return;
      case 'sequence':
        top.value.push(value);
        top.items.push(pos);
        top.size += size;
        return;
      case 'mapping': {
        const key = top.key;
        top.key = undefined;
        if (key === undefined || key === IGNORED) return;
        top.size += size;
        if (key === MERGE) {
          (top.merges ??= []).push(value);
          return;
        }
        if (Object.prototype.hasOwnProperty.call(top.value, key)) problem('error', messages.duplicateKey(key), typeof pos === 'number' ? pos : pos.at);
        top.value[key] = value;
        top.keys.push(key);
        top.children.push(pos);
        return;
      }
      default:
        assertNever(top);
    }
  };

  /** A scalar or alias in key position: returns true when it was taken as the key. */
  const takeKey = (key: unknown, at: number, isMerge: boolean): boolean => {
    const top = frames[frames.length - 1];
    if (top?.kind !== 'mapping' || top.key !== undefined) return false;
    top.keyAt = at;
    if (isMerge) top.key = MERGE;
    else if (typeof key === 'string' || typeof key === 'number' || typeof key === 'boolean' || key === null) {
      const name = String(key);
      if (UNSAFE_KEYS.has(name)) {
        problem('warning', messages.unsafeKey(name), at);
        top.key = IGNORED;
      } else top.key = name;
    } else {
      problem('warning', messages.complexKey(), at);
      top.key = IGNORED;
    }
    return true;
  };

  for (const event of events) {
    if (skipping > 0) {
      if (event.type === EVENT_ID.SEQUENCE || event.type === EVENT_ID.MAPPING) skipping++;
      else if (event.type === EVENT_ID.POP) skipping--;
      continue;
    }
    const holder = frames[frames.length - 1];
    if (holder?.kind === 'sequence' && holder.value.length >= MAX_YAML_LIST_ITEMS && event.type !== EVENT_ID.POP) {
      holder.dropped++;
      if (event.type === EVENT_ID.SEQUENCE || event.type === EVENT_ID.MAPPING) skipping = 1;
      continue;
    }
    switch (event.type) {
      case EVENT_ID.DOCUMENT: {
        anchors = new Map();
        expansion = 0;
        refused = false;
        doc = { index: documents.length, value: undefined, positions: { at: lastOffset }, problems: [] };
        frames.push({ kind: 'document', doc });
        break;
      }
      case EVENT_ID.SCALAR: {
        const quoted = event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
        const start = firstOffset(event.tagStart, anchorMark(event.anchorStart), quoted ? event.valueStart - 1 : event.valueStart);
        lastOffset = start;
        const source = getScalarValue(text, event);
        const top = frames[frames.length - 1];
        const isMerge = source === MERGE_KEY && event.style === SCALAR_STYLE.PLAIN;
        if (top?.kind === 'mapping' && top.key === undefined) {
          takeKey(source, start, isMerge);
          break;
        }
        const value = scalarValue(text, event, source, (message) => problem('warning', message, start));
        if (spanKeys && doc && event.valueStart !== -1 && top?.kind === 'mapping' && typeof top.key === 'string' && spanKeys.has(top.key)) {
          const raw = text.slice(event.valueStart, event.valueEnd);
          (doc.scalarSpans ??= new Map()).set(top.keyAt, { start, contentStart: event.valueStart, raw, verbatim: raw === source });
        }
        if (event.anchorStart !== -1) anchors.set(text.slice(event.anchorStart, event.anchorEnd), { value, size: 1, complete: true });
        add(value, standsAt(start), 1);
        break;
      }
      case EVENT_ID.ALIAS: {
        const at = event.anchorStart - 1; // the '*'
        lastOffset = at;
        const name = text.slice(event.anchorStart, event.anchorEnd);
        const anchor = anchors.get(name);
        let value: unknown = null;
        let size = 1;
        if (!anchor) problem('error', messages.unknownAlias(name), at);
        else if (!anchor.complete) problem('error', messages.recursiveAlias(name), at);
        else {
          value = anchor.value;
          size = anchor.size;
          expansion += size;
          if (expansion > MAX_ALIAS_EXPANSION && !refused) {
            refused = true;
            problem('error', messages.aliasBomb(MAX_ALIAS_EXPANSION), at);
          }
        }
        if (takeKey(value, at, false)) break;
        add(value, standsAt(at), size);
        break;
      }
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING: {
        const start = firstOffset(event.tagStart, anchorMark(event.anchorStart), event.start);
        lastOffset = start;
        const top = frames[frames.length - 1];
        const isKey = top?.kind === 'mapping' && top.key === undefined;
        if (isKey) takeKey(undefined, start, false); // a collection as a key: ignored, with a warning
        const pos: PositionNode = { at: isKey ? start : standsAt(start) };
        if (event.tagStart !== -1) {
          const tag = text.slice(event.tagStart, event.tagEnd);
          if (tag !== '!' && tag !== '!!map' && tag !== '!!seq') problem('warning', messages.tagIgnored(tag), start);
        }
        const anchor: Anchor | null = event.anchorStart === -1 ? null : { value: undefined, size: 1, complete: false };
        if (event.type === EVENT_ID.SEQUENCE) {
          const value: unknown[] = [];
          const items: PositionEntry[] = [];
          pos.children = items;
          if (anchor) anchor.value = value;
          const name = top?.kind === 'mapping' && typeof top.key === 'string' ? top.key : 'list';
          frames.push({ kind: 'sequence', value, pos, items, block: event.style === COLLECTION_STYLE.BLOCK, anchor, size: 1, name, dropped: 0 });
        } else {
          // A plain object is safe here because UNSAFE_KEYS never reach it, and far faster than Object.create(null)
          // (which V8 keeps in dictionary mode); readers still use own-property checks (plain-values.ts).
          const value: Record<string, unknown> = {};
          const keys: string[] = [];
          const children: PositionEntry[] = [];
          pos.keys = keys;
          pos.children = children;
          if (anchor) anchor.value = value;
          frames.push({ kind: 'mapping', value, pos, keys, children, anchor, size: 1, key: undefined, keyAt: start, merges: null });
        }
        if (anchor) anchors.set(text.slice(event.anchorStart, event.anchorEnd), anchor);
        break;
      }
      case EVENT_ID.POP: {
        const frame = frames.pop();
        if (!frame) break;
        if (frame.kind === 'document') {
          if (refused) frame.doc.value = undefined;
          documents.push(frame.doc);
          doc = null;
          break;
        }
        if (frame.kind === 'sequence' && frame.dropped > 0) {
          problem('warning', messages.listTruncated(frame.name, frame.value.length + frame.dropped, frame.value.length), frame.pos.at);
        }
        if (frame.kind === 'mapping' && frame.merges) expansion += applyMerges(frame.value, frame.merges, (message) => problem('error', message, frame.pos.at));
        if (frame.anchor) {
          frame.anchor.size = frame.size;
          frame.anchor.complete = true;
        }
        add(frame.value, frame.pos, frame.size);
        break;
      }
      default:
        break;
    }
  }
  return documents;
}
