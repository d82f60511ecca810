// `kubectl get pod -w` lines for the article pod and a crashing container: one line per change, in time order.
import { describe, expect, it } from 'vitest';
import { ARTICLE_POD_YAML } from '../examples/article-pod';
import { loadPod, simulate } from '../index';
import { kubectlWatchLines, kubectlWatchRows } from './kubectl-watch';
import { container, pod } from './test-pod';

describe('kubectlWatchLines', () => {
  it('prints the article pod from Init:0/1 to Running', () => {
    const p = loadPod(ARTICLE_POD_YAML).pod!;
    const lines = kubectlWatchLines(p, simulate(p));
    expect(lines[0]).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$/);
    const statuses = kubectlWatchRows(p, simulate(p)).slice(1).map((r) => r[2]);
    // kubectl shows Init:0/1 from the start: the pod has an init container and nothing has run yet.
    expect(statuses[0]).toBe('Init:0/1');
    expect(statuses.indexOf('Running')).toBeGreaterThan(statuses.indexOf('Init:0/1'));
    expect(lines.every((l) => l === l.trimEnd())).toBe(true);
    // Aligned: every line has its STATUS where the header has it.
    const at = lines[0]!.indexOf('STATUS');
    expect(lines.slice(1).every((l) => l[at - 1] === ' ' && l[at] !== ' ')).toBe(true);
  });

  it('adds a line for each crash and restart, and never two identical lines in a row', () => {
    const p = pod({ containers: [container({ name: 'app', command: ['sleep', 'infinity'] })] });
    const timeline = simulate(p, { actions: [{ container: 'app', exitCode: 1, after: 5 }] }, { until: 120 });
    const rows = kubectlWatchRows(p, timeline).slice(1);
    expect(rows.map((r) => r[2])).toEqual(expect.arrayContaining(['Running', 'Error', 'CrashLoopBackOff']));
    const keys = rows.map((r) => `${r[1]} ${r[2]} ${r[3]!.split(' ')[0]}`);
    keys.slice(1).forEach((k, i) => expect(k).not.toBe(keys[i]));
    const ages = rows.map((r) => r[4]);
    expect(ages[0]).toBe('0s');
    // Restart counts only grow.
    const counts = rows.map((r) => Number(r[3]!.split(' ')[0]));
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });
});
