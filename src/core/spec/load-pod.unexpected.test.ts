// A bug inside loadPod (here: a reader that throws) becomes an error diagnostic at line 1, never a throw.
import { describe, expect, it, vi } from 'vitest';
import { loadPod } from './load-pod';

vi.mock('./read-pod', () => ({
  readPod: () => {
    throw new TypeError('cannot read properties of undefined');
  },
}));

describe('an unexpected exception', () => {
  it('is reported at 1:1 with pod null', () => {
    const result = loadPod('kind: Pod\nspec:\n  containers: [{name: a, image: b}]\n');
    expect(result.pod).toBeNull();
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', line: 1, column: 1 });
    expect(result.diagnostics[0]?.message).toContain('cannot read properties of undefined');
  });
});
