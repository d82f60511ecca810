// Hooks, native sidecars over the pod's life, and image pulls. Times derived from the defaults (defaults.ts):
// sandbox ready at 1 s, first pull 2 s, re-pull (imagePullPolicy Always) 1 s, PLEG relist 1 s, SIGTERM exit 1 s.
import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import { container, initContainer, pod, sidecar } from './test-pod';
import type { Timeline } from './types';

const IMAGE = 'busybox:1.36';
const times = (tl: Timeline, type: string, name?: string) => tl.events.filter((e) => e.type === type && (name === undefined || e.container === name)).map((e) => e.t);
const columns = (tl: Timeline, ts: number[]) => ts.map((t) => [t, tl.at(t).phase, tl.at(t).kubectl.status, tl.at(t).kubectl.ready]);

describe('postStart hooks', () => {
  it('hold back the next container start until they return', () => {
    const tl = simulate(pod({
      containers: [
        container({ name: 'a', image: IMAGE, command: ['sleep', 'infinity'], lifecycle: { postStart: { type: 'sleep', seconds: 5 } } }),
        container({ name: 'b', image: IMAGE, command: ['sleep', 'infinity'] }),
      ],
    }));
    // a starts at 3 and its hook runs 3 → 8; only then is b started (image present).
    expect(times(tl, 'Started')).toEqual([3, 8]);
  });

  it('kill the container when they fail (FailedPostStartHook)', () => {
    const tl = simulate(pod({
      containers: [container({ name: 'a', image: IMAGE, command: ['sleep', 'infinity'], lifecycle: { postStart: { type: 'exec', command: ['sh', '-c', 'exit 1'] } } })],
    }));
    // hook fails at once at 3 → killed (137); noticed 4 → immediate restart; fails at 4 → noticed 5 → back-off 10 s
    // from 4 → restart at 14.
    expect(times(tl, 'FailedPostStartHook').slice(0, 3)).toEqual([3, 4, 14]);
    expect(times(tl, 'Started').slice(0, 3)).toEqual([3, 4, 14]);
    expect(tl.at(3).containers[0]).toMatchObject({ state: 'terminated', exitCode: 137 });
  });
});

describe('native sidecars', () => {
  it('are restarted whatever the restartPolicy, and kubectl then shows Init:Error / Init:CrashLoopBackOff (quirk)', () => {
    const tl = simulate(pod({
      restartPolicy: 'Never',
      initContainers: [sidecar({ name: 'proxy', image: IMAGE, command: ['sleep', 'infinity'] })],
      containers: [container({ name: 'app', image: IMAGE, command: ['sleep', 'infinity'] })],
    }), { actions: [{ container: 'proxy', exitCode: 1, after: 20, run: 1 }, { container: 'proxy', exitCode: 1, after: 5, run: 2 }] });
    // proxy 3, seen 4 → app 4. proxy exits at 23; noticed 24 → immediate restart; exits at 29; noticed 30 →
    // back-off 10 s from 29 → restart at 39. The app runs throughout; the phase stays Running.
    expect(times(tl, 'Started', 'proxy')).toEqual([3, 24, 39]);
    expect(columns(tl, [10, 23, 24, 29, 30, 39])).toEqual([
      [10, 'Running', 'Running', '2/2'],
      [23, 'Running', 'Init:Error', '1/2'],
      [24, 'Running', 'Running', '2/2'],
      [29, 'Running', 'Init:Error', '1/2'],
      [30, 'Running', 'Init:CrashLoopBackOff', '1/2'],
      [39, 'Running', 'Running', '2/2'],
    ]);
    expect(tl.at(30).conditions.Initialized).toBe(true);
    // RESTARTS after init counts sidecars and apps: 1 restart, the run ended at 23.
    expect(tl.at(26).kubectl.restarts).toBe('1 (3s ago)');
  });

  it('are stopped in reverse order once the app containers are done', () => {
    const tl = simulate(pod({
      restartPolicy: 'OnFailure',
      initContainers: [
        sidecar({ name: 's1', image: IMAGE, command: ['sleep', 'infinity'] }),
        sidecar({ name: 's2', image: IMAGE, command: ['sleep', 'infinity'] }),
      ],
      containers: [container({ name: 'job', image: IMAGE, command: ['sh', '-c', 'sleep 5'] })],
    }));
    // s1 3 (seen 4) → s2 4 (seen 5) → job 5 → exit 0 at 10; noticed 11: s2 stopped 11 → 12, then s1 12 → 13.
    expect(tl.events.filter((e) => e.type === 'Killing').map((e) => [e.t, e.container])).toEqual([[11, 's2'], [12, 's1']]);
    expect(columns(tl, [12.5, 13])).toEqual([[12.5, 'Running', 'Completed', '1/3'], [13, 'Succeeded', 'Completed', '0/3']]);
  });

  it('are stopped when an init container fails under Never', () => {
    const tl = simulate(pod({
      restartPolicy: 'Never',
      initContainers: [
        sidecar({ name: 'proxy', image: IMAGE, command: ['sleep', 'infinity'] }),
        initContainer({ name: 'setup', image: IMAGE, command: ['sh', '-c', 'exit 1'] }),
      ],
    }));
    // proxy 3, seen 4 → setup 4 exits 1 at once → Failed at 4; noticed 5: proxy stopped, exits 143 at 6.
    expect(columns(tl, [4, 6])).toEqual([[4, 'Failed', 'Init:Error', '1/2'], [6, 'Failed', 'Init:Error', '0/2']]);
    expect(times(tl, 'Killing', 'proxy')).toEqual([5]);
    expect(tl.end).toBe(6);
  });
});

describe('image pulls', () => {
  it('say "already present" for IfNotPresent and pull again for Always', () => {
    const tl = simulate(pod({
      containers: [
        container({ name: 'tagged', image: IMAGE, command: ['sh', '-c', 'sleep 10; exit 1'] }),
        container({ name: 'latest', image: 'busybox', command: ['sh', '-c', 'sleep 10; exit 1'] }),
      ],
    }), undefined, { until: 30 });
    const pulled = tl.events.filter((e) => e.type === 'Pulled').map((e) => [e.t, e.container, e.message]);
    // tagged: pull 1 → 3, starts 3, exits 13, restarts 14 (present). latest: pull 3 → 5, exits 15, restarts 16
    // after a 1 s re-pull (16 → 17).
    expect(pulled).toEqual([
      [3, 'tagged', 'Successfully pulled image "busybox:1.36" in 2s'],
      [5, 'latest', 'Successfully pulled image "busybox" in 2s'],
      [14, 'tagged', 'Container image "busybox:1.36" already present on machine'],
      [17, 'latest', 'Successfully pulled image "busybox" in 1s'],
    ]);
  });
});

describe('deletion', () => {
  it('of a pod waiting in back-off ends at once', () => {
    const tl = simulate(pod({ containers: [container({ name: 'app', image: IMAGE, command: ['sh', '-c', 'exit 1'] })] }), { actions: [{ deletePod: true, at: 10 }] });
    // exits at 3 (immediate restart at 4), exits at 4, back-off until 14; deleted at 10: nothing runs, gone at once.
    expect(tl.at(10).deleted).toBe(true);
    expect(tl.end).toBe(10);
  });

  it('of a completed pod removes it', () => {
    const tl = simulate(pod({ restartPolicy: 'Never', containers: [container({ name: 'job', image: IMAGE, command: ['sh', '-c', 'sleep 2'] })] }), { actions: [{ deletePod: true, at: 50 }] });
    expect(tl.at(40)).toMatchObject({ phase: 'Succeeded', kubectl: { status: 'Completed' } });
    expect(tl.at(50).deleted).toBe(true);
  });
});

describe('the app containers start pass', () => {
  it('is not moved on by a restart of an earlier container', () => {
    const tl = simulate(pod({
      containers: [
        container({ name: 'a', image: IMAGE, command: ['sh', '-c', 'exit 1'] }),
        container({ name: 'b', image: 'nginx:1.27', command: ['sleep', 'infinity'] }),
        container({ name: 'c', image: 'redis:7', command: ['sleep', 'infinity'] }),
      ],
    }));
    // a: pull 1 → 3, exits at once; b: pull 3 → 5 (meanwhile a restarts at 4); c is pulled only after b: 5 → 7.
    expect(tl.events.filter((e) => e.type === 'Pulling').map((e) => [e.t, e.container])).toEqual([[1, 'a'], [3, 'b'], [5, 'c']]);
  });
});

describe('a completing pod (found by the property tests)', () => {
  it('does not start a sidecar again once every app container has finished, and stays Succeeded', () => {
    const tl = simulate(pod({
      restartPolicy: 'Never',
      initContainers: [sidecar({ name: 'side', image: 'busybox', command: ['sh', '-c', 'until nslookup db; do sleep 2; done'] })],
      containers: [container({ name: 'job', image: IMAGE, command: ['sh', '-c', 'sleep 3'] })],
    }), undefined, { until: 30 });
    // side: pull 1 → 3, seen at 4; job: pull 4 → 6, exits 0 at 9. side's loop ends at 8 (default 5 s); at 9 the
    // kubelet begins to restart it (re-pull 9 → 10), but at 10 it notices the job's exit: the pod is complete, the
    // sidecar is not started again. The phase is Succeeded from 9 on and never leaves it.
    expect(times(tl, 'Started', 'side')).toEqual([3]);
    expect(columns(tl, [8, 9, 10, 30])).toEqual([
      [8, 'Running', 'Running', '1/2'],
      [9, 'Succeeded', 'Completed', '0/2'],
      [10, 'Succeeded', 'Completed', '0/2'],
      [30, 'Succeeded', 'Completed', '0/2'],
    ]);
    expect(tl.end).toBe(10);
  });
});

describe('a sidecar postStart hook', () => {
  it('holds back the next init container even when the startup probe passed earlier', () => {
    const tl = simulate(pod({
      initContainers: [
        sidecar({ name: 'proxy', image: IMAGE, command: ['sleep', 'infinity'], lifecycle: { postStart: { type: 'sleep', seconds: 4 } }, startupProbe: { handler: { type: 'tcpSocket', port: 15000 }, initialDelaySeconds: 0, periodSeconds: 1, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 } }),
        initContainer({ name: 'migrate', image: IMAGE, command: ['sh', '-c', 'sleep 1'] }),
      ],
    }));
    // proxy starts at 3, its startup probe passes at 3, but the hook runs 3 → 7: migrate starts at 7.
    expect(times(tl, 'Started')).toEqual([3, 7, 9]);
  });
});
