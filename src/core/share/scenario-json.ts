// A scenario read from outside (a link, a host page's message): checked field by field against the Action union,
// so only well-formed actions reach the simulator. What is wrong is reported in words; nothing throws.
// Whether a container exists is checkScenario's business (sim/scenario-check.ts), once the pod is known.
import type { Action, ProbeKind, Scenario } from '../sim/scenario';

/** More actions than a person would click; a longer list is cut here. */
export const MAX_ACTIONS = 200;
/** Kubernetes names are at most 253 characters (a DNS subdomain); container names 63. */
const MAX_NAME = 253;
/** A week of pod time: far past anything Podscope simulates. */
const MAX_SECONDS = 7 * 24 * 3600;
const PROBES: readonly ProbeKind[] = ['startup', 'readiness', 'liveness'];

export interface ReadScenario {
  scenario: Scenario;
  problems: string[];
}

type Fields = Record<string, unknown>;

function isRecord(x: unknown): x is Fields {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
function seconds(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= MAX_SECONDS;
}
function exitCode(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 255;
}
function run(x: unknown): x is number | undefined {
  return x === undefined || (typeof x === 'number' && Number.isInteger(x) && x >= 1 && x <= 10_000);
}
function containerName(x: unknown): x is string {
  return typeof x === 'string' && x.length > 0 && x.length <= MAX_NAME;
}
const own = (o: Fields, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** One action, or the reason it is not one. Only the fields of its variant are kept. */
export function readAction(x: unknown): Action | string {
  if (!isRecord(x)) return 'it is not an object';
  if (own(x, 'deletePod')) {
    if (x.deletePod !== true) return '`deletePod` must be true';
    return seconds(x.at) ? { deletePod: true, at: x.at } : 'a deletion needs `at`, in seconds from 0';
  }
  if (!containerName(x.container)) return '`container` must be a container name';
  const container = x.container;
  if (own(x, 'probe')) {
    if (typeof x.probe !== 'string' || !PROBES.includes(x.probe as ProbeKind)) return '`probe` must be startup, readiness or liveness';
    if (!seconds(x.failFrom)) return '`failFrom` must be seconds from 0';
    if (x.failUntil !== undefined && !seconds(x.failUntil)) return '`failUntil` must be seconds from 0';
    const probe = x.probe as ProbeKind;
    return x.failUntil === undefined
      ? { container, probe, failFrom: x.failFrom }
      : { container, probe, failFrom: x.failFrom, failUntil: x.failUntil as number };
  }
  if (own(x, 'oomKilled')) {
    if (x.oomKilled !== true) return '`oomKilled` must be true';
    if (own(x, 'at')) return seconds(x.at) ? { container, oomKilled: true, at: x.at } : '`at` must be seconds from 0';
    if (!seconds(x.after)) return 'an OOM kill needs `after` or `at`, in seconds from 0';
    if (!run(x.run)) return '`run` counts starts from 1';
    return x.run === undefined ? { container, oomKilled: true, after: x.after } : { container, oomKilled: true, after: x.after, run: x.run };
  }
  if (own(x, 'exitCode')) {
    if (!exitCode(x.exitCode)) return '`exitCode` must be a whole number from 0 to 255';
    if (own(x, 'at')) return seconds(x.at) ? { container, exitCode: x.exitCode, at: x.at } : '`at` must be seconds from 0';
    if (!seconds(x.after)) return 'an exit needs `after` or `at`, in seconds from 0';
    if (!run(x.run)) return '`run` counts starts from 1';
    return x.run === undefined ? { container, exitCode: x.exitCode, after: x.after } : { container, exitCode: x.exitCode, after: x.after, run: x.run };
  }
  return 'it is neither an exit, a probe failure, an OOM kill nor a deletion';
}

/** The well-formed actions of `x` (a Scenario-shaped value), at most MAX_ACTIONS, and a problem per action left out. */
export function readScenario(x: unknown, where = 'The scenario'): ReadScenario {
  if (!isRecord(x) || !Array.isArray(x.actions)) {
    return { scenario: { actions: [] }, problems: [`${where} is not of the form {"actions": [...]}; it was left out.`] };
  }
  const problems: string[] = [];
  const actions: Action[] = [];
  const list = x.actions as unknown[];
  if (list.length > MAX_ACTIONS) problems.push(`${where} has ${list.length} actions; only the first ${MAX_ACTIONS} are used.`);
  for (let i = 0; i < Math.min(list.length, MAX_ACTIONS); i++) {
    const action = readAction(list[i]);
    if (typeof action === 'string') problems.push(`${where}: action ${i + 1} was left out because ${action}.`);
    else actions.push(action);
  }
  // Only the first few problems: a hostile list of 200 bad actions should not bury the page in messages.
  return { scenario: { actions }, problems: problems.length > 5 ? [...problems.slice(0, 5), `… and ${problems.length - 5} more.`] : problems };
}
