// Reads a scenario written as plain data (a preset file, a lesson) into the Scenario the simulator takes.
// Every action must be one of the shapes in sim/scenario.ts; anything else is reported and left out.
import type { Action, ProbeKind, Scenario } from '../sim/scenario';
import type { PresetDiagnostic } from './preset-types';

type Fields = Record<string, unknown>;

const PROBES: readonly ProbeKind[] = ['startup', 'readiness', 'liveness'];

// The shapes an action may take, by the key that tells them apart, with their required and optional keys.
const SHAPES = [
  { name: 'a pod deletion', marker: 'deletePod', required: ['deletePod', 'at'], optional: [] },
  { name: 'a probe failure', marker: 'probe', required: ['container', 'probe', 'failFrom'], optional: ['failUntil'] },
  { name: 'an OOM kill', marker: 'oomKilled', required: ['container', 'oomKilled'], optional: ['after', 'at', 'run'] },
  { name: 'an exit', marker: 'exitCode', required: ['container', 'exitCode'], optional: ['after', 'at', 'run'] },
] as const;

function isMapping(x: unknown): x is Fields {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** One action, or the problems that keep it out. */
export function readAction(value: unknown, path: string): { action?: Action; diagnostics: PresetDiagnostic[] } {
  const diagnostics: PresetDiagnostic[] = [];
  const problem = (message: string, at = path) => diagnostics.push({ severity: 'error', message, path: at });
  if (!isMapping(value)) {
    problem('An action is a mapping, such as {container: app, exitCode: 1, after: 5}.');
    return { diagnostics };
  }
  const shape = SHAPES.find((s) => s.marker in value);
  if (!shape) {
    problem('An action needs exitCode (an exit), oomKilled (an OOM kill), probe (a probe failure) or deletePod (a deletion).');
    return { diagnostics };
  }
  const allowed: readonly string[] = [...shape.required, ...shape.optional];
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) problem(`"${key}" is not a field of ${shape.name}; it takes ${allowed.join(', ')}.`, `${path}.${key}`);
  }
  for (const key of shape.required) if (!(key in value)) problem(`${capitalise(shape.name)} needs "${key}".`, `${path}.${key}`);
  const numbers = ['at', 'after', 'run', 'failFrom', 'failUntil', 'exitCode'].filter((k) => k in value && allowed.includes(k));
  for (const key of numbers) if (!isNumber(value[key])) problem(`"${key}" must be a number of seconds${key === 'exitCode' ? ' (here: an exit code, 0–255)' : key === 'run' ? ' (here: which start, from 1)' : ''}.`, `${path}.${key}`);
  if ('container' in value && typeof value.container !== 'string') problem('"container" must be a container name.', `${path}.container`);
  if (shape.marker === 'deletePod' && value.deletePod !== true) problem('"deletePod" must be true.', `${path}.deletePod`);
  if (shape.marker === 'oomKilled' && value.oomKilled !== true) problem('"oomKilled" must be true.', `${path}.oomKilled`);
  if (shape.marker === 'probe' && !PROBES.includes(value.probe as ProbeKind)) problem('"probe" must be startup, readiness or liveness.', `${path}.probe`);
  if ((shape.marker === 'exitCode' || shape.marker === 'oomKilled') && ('after' in value) === ('at' in value)) {
    problem('Give exactly one of "after" (seconds after the container started) and "at" (pod seconds).', path);
  }
  if ('at' in value && 'run' in value && shape.marker !== 'deletePod') problem('"run" goes with "after", not with "at".', `${path}.run`);
  if (diagnostics.length > 0) return { diagnostics };
  // Every field has been checked against the shape above: the mapping is that action.
  return { action: value as unknown as Action, diagnostics };
}

/** A scenario `{actions: [...]}`; a missing scenario is the empty one. */
export function readScenario(value: unknown, path = 'scenario'): { scenario: Scenario; diagnostics: PresetDiagnostic[] } {
  const diagnostics: PresetDiagnostic[] = [];
  if (value === undefined || value === null) return { scenario: { actions: [] }, diagnostics };
  if (!isMapping(value)) {
    diagnostics.push({ severity: 'error', message: 'A scenario is a mapping with one key, actions: a list.', path });
    return { scenario: { actions: [] }, diagnostics };
  }
  for (const key of Object.keys(value)) {
    if (key !== 'actions') diagnostics.push({ severity: 'error', message: `"${key}" is not a field of a scenario; it has only actions.`, path: `${path}.${key}` });
  }
  const list = value.actions ?? [];
  if (!Array.isArray(list)) {
    diagnostics.push({ severity: 'error', message: '"actions" must be a list.', path: `${path}.actions` });
    return { scenario: { actions: [] }, diagnostics };
  }
  const actions: Action[] = [];
  list.forEach((item, i) => {
    const read = readAction(item, `${path}.actions[${i}]`);
    diagnostics.push(...read.diagnostics);
    if (read.action) actions.push(read.action);
  });
  return { scenario: { actions }, diagnostics };
}
