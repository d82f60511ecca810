// A preset: a pod spec (text, as it goes into the editor) plus a scenario, and what simulating them shows.
// Presets are data files (src/presets/pods/*.yaml); parse-preset.ts reads and validates one.
import type { Scenario } from '../sim/scenario';
import type { ArticleSectionId } from './article-sections';

/**
 * What simulating the preset must show, so a test can hold each preset to its promise. Each list is matched in
 * order as a subsequence of what the timeline shows from start to end (`kubectl get pod -w`, one line per change).
 */
export interface PresetExpectation {
  /** kubectl STATUS values, e.g. ['Init:Error', 'Init:CrashLoopBackOff', 'Running']. */
  statuses?: string[];
  /** kubectl READY values, e.g. ['1/1', '0/1', '1/1']. */
  ready?: string[];
  /** The pod phase at the end of the simulation. */
  phase?: 'Pending' | 'Running' | 'Succeeded' | 'Failed';
  /** Events that must happen, in this order: a type, and optionally the container and a word of the message. */
  events?: Array<{ type: string; container?: string; message?: string }>;
}

export interface Preset {
  /** Stable, kebab-case: used in links (`&preset=<id>`) and by the lessons. */
  id: string;
  title: string;
  /** One or two sentences: what the preset shows. */
  summary: string;
  section: ArticleSectionId;
  /** Order within its section (lower first); presets without one follow, by title. */
  order?: number;
  scenario: Scenario;
  /** Pod seconds to put the cursor at when the preset loads (default 0). */
  cursor?: number;
  /** The container to select (open on the canvas) when the preset loads. */
  focus?: string;
  expect: PresetExpectation;
  /** The pod spec text, verbatim, comments and all. */
  pod: string;
}

/** A problem with a preset file; `path` names the field ("scenario.actions[1].after"). */
export interface PresetDiagnostic {
  severity: 'error' | 'warning';
  message: string;
  path?: string;
  /** 1-based line in the preset file, when known. */
  line?: number;
}
