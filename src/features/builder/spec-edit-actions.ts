// The form's one way to change the pod: an edit is checked against the current text by loadPod itself
// (core/spec-edit/check-edit.ts) and, when valid, becomes the new text through the store's loadText.
import { checkSpecEdit } from '../../core/spec-edit/check-edit';
import type { SpecEdit } from '../../core/spec-edit/spec-edits';
import { podscopeStore } from '../../store/use-podscope';
import { currentLoad } from './current-load';

/** The validator's message for this edit, or null when it is valid. The text is not changed. */
export function problemWith(edit: SpecEdit): string | null {
  const state = podscopeStore.getState();
  const checked = checkSpecEdit(state.specText, edit, currentLoad(state));
  return checked.ok ? null : checked.message;
}

/** Applies the edit when it is valid and returns null; otherwise leaves the text alone and returns the message. */
export function commitEdit(edit: SpecEdit): string | null {
  const store = podscopeStore.getState();
  const checked = checkSpecEdit(store.specText, edit, currentLoad(store));
  if (!checked.ok) return checked.message;
  store.loadText(checked.text);
  return null;
}

/** Form input → YAML value: whole numbers become numbers (ports, periods); anything else stays text for the validator. */
export function numberOrText(value: string): number | string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** A textarea with one item per line → a list of strings (command, args); empty → no field. */
export function linesToList(value: string): string[] | undefined {
  const items = value.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  return items.length ? items : undefined;
}
