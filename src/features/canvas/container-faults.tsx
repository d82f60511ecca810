// "What if": make a container's process exit, fail one of its probes, or OOM-kill it, at the cursor time.
// Each becomes a scenario action, so stepping back and forth stays consistent. Shown in the container's details.
import { useId, useState } from 'react';
import type { ContainerModel, ProbeKind } from '../../core/index';
import { usePodscope } from '../../store/use-podscope';

const PROBES: { kind: ProbeKind; field: 'startupProbe' | 'readinessProbe' | 'livenessProbe' }[] = [
  { kind: 'startup', field: 'startupProbe' },
  { kind: 'readiness', field: 'readinessProbe' },
  { kind: 'liveness', field: 'livenessProbe' },
];

export function ContainerFaults({ container, open = false }: { container: ContainerModel; open?: boolean }) {
  const crashContainer = usePodscope((s) => s.crashContainer);
  const oomKillContainer = usePodscope((s) => s.oomKillContainer);
  const failProbe = usePodscope((s) => s.failProbe);
  const [exitCode, setExitCode] = useState(1);
  const codeId = useId();
  const name = container.name;

  return (
    <details className="container-faults" open={open}>
      <summary>What if…</summary>
      <div className="faults-row">
        <label htmlFor={codeId}>exit code</label>
        <input
          id={codeId}
          type="number"
          min={0}
          max={255}
          value={exitCode}
          onChange={(e) => setExitCode(Math.min(255, Math.max(0, Math.trunc(Number(e.target.value) || 0))))}
        />
        <button type="button" onClick={() => crashContainer(name, exitCode)} aria-label={`Make ${name} exit now with code ${exitCode}`}>
          Exit now
        </button>
        <button type="button" onClick={() => oomKillContainer(name)} aria-label={`OOM-kill ${name} now`}>
          OOM kill
        </button>
        {PROBES.filter((p) => container[p.field]).map((p) => (
          <button key={p.kind} type="button" onClick={() => failProbe(name, p.kind)} aria-label={`Fail ${name}'s ${p.kind} probe from now on`}>
            Fail {p.kind} probe
          </button>
        ))}
      </div>
    </details>
  );
}
