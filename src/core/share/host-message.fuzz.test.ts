// Fuzzes parseHostMessage, the check on what a host page posts to the embed (issue 7, "Never freeze, never break"),
// with anything JavaScript can hold (objects with null prototypes, own `__proto__` keys, boxed strings and numbers,
// Maps, Sets, typed arrays, BigInt, Dates, sparse arrays), messages built from the commands it knows with random
// fields, and real load messages (the presets' and the article's pods and scenarios) with one field broken.
// For every message these hold:
// - it returns (null or a command), and the same message gives an equal answer, as does its structured clone
//   (what postMessage delivers);
// - only the known types pass, spelled exactly as sent: podscope:load, step, play, pause;
// - step, play and pause carry nothing else; load carries the yaml it was sent, a string of at most
//   MAX_MESSAGE_YAML (the documented cap), and a scenario of at most MAX_ACTIONS actions, each a well-formed
//   Action (readAction gives it back unchanged) and plain data, and problems that are non-empty strings.
// At the cap (not random: the boundary itself): MAX_MESSAGE_YAML code units of yaml pass, one more does not.
// Run counts are stated per property; PODSCOPE_FUZZ_RUNS raises them for a long run (../test-fuzz.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbAbsurdScenario } from '../sim/test-arbitraries';
import { SEED_SPECS } from '../spec/test-seed-specs';
import { check, FUZZ_TIMEOUT_MS, fuzzRuns, notPlainData } from '../test-fuzz';
import { MAX_MESSAGE_YAML, parseHostMessage } from './host-message';
import { MAX_ACTIONS, readAction } from './scenario-json';

const TYPES = ['podscope:load', 'podscope:step', 'podscope:play', 'podscope:pause'];

/** The message's own `type`, read the way a posted message has it (no getters survive structured clone). */
function sentType(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return undefined;
  return Object.getOwnPropertyDescriptor(data, 'type')?.value;
}

function checkMessage(data: unknown): void {
  const command = parseHostMessage(data);
  if (command !== null) {
    check(TYPES.includes(command.type) && command.type === sentType(data), () => `type ${String(command.type)} passed for ${String(sentType(data))}`);
    if (command.type === 'podscope:load') {
      const sent = Object.getOwnPropertyDescriptor(data, 'yaml')?.value;
      check(typeof command.yaml === 'string' && command.yaml === sent, () => 'yaml is not the string sent');
      check(command.yaml.length <= MAX_MESSAGE_YAML, () => `yaml of ${command.yaml.length} code units, over the cap`);
      check(Array.isArray(command.scenario.actions) && command.scenario.actions.length <= MAX_ACTIONS, () => `${command.scenario.actions.length} actions`);
      for (const a of command.scenario.actions) {
        check(notPlainData(a) === null, () => `action ${JSON.stringify(a)}: ${notPlainData(a)}`);
        expect(readAction(a), `action ${JSON.stringify(a)} is not well-formed`).toEqual(a);
      }
      check(command.problems.every((p) => typeof p === 'string' && p.length > 0), () => 'a problem that is not a sentence');
    } else {
      expect(Object.keys(command)).toEqual(['type']);
    }
  }
  expect(parseHostMessage(data)).toEqual(command);
  let clone: unknown;
  try {
    clone = structuredClone(data);
  } catch {
    return; // not something postMessage could deliver
  }
  expect(parseHostMessage(clone)).toEqual(command);
}

// ---- messages ----

const arbAnything = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  key: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('type', 'yaml', 'scenario', 'actions', '__proto__', 'constructor')),
});

/** A type: the known ones, near misses of them, and anything. */
const arbType = fc.oneof(
  fc.constantFrom(...TYPES),
  fc.constantFrom('podscope:Load', 'podscope:load ', ' podscope:step', 'podscope:eval', 'podscope:state', 'podscope:', 'load', 'PODSCOPE:PLAY', 'podscope:pause\u0000'),
  arbAnything,
);
const arbScenarioValue = fc.oneof(
  arbAbsurdScenario(['app', 'web']),
  fc.integer({ min: MAX_ACTIONS - 1, max: MAX_ACTIONS + 1 }).map((n) => ({ actions: Array.from({ length: n }, (_, i) => ({ container: 'app', exitCode: 1, at: i })) })),
  fc.record({ actions: fc.array(arbAnything, { maxLength: 5 }) }),
  arbAnything,
);
const arbYaml = fc.oneof(fc.constantFrom(...SEED_SPECS.map((s) => s.text)), fc.string({ unit: 'binary', maxLength: 100 }), arbAnything);
const arbBuilt = fc.record({ type: arbType, yaml: arbYaml, scenario: arbScenarioValue, extra: arbAnything }, { requiredKeys: ['type'] });

/** A real load message with one field broken, or with its fields as own `__proto__` keys (as JSON.parse makes). */
const arbBrokenLoad = fc
  .record({ seed: fc.constantFrom(...SEED_SPECS), field: fc.constantFrom('type', 'yaml', 'scenario', 'proto'), value: arbAnything })
  .map(({ seed, field, value }): unknown => {
    const message: Record<string, unknown> = { type: 'podscope:load', yaml: seed.text, scenario: seed.scenario };
    if (field === 'proto') return JSON.parse(`{"__proto__": ${JSON.stringify(message)}, "type": "podscope:load", "yaml": "x"}`);
    return { ...message, [field]: value };
  });

describe('parseHostMessage, fuzzed', () => {
  it('anything at all', () => {
    fc.assert(fc.property(arbAnything, checkMessage), fuzzRuns(600));
  }, FUZZ_TIMEOUT_MS);

  it('messages built from the known types with random fields, and action lists around their cap', () => {
    fc.assert(fc.property(arbBuilt, checkMessage), fuzzRuns(500));
  }, FUZZ_TIMEOUT_MS);

  // Not random: the boundary itself (a 1 MiB string per case, cloned and compared, is too slow to draw hundreds of).
  it.each([MAX_MESSAGE_YAML, MAX_MESSAGE_YAML + 1])('a load message with %i code units of yaml passes only within the cap', (length) => {
    const message = { type: 'podscope:load', yaml: 'a'.repeat(length) };
    checkMessage(message);
    expect(parseHostMessage(message) !== null).toBe(length <= MAX_MESSAGE_YAML);
  });

  it('real load messages with one field broken', () => {
    fc.assert(fc.property(arbBrokenLoad, checkMessage), fuzzRuns(500));
  }, FUZZ_TIMEOUT_MS);
});
