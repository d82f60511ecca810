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

export function parseHostMessage(data: unknown): HostCommand | null {
  if (!isRecord(data) || typeof data.type !== 'string') return null;
  switch (data.type) {
    case 'podscope:step':
    case 'podscope:play':
    case 'podscope:pause':
      return { type: data.type };
    case 'podscope:load': {
      if (typeof data.yaml !== 'string' || data.yaml.length > MAX_MESSAGE_YAML) return null;
      if (data.scenario === undefined || data.scenario === null) return { type: 'podscope:load', yaml: data.yaml, scenario: { actions: [] }, problems: [] };
      if (isRecord(data.scenario) && Array.isArray(data.scenario.actions) && data.scenario.actions.length > MAX_ACTIONS) return null;
      const read = readScenario(data.scenario, 'The scenario sent by the page');
      return { type: 'podscope:load', yaml: data.yaml, scenario: read.scenario, problems: read.problems };
    }
    default:
      return null;
  }
}
