// The timings Podscope assumes where Kubernetes leaves the answer to the container or the node,
// shown so that nobody mistakes them for Kubernetes' own numbers.
import { memo } from 'react';
import { listSimDefaults } from '../../core/index';

const ASSUMPTIONS = listSimDefaults();

/** Static text: memo, so the events log's updates pass it by. */
export const SimAssumptions = memo(function SimAssumptions() {
  return (
    <details className="sim-assumptions">
      <summary>Timings Podscope assumes</summary>
      <p>
        Kubernetes decides the order of things; how long a pull or a <code>git clone</code> takes depends on your
        cluster. Podscope uses these figures, and a real cluster may restart a crashed container up to about 15 s later
        than the back-off alone says.
      </p>
      <ul>
        {ASSUMPTIONS.map((a) => (
          <li key={a.name}>{a.description}</li>
        ))}
      </ul>
    </details>
  );
});
