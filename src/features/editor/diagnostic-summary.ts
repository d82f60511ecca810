// The problem count above the list, in words. Apart from the list so that it is tested without the store.
import type { Diagnostic } from '../../core/index';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "2 errors, 1 warning", or "No problems" (with the info count, if any). */
export function summarise(diagnostics: readonly Diagnostic[]): string {
  const count = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) count[d.severity]++;
  const parts: string[] = [];
  if (count.error) parts.push(plural(count.error, 'error', 'errors'));
  if (count.warning) parts.push(plural(count.warning, 'warning', 'warnings'));
  if (parts.length === 0) parts.push('No problems');
  if (count.info) parts.push(plural(count.info, 'info', 'infos'));
  return parts.join(', ');
}
