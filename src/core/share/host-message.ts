// The messages a page that embeds Podscope may send, read as untrusted input from any origin: a message can load
// a pod (text and scenario, within size limits) or drive playback, and nothing else. Anything else is null.
import type { Scenario } from '../sim/scenario';
import { MAX_ACTIONS, readScenario } from './scenario-json';

/** A host may send a spec of up to 1 MiB (measured in UTF-16 code units, an upper bound that needs no encoding). */
export const MAX_MESSAGE_YAML = 1024 * 1024;

export type HostCommand =
  | { type: 'podscope:load'; yaml: string; scenario: Scenario; problems: string[] }
  | { type: 'podscope:step' | 'podscope:play' | 'podscope:pause' };

/** What the embed posts back after each change: the public state, nothing more. */
export interface EmbedStateMessage {
  type: 'podscope:state';
  t: number;
  status: string;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * The command a message carries, or null. Each field is read once: a same-page caller could pass getters that
 * answer differently on a second read (a posted message cannot; structured clone has flattened it already).
 * Nothing is coerced: an object standing in for a string or a number (a String wrapper, one with toString or
 * valueOf) is refused, not converted.
 */
export function parseHostMessage(data: unknown): HostCommand | null {
  if (!isRecord(data)) return null;
  const type = data.type;
  if (typeof type !== 'string') return null;
  switch (type) {
    case 'podscope:step':
    case 'podscope:play':
    case 'podscope:pause':
      return { type };
    case 'podscope:load': {
      const yaml = data.yaml;
      if (typeof yaml !== 'string' || yaml.length > MAX_MESSAGE_YAML) return null;
      const scenario = plainScenario(data.scenario);
      if (scenario === REFUSED) return null;
      if (scenario === undefined) return { type, yaml, scenario: { actions: [] }, problems: [] };
      const read = readScenario(scenario, 'The scenario sent by the page');
      return { type, yaml, scenario: read.scenario, problems: read.problems };
    }
    default:
      return null;
  }
}

const REFUSED = Symbol('refused');

/**
 * The scenario as plain data (undefined when there is none): a list over MAX_ACTIONS is refused before anything
 * is copied, and the copy (structuredClone, as postMessage makes) has no getters, prototypes or functions left
 * for readScenario to trip over.
 */
function plainScenario(raw: unknown): unknown {
  if (raw === undefined || raw === null) return undefined;
  if (!isRecord(raw)) return raw;
  const actions = raw.actions;
  if (!Array.isArray(actions)) return raw;
  if (actions.length > MAX_ACTIONS) return REFUSED;
  try {
    return { actions: structuredClone(actions) };
  } catch {
    return REFUSED; // a function or a DOM node in the list: not something a page could have posted
  }
}
