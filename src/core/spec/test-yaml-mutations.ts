// Mutations of real pod specs for the fuzz tests: the edits a person makes by mistake (a deleted, doubled or
// swapped line, a wrong indent, a tab, a cut-off paste, CRLF line ends) and the ones a hostile text carries
// (anchors, aliases and `<<` merges, `__proto__`/`constructor` keys, flow brackets, huge numbers, NaN and .inf,
// odd unicode and NUL bytes, tags, very long keys and values, a `---` separator, the spec as JSON or inside a
// workload).
// A mutation is plain data ({kind, at, pick}), so fast-check shrinks a failing case to few, small edits.
import fc from 'fast-check';
import { dump, load } from 'js-yaml';
import { SEED_SPECS, type SeedSpec } from './test-seed-specs';

export const MUTATION_KINDS = [
  'deleteLine', 'duplicateLine', 'duplicateBlock', 'swapLines', 'indent', 'tab', 'insertChar', 'insertToken', 'insertLine',
  'replaceValue', 'replaceKey', 'anchor', 'alias', 'merge', 'truncate', 'crlf', 'separator', 'json', 'flow', 'wrap',
  'unicode', 'longWord', 'lengthen', 'bom',
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

/** `at` picks the place (a line or an offset, modulo the text), `pick` picks among the variants of the kind. */
export interface Mutation {
  kind: MutationKind;
  at: number;
  pick: number;
}

const CHARS = [...':- \n\t[]{}"\'&*!#|>%@`,?.0123456789\\'];

/** Inserted anywhere in the text. */
const TOKENS = [
  '&a0 ', '*a0', '*a1', '<<: ', '!!str ', '!!binary ', '!custom ', '? ', '{', '}', '[', ']', '{}', '[]', ', ', ': ', ' #', '"', "'",
  '|', '>-', '\\', '%', '@', '`', '---', '...', '- ', '\r', '\r\n', '\n\n', '\t', '\u0000', '\uFFFE', '\uD800', '\uDC00', '\u0085',
];

/** Unicode that is easy to get wrong: combining marks, joiners, direction marks, non-characters, astral planes. */
const UNICODE = [
  'é', 'e\u0301', '🚀', '👩‍👩‍👧', '\u200B', '\u200D', '\u202E', '\u2028', '\u2029', '\u00A0', '\u3000', '\uFEFF', '\u0000', '\u0007',
  '\u001B[31m', '\uD83D', '\uDE80', '\uFFFF', '\u{10FFFF}', 'Ω≈ç√∫', 'コンテナ', 'اسم', '<script>alert(1)</script>',
];

/** Put in place of a value (the text after `key: `). */
const VALUES = [
  '1e400', '-1e400', '1e309', '0.1e-400', '9'.repeat(400), '123456789012345678901234567890', '-9223372036854775809', '2147483648',
  '4294967296', '9007199254740993', '-1', '-0', '0', '1.5', '+12', '0x7FFFFFFF', '0o17', '0b101', '1_000', '1:20', '2e3',
  '.nan', '.NaN', 'NaN', '.inf', '-.inf', '+.inf', 'Infinity', '~', 'null', 'true', 'yes', 'off', "''", '""', '[]', '{}',
  '[a, b', '{a: 1', '[*a0, *a1]', '{<<: *a0}', '*a0', '&a0 x', '!!binary aGVsbG8=', '!!timestamp 2001-12-14', '!!float 1',
  '!!int x', '!!set {a, b}', '!!omap [a: 1]', '!!map', '!!seq', '!custom x', '"\\u0000"', '"\\uD800"', '"\\x00"', '"\\U0001F680"',
  "'é 🚀'", '__proto__', 'constructor', '<<', '|', '>-', '? x', '@reserved', '`tick', '%percent', '- item', '"a\nb"',
  'x'.repeat(5000),
];

/** Put in place of a key. */
const KEYS = [
  '__proto__', 'constructor', 'prototype', '"__proto__"', "'constructor'", '<<', "'<<'", 'toString', 'hasOwnProperty', 'valueOf',
  '0', '"a.b[0]"', '? [a, b]', '[a]', '{a: b}', '*a0', '&a0 k', 'name', 'image', 'containers', 'initContainers', 'spec', 'kind',
  'k'.repeat(3000),
];

/** Inserted as a line (or lines), indented like the line it goes before. */
const LINES = [
  '__proto__: {polluted: yes}', 'constructor: {prototype: {polluted: yes}}', 'prototype: {polluted: yes}', '<<: {polluted: yes}',
  'labels: {constructor: x, __proto__: y, prototype: z}', 'annotations: {constructor: {polluted: yes}}',
  'resources: {limits: {constructor: 1, __proto__: 2}, requests: {prototype: 500m}}',
  'annotations: {podscope.io/roles: "ghost=sidecar, app=main, =, a=b=c, web, __proto__=main, proxy=ambassador, proxy=adapter"}', '<<: [*a0, *a1]', '<<: *a0', 'x-base: &a0 {image: busybox, polluted: yes}', 'x-list: &a1 [sleep, "1"]', '- *a0', '? complex\n: key',
  '---', '...', '%YAML 1.2', '%TAG ! tag:example.com,2000:', '{', '[', '- [', 'key: [1, 2, {a: b}]', '# a comment', 'a: b: c',
  '- - - x', '\t- x', 'name: x\u0000y', 'restartPolicy: Always', 'restartPolicy: .nan', 'initContainers: []', 'containers: {}',
  'containers:\n- name: extra\n  image: busybox', 'terminationGracePeriodSeconds: 1e400', 'periodSeconds: 99999999999999999999',
  'startupProbe: {exec: {command: [sh]}, periodSeconds: 0, failureThreshold: -1}', 'command: [sleep, "1e400"]',
  'command: [sh, -c, "sleep 99999999999999999999999"]', 'lifecycle: {preStop: {sleep: {seconds: 1e20}}}',
  'ports: [{containerPort: .inf}, {containerPort: -1}, {containerPort: 65536}]', 'kind: Pod', 'kind: Deployment', 'kind: List',
];

/** Where the whole text goes inside a workload or a list: a header, and the indent of the text under it. */
const WRAPPERS: Array<{ header: string; indent: number; firstLinePrefix?: string }> = [
  { header: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n', indent: 4 },
  { header: 'apiVersion: batch/v1\nkind: Job\nspec:\n  template:\n', indent: 4 },
  { header: 'apiVersion: batch/v1\nkind: CronJob\nspec:\n  jobTemplate:\n    spec:\n      template:\n', indent: 8 },
  { header: 'apiVersion: v1\nkind: List\nitems:\n', indent: 2, firstLinePrefix: '- ' },
  { header: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n---\n', indent: 0 },
];

const choose = <T>(list: readonly T[], pick: number): T => list[pick % list.length] as T;
const indentOf = (line: string): string => /^[ \t]*/.exec(line)?.[0] ?? '';
/** `key: value` (the key may follow `- `): the part up to and including the colon, and the rest. */
const KEY_VALUE = /^(\s*(?:-\s+)?)([^\s:#'"][^:#]*?|"[^"]*"|'[^']*')(:)(\s.*)?$/;

function withLines(text: string, edit: (lines: string[]) => void): string {
  const lines = text.split('\n');
  edit(lines);
  return lines.join('\n');
}

/** The first line at or after `from` (wrapping round) that is `key: value`, or -1. */
function keyValueLine(lines: readonly string[], from: number): number {
  for (let k = 0; k < lines.length; k++) {
    const i = (from + k) % lines.length;
    if (KEY_VALUE.test(lines[i] as string)) return i;
  }
  return -1;
}

function insertAt(text: string, at: number, piece: string): string {
  const i = at % (text.length + 1);
  return text.slice(0, i) + piece + text.slice(i);
}

/** Re-serialises the text with js-yaml (an independent reader), or leaves it as it is when js-yaml refuses it. */
function reserialise(text: string, write: (value: unknown) => string): string {
  try {
    return write(load(text));
  } catch {
    return text;
  }
}

export function mutate(text: string, { kind, at, pick }: Mutation): string {
  const lineCount = text.split('\n').length;
  const i = at % lineCount;
  switch (kind) {
    case 'deleteLine':
      return withLines(text, (lines) => void lines.splice(i, 1));
    case 'duplicateLine':
      return withLines(text, (lines) => void lines.splice(i, 0, lines[i] as string));
    case 'duplicateBlock':
      return withLines(text, (lines) => void lines.splice(i, 0, ...lines.slice(i, i + 1 + (pick % 6))));
    case 'swapLines':
      return withLines(text, (lines) => {
        const j = pick % lines.length;
        [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
      });
    case 'indent':
      return withLines(text, (lines) => {
        const line = lines[i] as string;
        const width = Math.max(0, indentOf(line).length + (pick % 7) - 3);
        lines[i] = ' '.repeat(width) + line.trimStart();
      });
    case 'tab':
      return pick % 2 === 0 ? withLines(text, (lines) => void (lines[i] = `\t${lines[i] as string}`)) : insertAt(text, at, '\t');
    case 'insertChar':
      return insertAt(text, at, choose(CHARS, pick));
    case 'insertToken':
      return insertAt(text, at, choose(TOKENS, pick));
    case 'unicode':
      return insertAt(text, at, choose(UNICODE, pick));
    case 'longWord':
      return insertAt(text, at, 'w'.repeat(2500 + (pick % 4000)));
    case 'bom':
      return `\uFEFF${text}`;
    case 'insertLine':
      return withLines(text, (lines) => {
        const indent = indentOf(lines[i] as string);
        lines.splice(i, 0, ...choose(LINES, pick).split('\n').map((l) => indent + l));
      });
    case 'replaceValue':
    case 'replaceKey':
    case 'lengthen':
    case 'anchor':
    case 'alias':
      return withLines(text, (lines) => {
        const k = keyValueLine(lines, i);
        const m = k === -1 ? null : KEY_VALUE.exec(lines[k] as string);
        if (!m) return;
        const [, lead = '', key = '', colon = '', rest = ''] = m;
        const value = rest.trim();
        const name = `a${pick % 3}`;
        if (kind === 'replaceValue') lines[k] = `${lead}${key}${colon} ${choose(VALUES, pick)}`;
        else if (kind === 'replaceKey') lines[k] = `${lead}${choose(KEYS, pick)}${colon}${rest}`;
        else if (kind === 'lengthen') lines[k] = pick % 2 === 0 ? `${lead}${key}${colon} ${value}${'w'.repeat(2500 + (pick % 4000))}` : `${lead}${key}${'k'.repeat(2500 + (pick % 4000))}${colon}${rest}`;
        else if (kind === 'anchor') lines[k] = `${lead}${key}${colon} &${name}${value ? ` ${value}` : ''}`;
        else lines[k] = `${lead}${key}${colon} *${name}`;
      });
    case 'merge':
      return withLines(text, (lines) => {
        const line = lines[i] as string;
        const item = /^(\s*)-\s+/.exec(line);
        const indent = item ? `${item[1] ?? ''}  ` : indentOf(line);
        lines.splice(i + (item ? 1 : 0), 0, `${indent}<<: ${pick % 2 === 0 ? `*a${pick % 3}` : '[*a0, *a1]'}`);
      });
    case 'truncate':
      return text.slice(0, at % (text.length + 1));
    case 'crlf':
      return pick % 2 === 0 ? text.replace(/\n/g, '\r\n') : withLines(text, (lines) => void (lines[i] = `${lines[i] as string}\r`));
    case 'separator':
      return withLines(text, (lines) => void lines.splice(i, 0, choose(['---', '...', '--- |', '---\nkind: ConfigMap', '--- # next'], pick)));
    case 'json':
      return reserialise(text, (value) => JSON.stringify(value, null, pick % 2 === 0 ? 2 : undefined) ?? 'null');
    case 'flow':
      return reserialise(text, (value) => dump(value, { flowLevel: pick % 4, lineWidth: -1 }));
    case 'wrap': {
      const { header, indent, firstLinePrefix } = choose(WRAPPERS, pick);
      const pad = ' '.repeat(indent);
      const body = text.split('\n').map((l, k) => (k === 0 && firstLinePrefix ? firstLinePrefix : pad) + l).join('\n');
      return header + body;
    }
    default:
      return kind satisfies never;
  }
}

export const arbMutation: fc.Arbitrary<Mutation> = fc.record({ kind: fc.constantFrom(...MUTATION_KINDS), at: fc.nat(), pick: fc.nat() });

/** A seed spec after `minMutations` to `maxMutations` mutations: its name and scenario kept, its text mutated. */
export function arbMutatedSeed(maxMutations = 8, minMutations = 1): fc.Arbitrary<SeedSpec> {
  return fc
    .record({ seed: fc.constantFrom(...SEED_SPECS), mutations: fc.array(arbMutation, { minLength: minMutations, maxLength: maxMutations }) })
    .map(({ seed, mutations }) => ({ ...seed, text: mutations.reduce(mutate, seed.text) }));
}
