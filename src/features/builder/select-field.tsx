// A labelled select whose choice becomes a spec edit at once; a choice the validator refuses shows its message
// under the field and leaves the YAML as it was.
import { useId, useState } from 'react';
import type { SpecEdit } from '../../core/spec-edit/spec-edits';
import { ProblemText } from './problem-text';
import { commitEdit } from './spec-edit-actions';

export interface SelectFieldProps {
  label: string;
  labelSuffix?: string;
  value: string;
  options: readonly { value: string; label: string }[];
  toEdit(value: string): SpecEdit;
}

export function SelectField({ label, labelSuffix, value, options, toEdit }: SelectFieldProps) {
  const id = useId();
  const [problem, setProblem] = useState<{ message: string; forValue: string } | null>(null);
  // A refusal is about the value shown when it was made; once the YAML moves on, it no longer applies.
  const shown = problem && problem.forValue === value ? problem.message : null;
  return (
    <div className="builder-field">
      <label htmlFor={id}>
        {label}
        {labelSuffix ? <span className="visually-hidden">{labelSuffix}</span> : null}
      </label>
      <select
        id={id}
        value={value}
        aria-invalid={shown ? true : undefined}
        aria-describedby={shown ? `${id}-error` : undefined}
        onChange={(e) => {
          const message = commitEdit(toEdit(e.target.value));
          setProblem(message ? { message, forValue: value } : null);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {shown ? <ProblemText id={`${id}-error`} message={shown} /> : null}
    </div>
  );
}
