// Test builders for spec/ tests: a pod spec as data, written out as YAML, and helpers to find where a
// fragment stands in that text, so expected lines and columns are derived from the text, not hard-coded.
import { dump } from 'js-yaml';
import type { Diagnostic, LoadResult } from './diagnostic';

export type Obj = Record<string, unknown>;

export const container = (overrides: Obj = {}): Obj => ({ name: 'app', image: 'nginx:1.27', ...overrides });

/** A Pod document with one app container unless `spec` says otherwise. */
export function podYaml(spec: Obj = {}, metadata: Obj = { name: 'web' }): string {
  return dump({ apiVersion: 'v1', kind: 'Pod', metadata, spec: { containers: [container()], ...spec } }, { lineWidth: -1 });
}

/** 1-based line and column of the `occurrence`-th (0-based) appearance of `fragment` in `text`. */
export function positionOf(text: string, fragment: string, occurrence = 0): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(fragment, at + 1);
    if (at === -1) throw new Error(`fragment ${JSON.stringify(fragment)} #${occurrence} not in text`);
  }
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}

export const withPath = (result: LoadResult, path: string): Diagnostic[] => result.diagnostics.filter((d) => d.path === path);
export const errors = (result: LoadResult): Diagnostic[] => result.diagnostics.filter((d) => d.severity === 'error');
export const warnings = (result: LoadResult): Diagnostic[] => result.diagnostics.filter((d) => d.severity === 'warning');
