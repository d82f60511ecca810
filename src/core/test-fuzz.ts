// Run counts and time-outs for the fuzz tests (*.fuzz.test.ts). Each property states its own count in its file,
// sized so that all fuzz files together take well under 20 s of `npx vitest run` on a 2-core machine.
//
// A long run by hand raises every count to at least N and lifts the time-out (seeds differ on every run):
//   PODSCOPE_FUZZ_RUNS=20000 npx vitest run fuzz
// A failure prints fast-check's seed and path; PODSCOPE_FUZZ_SEED=<seed> replays that seed.
import type fc from 'fast-check';

const LONG_RUNS = Number(process.env.PODSCOPE_FUZZ_RUNS ?? '');
const SEED = Number(process.env.PODSCOPE_FUZZ_SEED ?? '');

/** True during a long run (PODSCOPE_FUZZ_RUNS set). */
export const LONG_FUZZ_RUN = Number.isInteger(LONG_RUNS) && LONG_RUNS > 0;

/** fast-check parameters for a property that runs `numRuns` cases in the normal suite. */
export function fuzzRuns<T>(numRuns: number): fc.Parameters<T> {
  return {
    numRuns: LONG_FUZZ_RUN ? Math.max(numRuns, LONG_RUNS) : numRuns,
    ...(Number.isInteger(SEED) && process.env.PODSCOPE_FUZZ_SEED ? { seed: SEED } : {}),
  };
}

/**
 * The Vitest time-out of one fuzz test. Not a timing assertion: it only turns a hang (the thing fuzzing looks for)
 * into a failure instead of a stuck run. 60 s is far above what any fuzz test takes (about 1 s each, a few s on a
 * busy machine), so load does not trip it; a long run has no practical time-out.
 */
export const FUZZ_TIMEOUT_MS = LONG_FUZZ_RUN ? 12 * 3600_000 : 60_000;

/**
 * A plain assertion for the inner loops of a fuzz property: expect() costs more per call than many of the functions
 * fuzzed, and a property checks thousands of fields per run. The message is built only on failure.
 */
export function check(ok: boolean, problem: () => string): void {
  if (!ok) throw new Error(problem());
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Where `value` stops being plain data, or null when it is: every object reachable from it is a plain object or an
 * array, with no own `__proto__`, `constructor` or `prototype` key (the keys that reach Object.prototype when copied
 * carelessly), and no functions.
 */
export function notPlainData(value: unknown, path = 'value', seen = new Set<object>()): string | null {
  if (typeof value === 'function') return `${path} is a function`;
  if (value === null || typeof value !== 'object' || seen.has(value)) return null;
  seen.add(value);
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype) return `${path} has an unusual prototype`;
  for (const key of Reflect.ownKeys(value)) {
    if (UNSAFE_KEYS.has(String(key))) return `${path} has an own ${String(key)} key`;
    const inner = notPlainData((value as Record<PropertyKey, unknown>)[key], `${path}.${String(key)}`, seen);
    if (inner) return inner;
  }
  return null;
}
