// A simulation's result crosses a Worker boundary as plain data (simulateData → postMessage → timelineFromData) and
// reads the same as simulate(); and reading it keeps the object identities the store's memoisation relies on.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePreset } from '../presets/parse-preset';
import { loadPod } from '../spec/load-pod';
import type { PodModel } from '../spec/pod-model';
import type { Scenario } from './scenario';
import { simulate, simulateData } from './simulate';
import { container, initContainer, pod, probe, sidecar } from './test-pod';
import { timelineFromData } from './timeline-data';
import type { Timeline } from './types';

const PRESETS_DIR = new URL('../../presets/pods/', import.meta.url);
const presets = readdirSync(PRESETS_DIR).filter((f) => f.endsWith('.yaml')).sort().map((file) => {
  const preset = parsePreset(readFileSync(new URL(file, PRESETS_DIR), 'utf8')).preset!;
  return { name: file, pod: loadPod(preset.pod).pod!, scenario: preset.scenario };
});

const IMAGE = 'busybox:1.36';
const builtPods: Array<{ name: string; pod: PodModel; scenario: Scenario }> = [
  {
    name: 'a crash loop with a flapping readiness probe',
    pod: pod({ containers: [container({ name: 'app', image: IMAGE, command: ['sleep', 'infinity'], readinessProbe: probe({ periodSeconds: 5 }) })] }),
    scenario: { actions: [{ container: 'app', exitCode: 1, after: 20 }, { container: 'app', probe: 'readiness', failFrom: 5, failUntil: 12 }] },
  },
  {
    name: 'an init container failing under restartPolicy Never',
    pod: pod({ restartPolicy: 'Never', initContainers: [initContainer({ name: 'setup', image: IMAGE, command: ['sh', '-c', 'exit 2'] })] }),
    scenario: { actions: [] },
  },
  {
    name: 'a sidecar pod deleted while running',
    pod: pod({
      initContainers: [sidecar({ name: 'proxy', image: IMAGE, command: ['sleep', 'infinity'], startupProbe: probe({ periodSeconds: 2 }) })],
      containers: [container({ name: 'app', image: IMAGE, command: ['sleep', 'infinity'] }), container({ name: 'worker', image: IMAGE, command: ['sh', '-c', 'sleep 30'] })],
    }),
    scenario: { actions: [{ deletePod: true, at: 60 }] },
  },
];

/** Every change time, a moment inside every change interval, the end, and out-of-range times. */
function sampleTimes(tl: Timeline): number[] {
  const changes = tl.changeTimes ?? [];
  const out: number[] = [-3, tl.end, tl.end + 50];
  changes.forEach((t, i) => out.push(t, (t + (changes[i + 1] ?? tl.end + 1)) / 2));
  return out;
}

describe('simulateData and timelineFromData', () => {
  it.each([...presets, ...builtPods])('$name: read after a structured clone, the timeline is the same as simulate()', ({ pod: p, scenario }) => {
    const direct = simulate(p, scenario);
    const data = simulateData(p, scenario);
    const read = timelineFromData(structuredClone(data));
    expect(read.events).toEqual(direct.events);
    expect(read.end).toBe(direct.end);
    expect(read.changeTimes).toEqual(direct.changeTimes);
    for (const t of sampleTimes(direct)) expect(read.at(t), `at ${t}`).toEqual(direct.at(t));
  });

  it.each([...presets, ...builtPods])('$name: playing forward (each interval patched from the one before) reads the same as a fresh lookup', ({ pod: p, scenario }) => {
    const data = simulateData(p, scenario);
    const playing = timelineFromData(data);
    for (const t of sampleTimes(playing).filter((t) => t >= 0).sort((a, b) => a - b)) {
      expect(playing.at(t), `at ${t}`).toEqual(timelineFromData(data).at(t));
    }
  });

  it.each([...presets, ...builtPods])('$name: the data is plain (JSON gives it back unchanged: no classes, Maps, functions or undefined)', ({ pod: p, scenario }) => {
    const data = simulateData(p, scenario);
    expect(JSON.parse(JSON.stringify(data))).toStrictEqual(data);
  });

  it('grows with containers + changes: one snapshot per container change, one pod record per change time', () => {
    const { pod: p, scenario } = builtPods[2]!;
    const data = simulateData(p, scenario);
    expect(data.pod).toHaveLength(data.changeTimes.length);
    expect(data.containers.map((h) => h.snapshots.length)).toEqual(data.containers.map((h) => h.changes.length));
    const stored = data.containers.reduce((n, h) => n + h.snapshots.length, 0);
    expect(stored).toBeLessThan(data.changeTimes.length * data.containers.length);
    for (const h of data.containers) expect(h.changes[0]).toBe(0);
  });
});

describe('timeline identities (what memoised views rely on)', () => {
  // app crashes 20 s after each start; worker runs 3 → 33; the readiness probe fails from 40 to 50.
  const p = pod({
    containers: [
      container({ name: 'app', image: IMAGE, command: ['sleep', 'infinity'], readinessProbe: probe({ periodSeconds: 5 }) }),
      container({ name: 'worker', image: IMAGE, command: ['sh', '-c', 'sleep 30'] }),
    ],
  });
  const scenario: Scenario = { actions: [{ container: 'app', exitCode: 1, after: 20, run: 1 }, { container: 'app', probe: 'readiness', failFrom: 40, failUntil: 50 }] };

  it('gives one containers array for every t inside one change interval, and the same snapshot at a change time', () => {
    const tl = timelineFromData(simulateData(p, scenario));
    const changes = tl.changeTimes!;
    for (let i = 0; i < changes.length; i++) {
      const from = changes[i]!;
      const to = changes[i + 1] ?? tl.end + 1;
      const first = tl.at(from);
      expect(tl.at(from)).toBe(first);
      expect(tl.at(from + (to - from) / 3).containers).toBe(first.containers);
      expect(tl.at(from + (2 * (to - from)) / 3).containers).toBe(first.containers);
    }
  });

  it('keeps a container snapshot object while that container does not change, and gives a new one when it does', () => {
    const tl = timelineFromData(simulateData(p, scenario));
    const changes = tl.changeTimes!;
    let changedSomewhere = 0;
    let keptSomewhere = 0;
    for (let i = 1; i < changes.length; i++) {
      const before = tl.at(changes[i - 1]!).containers;
      const after = tl.at(changes[i]!).containers;
      expect(after).not.toBe(before);
      after.forEach((c, k) => {
        if (c === before[k]) keptSomewhere++;
        else {
          changedSomewhere++;
          expect(c).not.toEqual(before[k]);
        }
      });
    }
    expect(changedSomewhere).toBeGreaterThan(0);
    expect(keptSomewhere).toBeGreaterThan(0);
    // worker's snapshot from when it started (3 s) is still the same object while app crashes at 23 and restarts.
    const worker = (t: number) => tl.at(t).containers.find((c) => c.name === 'worker');
    expect(worker(23)).toBe(worker(10));
    expect(worker(23)?.state).toBe('running');
    expect(tl.at(23).containers.find((c) => c.name === 'app')).not.toBe(tl.at(10).containers.find((c) => c.name === 'app'));
  });

  it('rebuilds an older interval after reading others, with the same contents and the unchanged snapshots', () => {
    const tl = timelineFromData(simulateData(p, scenario));
    const early = tl.at(10);
    for (const t of tl.changeTimes!) tl.at(t); // more intervals than it caches
    const again = tl.at(10);
    expect(again).toEqual(early);
    again.containers.forEach((c, k) => expect(c).toBe(early.containers[k]));
  });
});
