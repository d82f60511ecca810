// simulate(pod, scenario): what the kubelet does with this pod, as a timeline of events and snapshots.
// Pure: no clock, no randomness, no DOM. The rules and their Kubernetes sources live in the files it uses.
import type { PodModel } from '../spec/pod-model';
import { SIM_DEFAULTS } from './defaults';
import { SimEngine } from './engine';
import { EMPTY_SCENARIO, type Scenario } from './scenario';
import { timelineFromData, type TimelineData } from './timeline-data';
import type { Timeline } from './types';

export interface SimulateOptions {
  /** The last pod second to simulate (default SIM_DEFAULTS.untilSeconds, 600 s). */
  until?: number;
  /** Stop after this many events (default SIM_DEFAULTS.maxEvents, 20,000), with a final event saying so. */
  maxEvents?: number;
}

/**
 * Simulates the pod from its creation (t = 0) up to `until` seconds.
 * @example
 * // app starts at 3 s and exits 5 s after every start: at 8, restarted at 9, again at 14, then backs off 10 s.
 * const timeline = simulate(pod, { actions: [{ container: 'app', exitCode: 1, after: 5 }] });
 * timeline.at(20).kubectl; // { ready: '0/1', status: 'CrashLoopBackOff', restarts: '1 (6s ago)' }
 */
export function simulate(pod: PodModel, scenario: Scenario = EMPTY_SCENARIO, options: SimulateOptions = {}): Timeline {
  return timelineFromData(simulateData(pod, scenario, options));
}

/**
 * simulate() as plain data: what a Web Worker computes and posts (it survives structuredClone); the page reads it
 * with timelineFromData().
 */
export function simulateData(pod: PodModel, scenario: Scenario = EMPTY_SCENARIO, options: SimulateOptions = {}): TimelineData {
  const until = Number.isFinite(options.until) && (options.until as number) >= 0 ? (options.until as number) : SIM_DEFAULTS.untilSeconds.value;
  // A NaN cap falls back to the default, as `until` does: Math.max(1, NaN) is NaN, and no count is ≥ NaN.
  const cap = options.maxEvents === undefined || Number.isNaN(options.maxEvents) ? SIM_DEFAULTS.maxEvents.value : options.maxEvents;
  const maxEvents = Math.max(1, Math.floor(cap));
  return new SimEngine(pod, scenario ?? EMPTY_SCENARIO, until, maxEvents).run();
}

export { checkScenario, type ScenarioDiagnostic } from './scenario-check';
export { SIM_DEFAULTS, listSimDefaults, type SimDefault, type SimDefaultName } from './defaults';
export { nextEventTime, previousEventTime } from './timeline';
export { timelineFromData, type TimelineData } from './timeline-data';
export { timingAssumptions, type TimingAssumption } from './assumptions';
