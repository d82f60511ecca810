// Fuzzes decodeFragment, the reader of a link's URL fragment (issue 7, "Never freeze, never break"), with wholly
// random strings, fragments assembled from its own keys with random values (random base64url, random bytes, random
// deflate streams, random JSON scenarios), real share links (the presets' and the article's pods, encoded both ways)
// after random edits, and texts at the 5 MiB cap. For every fragment these hold:
// - it returns, and the same fragment gives the same result;
// - the state holds only known keys: text within MAX_LINK_TEXT_BYTES of UTF-8 (the documented cap), t a finite
//   number ≥ 0, a preset id of the documented form, a known view, and a scenario of at most MAX_ACTIONS actions,
//   each a well-formed Action (readAction gives it back unchanged) and plain data;
// - problems are non-empty sentences of bounded length (what they quote from the link is cut short);
// - at the cap (not random: the boundary itself, in a z= link): a text of MAX_LINK_TEXT_BYTES is read, one byte
//   more is refused with a problem saying so.
// Run counts are stated per property; PODSCOPE_FUZZ_RUNS raises them for a long run (../test-fuzz.ts).
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../sim/scenario';
import { arbAbsurdScenario } from '../sim/test-arbitraries';
import { SEED_SPECS } from '../spec/test-seed-specs';
import { check, FUZZ_TIMEOUT_MS, fuzzRuns, notPlainData } from '../test-fuzz';
import { bytesToBase64url, textToBytes } from './base64url';
import { decodeFragment, encodeFragment, MAX_LINK_TEXT_BYTES, type DecodedFragment } from './fragment';
import { MAX_ACTIONS, readAction } from './scenario-json';

const STATE_KEYS = new Set(['text', 'scenario', 't', 'preset', 'view']);
const PRESET_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** Longest problem allowed: Podscope's own sentences run to about 200 characters, plus a cut-short quote. */
const MAX_PROBLEM_CHARS = 400;

function checkScenarioShape(scenario: Scenario): void {
  check(Array.isArray(scenario.actions) && scenario.actions.length <= MAX_ACTIONS, () => `scenario of ${scenario.actions?.length} actions`);
  for (const a of scenario.actions) {
    check(notPlainData(a) === null, () => `action ${JSON.stringify(a)}: ${notPlainData(a)}`);
    expect(readAction(a), `action ${JSON.stringify(a)} is not well-formed`).toEqual(a);
  }
}

function checkDecoded(fragment: string, { again = true } = {}): DecodedFragment {
  const decoded = decodeFragment(fragment);
  const { state, problems } = decoded;
  for (const key of Object.keys(state)) check(STATE_KEYS.has(key), () => `unknown state key ${key}`);
  if (state.text !== undefined) {
    check(typeof state.text === 'string', () => 'text is not a string');
    const bytes = textToBytes(state.text).length;
    check(bytes <= MAX_LINK_TEXT_BYTES, () => `text of ${bytes} bytes, over the cap`);
  }
  if (state.t !== undefined) check(typeof state.t === 'number' && Number.isFinite(state.t) && state.t >= 0, () => `t ${state.t}`);
  if (state.preset !== undefined) check(PRESET_ID.test(state.preset), () => `preset ${JSON.stringify(state.preset)}`);
  if (state.view !== undefined) check(state.view === 'present' || state.view === 'embed', () => `view ${JSON.stringify(state.view)}`);
  if (state.scenario !== undefined) checkScenarioShape(state.scenario);
  check(Array.isArray(problems), () => 'problems is not a list');
  for (const p of problems) {
    check(typeof p === 'string' && p.length > 0 && p.length <= MAX_PROBLEM_CHARS, () => `problem ${JSON.stringify(String(p).slice(0, 500))}`);
  }
  if (again) expect(decodeFragment(fragment)).toEqual(decoded);
  return decoded;
}

// ---- fragments ----

const b64 = (text: string) => bytesToBase64url(textToBytes(text));
const BASE64ISH = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', '=', '+', '/', '%', '%2', '%41', '%E2%9C', ' ', '#', '&', '\u00e9'];
const arbBase64ish = fc.string({ unit: fc.constantFrom(...BASE64ISH), maxLength: 120 });

/** JSON a scenario could be: the simulator fuzz's absurd scenarios (NaN and ±Infinity become null), or any JSON. */
const arbScenarioJson = fc.oneof(
  arbAbsurdScenario(['app', 'web']).map((scenario) => JSON.stringify(scenario)),
  fc.json({ maxDepth: 3 }),
);

/** One `key=value` part: its own keys with values of every kind, or keys it does not know. */
const arbPart = fc.oneof(
  fc.tuple(fc.constantFrom('yaml', 'z', 'scenario', 't', 'preset', 'x', ''), arbBase64ish).map(([k, v]) => `${k}=${v}`),
  fc.uint8Array({ maxLength: 200 }).chain((bytes) => fc.constantFrom('yaml', 'z', 'scenario').map((k) => `${k}=${bytesToBase64url(bytes)}`)),
  fc.string({ unit: 'binary', maxLength: 200 }).map((text) => `z=${bytesToBase64url(deflateSync(textToBytes(text)))}`),
  arbScenarioJson.map((json) => `scenario=${b64(json)}`),
  fc.oneof(fc.double(), fc.constantFrom('1e400', '-0', '0x10', 'Infinity', ' 4 ', '')).map((t) => `t=${String(t)}`),
  fc.string({ maxLength: 80 }).map((id) => `preset=${encodeURIComponent(id)}`),
  fc.constantFrom('present', 'embed', 'yaml', 'z', '=', '&', '%', '%%'),
);
const arbAssembled = fc.tuple(fc.constantFrom('', '#', '##'), fc.array(arbPart, { maxLength: 6 })).map(([hash, parts]) => hash + parts.join('&'));

/** Character-level edits of a real link: the ways a link gets damaged in an email or a chat. */
const arbEdit = fc.record({ kind: fc.constantFrom('delete', 'insert', 'replace', 'truncate', 'duplicatePart', 'dropPart', 'swapParts', 'percentEncode'), at: fc.nat(), char: fc.constantFrom(...BASE64ISH) });
type Edit = typeof arbEdit extends fc.Arbitrary<infer T> ? T : never;
function edit(fragment: string, e: Edit): string {
  const i = e.at % (fragment.length + 1);
  const parts = fragment.split('&');
  const p = e.at % parts.length;
  switch (e.kind) {
    case 'delete': return fragment.slice(0, i) + fragment.slice(i + 1);
    case 'insert': return fragment.slice(0, i) + e.char + fragment.slice(i);
    case 'replace': return fragment.slice(0, i) + e.char + fragment.slice(i + 1);
    case 'truncate': return fragment.slice(0, i);
    case 'duplicatePart': return [...parts.slice(0, p + 1), parts[p], ...parts.slice(p + 1)].join('&');
    case 'dropPart': return parts.filter((_, k) => k !== p).join('&');
    case 'swapParts': return [...parts.slice(p + 1), ...parts.slice(0, p + 1)].join('&');
    case 'percentEncode': return fragment.slice(0, i) + encodeURIComponent(fragment.slice(i));
  }
}
const arbEditedLink = fc
  .record({
    seed: fc.constantFrom(...SEED_SPECS),
    compress: fc.boolean(),
    t: fc.option(fc.double({ min: 0, max: 600, noNaN: true }), { nil: undefined }),
    view: fc.option(fc.constantFrom('present' as const, 'embed' as const), { nil: undefined }),
    edits: fc.array(arbEdit, { minLength: 1, maxLength: 5 }),
  })
  .map(({ seed, compress, t, view, edits }) => {
    const link = encodeFragment({ text: seed.text, scenario: seed.scenario, preset: seed.name, ...(t ? { t } : {}), ...(view ? { view } : {}) }, { compress });
    return `#${edits.reduce(edit, link)}`;
  });

describe('decodeFragment, fuzzed', () => {
  it('wholly random strings, bare and after each key', () => {
    const prefix = fc.constantFrom('', '#', '#yaml=', '#z=', '#scenario=', '#t=', '#preset=', '#present&', '#yaml=&z=');
    fc.assert(fc.property(prefix, fc.string({ unit: 'binary', maxLength: 300 }), (p, s) => void checkDecoded(p + s)), fuzzRuns(1000));
  }, FUZZ_TIMEOUT_MS);

  it('fragments assembled from its keys with random values, bytes, deflate streams and scenarios', () => {
    fc.assert(fc.property(arbAssembled, (f) => void checkDecoded(f)), fuzzRuns(600));
  }, FUZZ_TIMEOUT_MS);

  it('real share links of the presets and the article pod, damaged by random edits', () => {
    fc.assert(fc.property(arbEditedLink, (f) => void checkDecoded(f)), fuzzRuns(500));
  }, FUZZ_TIMEOUT_MS);

  // Not random: the boundary itself, in a z= link (each case builds and deflates a 5 MiB text). A yaml= link of
  // 5 MiB takes about 2 s of CPU to encode and read, too long for every `npm test`; its cap is the same comparison.
  // Wide characters make bytes and characters differ.
  it.each([MAX_LINK_TEXT_BYTES, MAX_LINK_TEXT_BYTES + 1])('a text of %i bytes is read only within the cap', (bytes) => {
    const head = '🚀é\n'.repeat(1000);
    const text = head + 'a'.repeat(bytes - textToBytes(head).length);
    const decoded = checkDecoded(`#${encodeFragment({ text }, { compress: true })}`, { again: false });
    if (bytes <= MAX_LINK_TEXT_BYTES) expect(decoded.state.text === text, 'a text within the cap was not read').toBe(true);
    else {
      expect(decoded.state.text).toBeUndefined();
      expect(decoded.problems.join(' ')).toMatch(/5 MiB/);
    }
  }, FUZZ_TIMEOUT_MS);
});
