// A labelled input whose text becomes a spec edit: checked by the validator as you type (the message under the
// field), written to the YAML on Enter or when focus leaves, and only when valid. Esc puts the YAML's value back.
import { useId, useState, type KeyboardEvent } from 'react';
import type { SpecEdit } from '../../core/spec-edit/spec-edits';
import { ProblemText } from './problem-text';
import { commitEdit, problemWith } from './spec-edit-actions';

export interface TextFieldProps {
  /** Visible label, e.g. "Name". */
  label: string;
  /** Read by screen readers after the label, e.g. " of container 2". */
  labelSuffix?: string;
  value: string;
  /** The edit this text means; null when the text means no change. */
  toEdit(text: string): SpecEdit | null;
  multiline?: boolean;
  numeric?: boolean;
  hint?: string;
  className?: string;
}

export function TextField({ label, labelSuffix, value, toEdit, multiline, numeric, hint, className }: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  // The YAML changed (typed in the editor, undone): the field follows it.
  if (seen !== value) {
    setSeen(value);
    setDraft(value);
    setProblem(null);
  }

  const change = (text: string) => {
    setDraft(text);
    const edit = text === value ? null : toEdit(text);
    setProblem(edit ? problemWith(edit) : null);
  };
  const commit = () => {
    if (draft === value) return;
    const edit = toEdit(draft);
    if (edit) setProblem(commitEdit(edit));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const undoKey = (e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z';
    if (e.key === 'Escape' || (undoKey && draft !== value)) {
      // A text not yet written to the YAML is taken back first; the form's undo handles the rest.
      if (draft === value) return;
      e.preventDefault();
      e.stopPropagation();
      setDraft(value);
      setProblem(null);
    } else if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      commit();
    }
  };

  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [problem ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value: draft,
    onChange: (e: { target: { value: string } }) => change(e.target.value),
    onBlur: commit,
    onKeyDown,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': describedBy,
    spellCheck: false,
    autoCapitalize: 'off',
    autoComplete: 'off',
  } as const;
  return (
    <div className={`builder-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {label}
        {labelSuffix ? <span className="visually-hidden">{labelSuffix}</span> : null}
      </label>
      {multiline ? (
        <textarea {...common} rows={Math.min(6, Math.max(2, draft.split('\n').length))} />
      ) : (
        <input {...common} type="text" inputMode={numeric ? 'numeric' : undefined} />
      )}
      {hint ? (
        <p className="builder-field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {problem ? <ProblemText id={errorId} message={problem} /> : null}
    </div>
  );
}
