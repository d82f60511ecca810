// The analysis the page gets from its Worker: which pod is shown for good, broken and empty texts, what survives
// structuredClone (the Worker boundary), and what the analyzer re-uses between requests.
import { describe, expect, it } from 'vitest';
import { ARTICLE_POD_YAML } from '../examples/article-pod';
import { timelineFromData } from '../sim/timeline-data';
import { createAnalyzer } from './analyze';

const NO_SCENARIO = { actions: [] };
const BROKEN = `${ARTICLE_POD_YAML}\n  containers: [\n`;

describe('analyze', () => {
  it('shows a good text’s own pod, narrates every event, and reads Init:0/1 at the start', () => {
    const a = createAnalyzer()({ text: ARTICLE_POD_YAML, lastGoodText: null, scenario: NO_SCENARIO });
    expect(a.good).toBe(true);
    expect(a.stale).toBe(false);
    expect(a.pod.name).toBe('sauce');
    expect(a.narrations).toHaveLength(a.timeline.events.length);
    const timeline = timelineFromData(a.timeline);
    expect(timeline.at(0).kubectl.status).toBe('Init:0/1');
    expect(timeline.at(timeline.end).kubectl.status).toBe('Running');
  });

  it('keeps the last good pod on screen, marked stale, while the text is broken', () => {
    const analyze = createAnalyzer();
    const a = analyze({ text: BROKEN, lastGoodText: ARTICLE_POD_YAML, scenario: NO_SCENARIO });
    expect(a.good).toBe(false);
    expect(a.stale).toBe(true);
    expect(a.pod.name).toBe('sauce');
    expect(a.load.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });

  it('lists a bad podscope.io/roles entry among the diagnostics, at its line and column; the pod is still good', () => {
    const text = ARTICLE_POD_YAML.replace(/^metadata:.*$/m, 'metadata:\n  name: sauce\n  annotations:\n    podscope.io/roles: myapp-container=boss');
    const a = createAnalyzer()({ text, lastGoodText: null, scenario: NO_SCENARIO });
    expect(a.good).toBe(true);
    const line = text.split('\n').findIndex((l) => l.includes('podscope.io/roles')) + 1;
    expect(a.load.diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', path: 'metadata.annotations[podscope.io/roles]', line, column: 24 }));
  });

  it('shows an empty pod, not stale, when nothing good was ever read', () => {
    const a = createAnalyzer()({ text: 'kind: Service', lastGoodText: null, scenario: NO_SCENARIO });
    expect(a.good).toBe(false);
    expect(a.stale).toBe(false);
    expect(a.pod.containers).toHaveLength(0);
    expect(timelineFromData(a.timeline).at(0).kubectl.ready).toBe('0/0');
  });

  it('survives structuredClone: the page reads the same statuses as the Worker', () => {
    const scenario = { actions: [{ container: 'init-myservice', exitCode: 1, after: 2 }] };
    const a = createAnalyzer()({ text: ARTICLE_POD_YAML, lastGoodText: null, scenario });
    const cloned = structuredClone(a);
    const here = timelineFromData(a.timeline);
    const there = timelineFromData(cloned.timeline);
    for (const e of a.timeline.events) expect(there.at(e.t).kubectl).toEqual(here.at(e.t).kubectl);
    expect(there.events.map((e) => e.type)).toContain('BackOff');
    expect(cloned.narrations).toEqual(a.narrations);
  });

  it('re-simulates only when the shown pod or the scenario changes', () => {
    const analyze = createAnalyzer();
    const first = analyze({ text: ARTICLE_POD_YAML, lastGoodText: null, scenario: NO_SCENARIO });
    const broken = analyze({ text: BROKEN, lastGoodText: ARTICLE_POD_YAML, scenario: NO_SCENARIO });
    expect(broken.timeline).toBe(first.timeline);
    const crashed = analyze({ text: ARTICLE_POD_YAML, lastGoodText: ARTICLE_POD_YAML, scenario: { actions: [{ container: 'myapp-container', exitCode: 1, at: 12 }] } });
    expect(crashed.timeline).not.toBe(first.timeline);
  });

  it('reports its phases in order', () => {
    const phases: string[] = [];
    createAnalyzer()({ text: ARTICLE_POD_YAML, lastGoodText: null, scenario: NO_SCENARIO }, (p) => phases.push(p));
    expect(phases).toEqual(['reading', 'drawing', 'simulating', 'narrating']);
  });
});

describe('the pod sent to the page', () => {
  it('leaves out environment variables, which no view shows, and carries the pod once', () => {
    const text = `apiVersion: v1
kind: Pod
metadata: {name: env}
spec:
  containers:
  - name: web
    image: nginx:1.27
    env: [{name: MODE, value: production}]
`;
    const a = createAnalyzer()({ text, lastGoodText: null, scenario: { actions: [] } });
    expect(a.pod.containers[0]?.env).toEqual([]);
    expect(a.pod.containers[0]?.image).toBe('nginx:1.27');
    expect(a.load.pod).toBe(a.pod);
  });
});
