// The problems loadPod found, as a list under the editor: each one a button that takes the cursor to its line.
import { memo, useMemo } from 'react';
import type { Diagnostic, Severity } from '../../core/index';
import { selectLoad, selectStale } from '../../store/selectors';
import { usePodscope } from '../../store/use-podscope';
import { summarise } from './diagnostic-summary';
import { messageParts } from './message-parts';

/** A broken 5 MiB paste can give thousands of diagnostics; the list shows the first ones, the editor marks them all. */
export const MAX_LISTED_DIAGNOSTICS = 200;

const SEVERITY_WORD: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** In the order of the text; on the same spot, errors first. */
function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
}

export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <svg className={`severity-icon severity-icon--${severity}`} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {severity === 'error' && (
        <>
          <circle cx="8" cy="8" r="7" className="severity-icon__shape" />
          <path d="M5.5 5.5l5 5m0-5l-5 5" className="severity-icon__glyph" />
        </>
      )}
      {severity === 'warning' && (
        <>
          <path d="M8 1.2L15.2 14.3H0.8Z" className="severity-icon__shape" />
          <path d="M8 5.8v4" className="severity-icon__glyph" />
          <circle cx="8" cy="12.2" r="1" className="severity-icon__dot" />
        </>
      )}
      {severity === 'info' && (
        <>
          <circle cx="8" cy="8" r="7" className="severity-icon__shape" />
          <path d="M8 7.2v4.3" className="severity-icon__glyph" />
          <circle cx="8" cy="4.8" r="1" className="severity-icon__dot" />
        </>
      )}
    </svg>
  );
}

const DiagnosticEntry = memo(function DiagnosticEntry({
  diagnostic,
  onJump,
}: {
  diagnostic: Diagnostic;
  onJump(line: number, column: number): void;
}) {
  const { severity, line, column, message } = diagnostic;
  return (
    <li>
      <button
        type="button"
        className={`spec-diagnostic spec-diagnostic--${severity}`}
        onClick={() => onJump(line, column)}
        title={`Go to line ${line}, column ${column}`}
      >
        <span className="spec-diagnostic__severity">
          <SeverityIcon severity={severity} />
          <span>{SEVERITY_WORD[severity]}</span>
        </span>
        <span className="visually-hidden">, </span>
        <span className="spec-diagnostic__line">Line {line}</span>
        <span className="visually-hidden">: </span>
        <span className="spec-diagnostic__message">
          {messageParts(message).map((part, i) => (part.code ? <code key={i}>{part.text}</code> : part.text))}
        </span>
      </button>
    </li>
  );
});

export function DiagnosticsList({ onJump }: { onJump(line: number, column: number): void }) {
  const { diagnostics } = usePodscope(selectLoad);
  const stale = usePodscope(selectStale);
  const sorted = useMemo(() => [...diagnostics].sort(byPosition), [diagnostics]);
  const shown = sorted.length > MAX_LISTED_DIAGNOSTICS ? sorted.slice(0, MAX_LISTED_DIAGNOSTICS) : sorted;
  const hasErrors = diagnostics.some((d) => d.severity === 'error');

  return (
    <div className="spec-diagnostics">
      <p
        className={`spec-diagnostics__summary${hasErrors ? ' spec-diagnostics__summary--errors' : ''}`}
        role="status"
      >
        {summarise(diagnostics)}
      </p>
      {stale && (
        <p className="spec-diagnostics__stale">
          <SeverityIcon severity="warning" />
          <span>The text has errors: the picture shows the last good version.</span>
        </p>
      )}
      {shown.length > 0 && (
        <ul className="spec-diagnostics__list" aria-label="Problems in the pod spec">
          {shown.map((d, i) => (
            <DiagnosticEntry key={`${d.line}:${d.column}:${i}`} diagnostic={d} onJump={onJump} />
          ))}
        </ul>
      )}
      {sorted.length > shown.length && (
        <p className="spec-diagnostics__more">
          Showing the first {shown.length} of {sorted.length} problems; fix these, or press F8 in the editor to go
          through the rest.
        </p>
      )}
    </div>
  );
}
