// Every event type the simulator can emit has a narration, and the narration says what the kubelet really does.
// The list of types is checked two ways: against the literals in src/core/sim's source (so a new emit('X', …)
// fails here until X is narrated), and against the events of every preset plus crafted pods (so the list is not stale).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePreset } from '../presets/parse-preset';
import type { Scenario } from '../sim/scenario';
import { simulate, type SimulateOptions } from '../sim/simulate';
import type { Timeline } from '../sim/types';
import { loadPod } from '../spec/load-pod';
import type { PodModel } from '../spec/pod-model';
import { hasNarration, narrate, SIM_EVENT_TYPES } from './narrate';
import { narrateTimeline } from './narrate-timeline';
import { narrationAt } from './narration-at';

const SIM_DIR = new URL('../sim/', import.meta.url);
const PRESETS_DIR = new URL('../../presets/pods/', import.meta.url);

function podOf(text: string): PodModel {
  const { pod, diagnostics } = loadPod(text);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return pod!;
}

/** A one-app pod, with extra YAML for the container and the spec. */
function appPod(container: string, spec = ''): string {
  return `apiVersion: v1
kind: Pod
metadata: {name: crafted}
spec:
${spec}  containers:
  - name: app
    image: busybox:1.36
${container}`;
}

const CRAFTED: Array<{ name: string; text: string; scenario?: Scenario; options?: SimulateOptions }> = [
  { name: 'failing postStart hook', text: appPod(`    command: ['sh', '-c', 'sleep 3600']\n    lifecycle:\n      postStart:\n        exec: {command: ['sh', '-c', 'exit 1']}\n`) },
  {
    name: 'failing preStop hook, a process that ignores SIGTERM',
    text: appPod(`    command: ['sh', '-c', "trap '' TERM; sleep 3600"]\n    lifecycle:\n      preStop:\n        exec: {command: ['sh', '-c', 'exit 1']}\n`, '  terminationGracePeriodSeconds: 5\n'),
    scenario: { actions: [{ deletePod: true, at: 20 }] },
  },
  {
    name: 'failing liveness probe, OOM kill',
    text: appPod(`    command: ['sh', '-c', 'sleep 3600']\n    livenessProbe:\n      exec: {command: ['cat', '/tmp/healthy']}\n      periodSeconds: 5\n`),
    scenario: { actions: [{ container: 'app', probe: 'liveness', failFrom: 10, failUntil: 30 }, { container: 'app', oomKilled: true, at: 100 }] },
  },
  { name: 'a cut simulation', text: appPod(`    command: ['sh', '-c', 'exit 1']\n`), options: { maxEvents: 12 } },
];

function allTimelines(): Array<{ name: string; pod: PodModel; timeline: Timeline }> {
  const out: Array<{ name: string; pod: PodModel; timeline: Timeline }> = [];
  for (const file of readdirSync(PRESETS_DIR).filter((f) => f.endsWith('.yaml'))) {
    const { preset } = parsePreset(readFileSync(new URL(file, PRESETS_DIR), 'utf8'));
    const pod = podOf(preset!.pod);
    out.push({ name: file, pod, timeline: simulate(pod, preset!.scenario) });
  }
  for (const c of CRAFTED) {
    const pod = podOf(c.text);
    out.push({ name: c.name, pod, timeline: simulate(pod, c.scenario, c.options) });
  }
  return out;
}

describe('event types', () => {
  it('every event type literal in src/core/sim has a narration', () => {
    const emitted = new Set<string>();
    for (const file of readdirSync(SIM_DIR).filter((f) => f.endsWith('.ts') && !f.includes('.test.') && !f.startsWith('test-'))) {
      const source = readFileSync(new URL(file, SIM_DIR), 'utf8');
      for (const m of source.matchAll(/\bemit\(\s*'([A-Za-z]+)'/g)) emitted.add(m[1] as string);
      for (const m of source.matchAll(/events\.push\(\{[^}]*\btype: '([A-Za-z]+)'/g)) emitted.add(m[1] as string);
    }
    expect(emitted.size).toBeGreaterThan(10);
    expect([...emitted].filter((t) => !hasNarration(t))).toEqual([]);
  });

  const timelines = allTimelines();
  const seen = new Set(timelines.flatMap((t) => t.timeline.events.map((e) => e.type)));

  it('every event of every preset and crafted pod has a narration', () => {
    expect([...seen].filter((t) => !hasNarration(t))).toEqual([]);
  });

  it('the narrated list holds no type the simulator never emits', () => {
    expect(SIM_EVENT_TYPES.filter((t) => !seen.has(t))).toEqual([]);
  });

  it.each(timelines)('$name: each narration has what, why, rule and a kubernetes.io link', ({ pod, timeline }) => {
    timeline.events.forEach((event, index) => {
      const n = narrate(event, pod, { events: timeline.events, index, snapshot: timeline.at(event.t) });
      expect(n.what.length, `${event.type} what`).toBeGreaterThan(10);
      expect(n.why.length, `${event.type} why`).toBeGreaterThan(10);
      expect(n.rule.length, `${event.type} rule`).toBeGreaterThan(10);
      expect(n.docs.url).toMatch(/^https:\/\/kubernetes\.io\/docs\//);
      expect(`${n.what} ${n.why}`).not.toMatch(/undefined|NaN/);
    });
  });
});

function narrationsOf(text: string, scenario?: Scenario): ReturnType<typeof narrationAt>[] {
  const pod = podOf(text);
  const timeline = simulate(pod, scenario);
  const narrations = narrateTimeline(timeline, pod);
  return [...new Set(timeline.events.map((e) => e.t))].map((t) => narrationAt(timeline.events, narrations, t));
}

const INIT_POD = (policy: string) => `apiVersion: v1
kind: Pod
metadata: {name: demo}
spec:
  restartPolicy: ${policy}
  initContainers:
  - name: init-db
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 2']
  containers:
  - name: web
    image: nginx:1.27
`;

describe('narrations', () => {
  it('say that the last init container exiting 0 lets the app container start', () => {
    const text = readFileSync(new URL('article.yaml', PRESETS_DIR), 'utf8');
    const exit = narrationsOf(parsePreset(text).preset!.pod).find((n) => n?.event.type === 'Exited');
    expect(exit?.narration.what).toBe('Init container init-myservice exited with code 0 (Completed).');
    expect(exit?.narration.why).toMatch(/so the kubelet now starts myapp-container/);
    expect(exit?.narration.rule).toMatch(/init containers.*must exit 0 before the next starts/i);
  });

  it.each(['Always', 'OnFailure'])('say that under %s only the failed init container is retried, with back-off and real-cluster lag', (policy) => {
    const steps = narrationsOf(INIT_POD(policy), { actions: [{ container: 'init-db', exitCode: 1, after: 1 }] });
    const [first, second] = steps.filter((n) => n?.event.type === 'Exited');
    expect(first?.narration.why).toMatch(/retries it at once.*not the whole pod/);
    expect(first?.narration.why).toMatch(/Init:CrashLoopBackOff/);
    expect(first?.narration.why).not.toMatch(/15 s/); // the first restart is immediate: no back-off to be late after
    expect(second?.narration.why).toMatch(/after a back-off.*up to about 15 s later/);
    const backOff = steps.find((n) => n?.event.type === 'BackOff')!;
    expect(backOff.narration.what).toMatch(/^init-db is in CrashLoopBackOff: it may start again at [\d.]+ s, 10 s after its exit\.$/);
    expect(backOff.narration.why).toMatch(/up to about 15 s later/);
  });

  it('say that under Never a failed init container fails the pod and the app never starts', () => {
    const steps = narrationsOf(INIT_POD('Never'), { actions: [{ container: 'init-db', exitCode: 1, after: 1 }] });
    expect(steps.find((n) => n?.event.type === 'Exited')?.narration.why).toMatch(/does not retry it: the pod fails \(phase Failed\) and web never starts/);
    expect(steps.find((n) => n?.event.type === 'PodCompleted')?.narration.what).toMatch(/phase Failed/);
  });

  it('say that a failing readiness probe stops traffic but restarts nothing', () => {
    const text = readFileSync(new URL('readiness-traffic.yaml', PRESETS_DIR), 'utf8');
    const { preset } = parsePreset(text);
    const failures = narrationsOf(preset!.pod, preset!.scenario).filter((n) => n?.event.type === 'Unhealthy');
    expect(failures[0]?.narration.what).toBe("web's readiness probe failed: failure 1 of 2 in a row (failureThreshold).");
    expect(failures[1]?.narration.why).toMatch(/not ready.*traffic through a Service stops.*not restarted/);
  });

  it('prefer the main event of a second to image and create mechanics, and list the rest', () => {
    const steps = narrationsOf(INIT_POD('Always'));
    const started = steps.find((n) => n?.event.type === 'Started' && n.event.container === 'init-db')!;
    expect(started.alsoNow).toEqual(['The image for init-db has been pulled.', 'The kubelet created init container init-db.']);
    expect(steps[1]?.event.type).toBe('SandboxReady');
  });
});

describe('narrationAt', () => {
  it('narrates the last event at or before the cursor, the same between two events', () => {
    const pod = podOf(INIT_POD('Always'));
    const { events } = simulate(pod);
    const narrations = narrateTimeline(simulate(pod), pod);
    const started = events.find((e) => e.type === 'Started' && e.container === 'init-db')!;
    const next = events.find((e) => e.t > started.t)!;
    const between = (started.t + next.t) / 2;
    expect(narrationAt(events, narrations, between)?.event).toBe(started);
    expect(narrationAt(events, narrations, started.t)?.event).toBe(started);
    expect(narrationAt(events, narrations, next.t)?.event.t).toBe(next.t);
    expect(narrationAt(events, narrations, between)?.narration.what).toMatch(/init-db/);
    expect(narrationAt(events, narrations, -1)).toBeNull();
  });
});
