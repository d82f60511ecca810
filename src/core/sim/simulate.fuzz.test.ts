// Fuzzes simulate and checkScenario (issue 7, "Never freeze, never break") with two kinds of pod: the property
// tests' generated pods (test-arbitraries.ts) and the pods loadPod reads from mutated preset and article specs
// (spec/test-yaml-mutations.ts), each with scenarios full of absurd actions (unknown and odd container names;
// negative, NaN, ±Infinity, huge and fractional numbers) and absurd `until`s. For every case these hold:
// - simulate returns, and its work stays bounded, checked on what it returns rather than on the clock: at most
//   maxEvents + 1 events (the last one then says the simulation was cut); a hang fails the test by its time-out;
// - 0 ≤ timeline.end ≤ until (the default 600 s when `until` is not a number ≥ 0);
// - events come in time order, within [0, end], each with a type and a message, and any container an event names
//   is one of the pod's;
// - at(t) for any t (NaN, negative and past the end too) is well-formed: t within [0, end], a known phase,
//   containers listed init containers first in spec order with their role, known states, whole restart counts ≥ 0,
//   non-empty kubectl columns, and READY as n/m with m = app containers + sidecars and n ≤ m;
// - simulate changes neither the pod nor the scenario;
// - checkScenario puts a well-formed diagnostic on every unusable action (`unusable` below);
// - the actions checkScenario flags are the ones simulate leaves out: removing them leaves the timeline unchanged
//   (with nothing flagged, that is: the same input gives the same timeline).
// Run counts are stated per property; PODSCOPE_FUZZ_RUNS raises them for a long run (../test-fuzz.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPod } from '../spec/load-pod';
import { allContainers, type ContainerModel, type PodModel, type ProbeModel } from '../spec/pod-model';
import { arbMutatedSeed } from '../spec/test-yaml-mutations';
import { check, FUZZ_TIMEOUT_MS, fuzzRuns } from '../test-fuzz';
import { SIM_DEFAULTS } from './defaults';
import type { Action, Scenario } from './scenario';
import { checkScenario } from './scenario-check';
import { simulate } from './simulate';
import { arbAbsurdScenario, arbPod, arbScenario } from './test-arbitraries';
import type { Timeline } from './types';

const PHASES = new Set(['Pending', 'Running', 'Succeeded', 'Failed']);
const STATES = new Set(['waiting', 'running', 'terminated']);
const SEVERITIES = new Set(['error', 'warning', 'info']);

// ---- what goes in ----

/** The property tests' scenarios (with a 'ghost' container and NaN times), or arbAbsurdScenario's, which go further. */
const arbScenarioFor = (p: PodModel): fc.Arbitrary<Scenario> => {
  const names = allContainers(p).map((c) => c.name);
  return fc.oneof(arbScenario(names.length > 0 ? names : ['app']), arbAbsurdScenario(names));
};

const arbUntil = fc.oneof(
  { weight: 6, arbitrary: fc.noBias(fc.integer({ min: 0, max: 700 })) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 700, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(NaN, -1, -Infinity, Infinity, 0, 1e-9, 20_000) },
);
/** Mostly the default cap; sometimes a small or odd one, to reach the cut. */
const arbMaxEvents = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.oneof(fc.integer({ min: 1, max: 60 }), fc.constantFrom(0, -5, 1.5, NaN, 20_000)) },
);
const arbTimes = fc.array(fc.oneof(fc.double({ min: -10, max: 800 }), fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e300)), { maxLength: 6 });

/** A pod loadPod read from a mutated preset or article spec, with that preset's scenario or a fuzzed one. */
const arbLoadedCase = arbMutatedSeed(4, 0)
  .map((seed) => ({ seed, pod: loadPod(seed.text).pod }))
  .filter((x): x is { seed: typeof x.seed; pod: PodModel } => x.pod !== null)
  .chain(({ seed, pod }) => fc.record({
    pod: fc.constant(pod),
    scenario: fc.oneof(fc.constant(seed.scenario), arbScenarioFor(pod)),
    until: arbUntil,
    maxEvents: arbMaxEvents,
  }));

/**
 * The generated pods with their probe numbers, grace period and hook sleeps swapped for whole numbers loadPod lets
 * through (it checks that they are integers and not negative, not that they are sane): 1 up to 1e300.
 */
const arbHuge = fc.oneof(fc.integer({ min: 1, max: 100 }), fc.constantFrom(2 ** 31, 2 ** 53 + 2, 1.2345678901234568e29, 1e300));
const arbHugeNumbersPod = fc.tuple(arbPod, arbHuge, arbHuge, arbHuge, arbHuge).map(([p, period, delay, threshold, seconds]): PodModel => {
  const numbers = (probe: ProbeModel | undefined) => probe && { ...probe, periodSeconds: period, initialDelaySeconds: delay, failureThreshold: threshold };
  const container = (c: ContainerModel): ContainerModel => ({
    ...c,
    ...(c.startupProbe ? { startupProbe: numbers(c.startupProbe) } : {}),
    ...(c.readinessProbe ? { readinessProbe: numbers(c.readinessProbe) } : {}),
    ...(c.livenessProbe ? { livenessProbe: numbers(c.livenessProbe) } : {}),
    lifecycle: { postStart: { type: 'sleep', seconds: delay }, preStop: { type: 'sleep', seconds } },
  });
  return { ...p, terminationGracePeriodSeconds: seconds, initContainers: p.initContainers.map(container), containers: p.containers.map(container) };
});

const arbGeneratedCase = fc.oneof(arbPod, arbHugeNumbersPod)
  .chain((pod) => fc.record({ pod: fc.constant(pod), scenario: arbScenarioFor(pod), until: arbUntil, maxEvents: arbMaxEvents }));

interface Case {
  pod: PodModel;
  scenario: Scenario;
  until: number;
  maxEvents: number | undefined;
}

// ---- what must hold ----

const options = (c: Case) => ({ until: c.until, ...(c.maxEvents !== undefined ? { maxEvents: c.maxEvents } : {}) });

function checkTimeline(c: Case, timeline: Timeline, times: readonly number[]): void {
  const until = Number.isFinite(c.until) && c.until >= 0 ? c.until : SIM_DEFAULTS.untilSeconds.value;
  // The cap: at least 1, whole, and the default when left out or NaN (as `until`).
  const maxEvents = Math.max(1, Math.floor(c.maxEvents === undefined || Number.isNaN(c.maxEvents) ? SIM_DEFAULTS.maxEvents.value : c.maxEvents));
  const containers = allContainers(c.pod);
  const names = new Set(containers.map((x) => x.name));
  const { end, events } = timeline;

  check(Number.isFinite(end) && end >= 0 && end <= until, () => `end ${end} outside [0, ${until}]`);
  check(events.length <= maxEvents + 1, () => `${events.length} events with maxEvents ${maxEvents}`);
  events.forEach((e, i) => {
    const what = () => `event ${i} ${JSON.stringify(e)}`;
    check(Number.isFinite(e.t) && e.t >= 0 && e.t <= end, () => `${what()} outside [0, ${end}]`);
    check(i === 0 || e.t >= (events[i - 1]?.t ?? 0), () => `${what()} before the one ahead of it`);
    check(typeof e.type === 'string' && e.type !== '' && typeof e.message === 'string' && e.message !== '', () => `${what()} lacks a type or message`);
    check(e.container === undefined || names.has(e.container), () => `${what()} names no container of the pod`);
  });

  const sidecars = containers.filter((x) => x.kind === 'sidecar').length;
  const readyOf = c.pod.containers.length + sidecars;
  for (const t of [...times, ...(timeline.changeTimes ?? []).slice(0, 40), end]) {
    const s = timeline.at(t);
    const what = () => `at(${t}) ${JSON.stringify(s).slice(0, 400)}`;
    check(Number.isFinite(s.t) && s.t >= 0 && s.t <= end, () => `${what()}: t outside [0, ${end}]`);
    check(PHASES.has(s.phase), () => `${what()}: phase`);
    check(Object.values(s.conditions).every((v) => typeof v === 'boolean'), () => `${what()}: conditions`);
    check(s.containers.length === containers.length, () => `${what()}: ${s.containers.length} containers, not ${containers.length}`);
    s.containers.forEach((x, k) => {
      const spec = containers[k];
      check(x.name === spec?.name && x.role === spec.kind, () => `${what()}: container ${k} is ${x.name}/${x.role}, not ${spec?.name}/${spec?.kind}`);
      check(STATES.has(x.state) && typeof x.started === 'boolean' && typeof x.ready === 'boolean', () => `${what()}: container ${x.name} state`);
      check(Number.isInteger(x.restartCount) && x.restartCount >= 0, () => `${what()}: restartCount ${x.restartCount}`);
    });
    const { ready, status, restarts } = s.kubectl;
    check([ready, status, restarts].every((col) => typeof col === 'string' && col.length > 0), () => `${what()}: an empty kubectl column`);
    const m = /^(\d+)\/(\d+)$/.exec(ready);
    check(m !== null && Number(m[2]) === readyOf && Number(m[1]) <= readyOf, () => `${what()}: READY ${ready}, expected n/${readyOf}`);
  }
}

/**
 * An action the simulator cannot use, by the Action type's own words (scenario.ts): a container the pod does not
 * have, a time that is not a number ≥ 0, an exit code that is not a whole number 0–255, a `run` that is not a whole
 * number ≥ 1, a probe window that is not finite. Not counted: huge but finite times (they fall after `until`) and a
 * negative `failFrom` (a window open since before the pod began, as Podscope reads it).
 */
function unusable(a: Action, names: ReadonlySet<string>): boolean {
  const time = (x: number) => Number.isFinite(x) && x >= 0;
  if ('deletePod' in a) return !time(a.at);
  if (!names.has(a.container)) return true;
  if ('probe' in a) return !Number.isFinite(a.failFrom) || (a.failUntil !== undefined && !Number.isFinite(a.failUntil));
  if ('exitCode' in a && !(Number.isInteger(a.exitCode) && a.exitCode >= 0 && a.exitCode <= 255)) return true;
  if ('after' in a && (!time(a.after) || (a.run !== undefined && !(Number.isInteger(a.run) && a.run >= 1)))) return true;
  return 'at' in a && !time(a.at);
}

function checkDiagnostics(c: Case): Set<number> {
  const diagnostics = checkScenario(c.pod, c.scenario);
  const names = new Set(allContainers(c.pod).map((x) => x.name));
  for (const d of diagnostics) {
    check(SEVERITIES.has(d.severity) && typeof d.message === 'string' && d.message.length > 0, () => `ill-formed ${JSON.stringify(d)}`);
    check(Number.isInteger(d.action) && d.action >= 0 && d.action < c.scenario.actions.length, () => `diagnostic on no action: ${JSON.stringify(d)}`);
  }
  const flagged = new Set(diagnostics.map((d) => d.action));
  c.scenario.actions.forEach((a, i) => {
    check(!unusable(a, names) || flagged.has(i), () => `action ${i} ${JSON.stringify(a)} cannot be used, yet checkScenario says nothing`);
  });
  return flagged;
}

function runCase(c: Case, times: readonly number[]): void {
  const before = structuredClone({ pod: c.pod, scenario: c.scenario });
  const timeline = simulate(c.pod, c.scenario, options(c));
  checkTimeline(c, timeline, times);
  expect({ pod: c.pod, scenario: c.scenario }).toEqual(before);

  const flagged = checkDiagnostics(c);
  const kept = { actions: c.scenario.actions.filter((_, i) => !flagged.has(i)) };
  const without = simulate(c.pod, kept, options(c));
  check(without.end === timeline.end, () => `end ${timeline.end} becomes ${without.end} without the flagged actions ${[...flagged].join(', ')}`);
  expect(without.events, `events without the flagged actions ${[...flagged].join(', ')}`).toEqual(timeline.events);
  for (const t of times) expect(without.at(t)).toEqual(timeline.at(t));
}

describe('simulate, fuzzed', () => {
  it('generated pods, some with huge numbers, with absurd scenarios, untils and event caps', () => {
    fc.assert(fc.property(arbGeneratedCase, arbTimes, runCase), fuzzRuns(500));
  }, FUZZ_TIMEOUT_MS);

  it('pods read from mutated preset and article specs, with their own or absurd scenarios', () => {
    fc.assert(fc.property(arbLoadedCase, arbTimes, runCase), fuzzRuns(500));
  }, FUZZ_TIMEOUT_MS);
});
