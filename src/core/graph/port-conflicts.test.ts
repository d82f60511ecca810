import { describe, expect, it } from 'vitest';
import { pod } from '../patterns/test-pods';
import { portConflicts } from './port-conflicts';

describe('portConflicts', () => {
  it('two app containers on the same port and protocol clash', () => {
    const p = pod({ containers: [{ name: 'a', ports: [8080] }, { name: 'b', ports: [8080, { containerPort: 53, protocol: 'UDP' }] }, { name: 'c', ports: [{ containerPort: 53, protocol: 'TCP' }] }] });
    expect(portConflicts(p)).toEqual([{ port: 8080, protocol: 'TCP', containers: ['a', 'b'] }]);
  });

  it('a regular init container runs alone, but beside the native sidecars started before it', () => {
    const p = pod({
      initContainers: [{ name: 'first', ports: [9000] }, { name: 'proxy', restartPolicy: 'Always', ports: [15001] }, { name: 'late', ports: [15001] }],
      containers: [{ name: 'app', ports: [9000] }, { name: 'also', ports: [15001] }],
    });
    expect(portConflicts(p)).toEqual([{ port: 15001, protocol: 'TCP', containers: ['proxy', 'late', 'also'] }]);
  });
});
