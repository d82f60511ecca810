// What the canvas's marks mean: roles, states and flow kinds, each as its icon or line with words. Collapsible.
import type { Role } from '../../core/patterns/role-types';
import { EDGE_WORDS } from '../../core/graph/edge-name';
import { ROLE_ICON } from './role-badge';
import { STATE_ICON, type StateTone } from './state-words';

const ROLES: { role: Role; words: string }[] = [
  { role: 'init', words: 'init container (runs in order, fades when done)' },
  { role: 'native-sidecar', words: 'sidecar (⟲ native: an init container with restartPolicy: Always)' },
  { role: 'ambassador', words: 'ambassador (proxies outward)' },
  { role: 'adapter', words: 'adapter (re-exposes the main container)' },
  { role: 'main', words: 'main' },
];

const STATES: { tone: StateTone; words: string }[] = [
  { tone: 'running', words: 'running' },
  { tone: 'waiting', words: 'waiting' },
  { tone: 'done', words: 'completed (exit 0)' },
  { tone: 'failed', words: 'failed, error or back-off' },
];

const FLOWS = ['ingress', 'localhost', 'egress', 'volume-write', 'volume-read', 'ship-out', 'scrape'] as const;

export function CanvasLegend() {
  return (
    <details className="canvas-legend">
      <summary>Legend</summary>
      <div className="canvas-legend-groups">
        <ul aria-label="Roles">
          {ROLES.map((r) => (
            <li key={r.role}>
              <span className={`role-badge role-${r.role}`} aria-hidden="true">
                {ROLE_ICON[r.role]}
              </span>{' '}
              {r.words}
            </li>
          ))}
        </ul>
        <ul aria-label="States">
          {STATES.map((s) => (
            <li key={s.tone} className={`tone-text-${s.tone}`}>
              <span aria-hidden="true">{STATE_ICON[s.tone]}</span> {s.words}
            </li>
          ))}
          <li className="tone-text-failed">
            <span aria-hidden="true">↻ ◷</span> CrashLoopBackOff, and the seconds until the next restart
          </li>
          <li className="legend-warning">
            <span aria-hidden="true">⚠</span> port conflict: two containers declare one port
          </li>
        </ul>
        <ul aria-label="Flows">
          {FLOWS.map((kind) => (
            <li key={kind}>
              <svg className="legend-line" width="36" height="10" aria-hidden="true">
                <line x1="2" y1="5" x2="34" y2="5" className={`flow-edge-sample flow-${kind}`} />
                <circle cx="20" cy="5" r="3" className={`flow-dot-sample flow-dot-${kind}`} />
              </svg>
              {EDGE_WORDS[kind]}
            </li>
          ))}
          <li>
            <svg className="legend-line" width="36" height="10" aria-hidden="true">
              <line x1="2" y1="5" x2="34" y2="5" className="flow-edge-sample is-stopped" />
            </svg>
            stopped: an end is not running (or, for clients, the pod is not Ready)
          </li>
          <li>
            <span aria-hidden="true">●→</span> moving dots: traffic flowing at this moment
          </li>
        </ul>
      </div>
    </details>
  );
}
