// A form edit checked by the validator itself: the edit is applied, the new text is loaded with loadPod, and an
// error the old text did not have refuses the edit with loadPod's own message, so the form and the YAML editor
// never disagree on what is valid (kubernetes-semantics.md section 7 lives in core/spec only).
import type { LoadResult } from '../spec/diagnostic';
import { loadPod } from '../spec/load-pod';
import { applySpecEdit, type SpecEdit } from './spec-edits';

export type CheckedEdit = { ok: true; text: string } | { ok: false; message: string };

/**
 * When the edit brings several errors, the one at the field it edits is shown. `before` is loadPod(text), passed
 * in when the caller has it already (the store memoises it), so a check on each keystroke reads the text once.
 */
export function checkSpecEdit(text: string, edit: SpecEdit, before: LoadResult = loadPod(text)): CheckedEdit {
  const applied = applySpecEdit(text, edit, before.source?.document);
  if (!applied.ok) return { ok: false, message: refusal(applied.reason) };
  if (applied.text === text) return { ok: true, text };
  const known = new Set(before.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.path ?? ''}\n${d.message}`));
  const fresh = loadPod(applied.text).diagnostics.filter((d) => d.severity === 'error' && !known.has(`${d.path ?? ''}\n${d.message}`));
  if (fresh.length === 0) return { ok: true, text: applied.text };
  const field = applied.fieldPath;
  const atField = field === undefined ? undefined : fresh.find((d) => d.path !== undefined && (d.path === field || d.path.startsWith(`${field}.`) || d.path.startsWith(`${field}[`)));
  return { ok: false, message: (atField ?? fresh[0])?.message ?? '' };
}

function refusal(reason: 'syntax' | 'no-pod' | 'no-target'): string {
  switch (reason) {
    case 'syntax':
      return 'The YAML has a syntax error; fix it in the YAML tab first.';
    case 'no-pod':
      return 'The text holds no pod to edit; start a new empty pod or pick a preset.';
    case 'no-target':
      return 'That part of the spec is not where the form expects it; edit it in the YAML tab.';
  }
}
