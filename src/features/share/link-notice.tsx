// What could not be read from the link the page was opened with, in words, until the user dismisses it.
import { useStore } from 'zustand';
import { dismissLinkProblems, linkStatusStore } from '../../store/url-sync';
import './share.css';

export function LinkNotice() {
  const problems = useStore(linkStatusStore, (s) => s.problems);
  if (problems.length === 0) return null;
  return (
    <div className="link-notice" role="alert">
      <strong>This link could not be read completely.</strong>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
      <button type="button" onClick={dismissLinkProblems}>
        Dismiss
      </button>
    </div>
  );
}
