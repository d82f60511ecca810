// Scenario tests: each expected time is derived in a comment from the defaults (defaults.ts):
// sandbox ready at 1 s, first image pull 2 s, PLEG relist 1 s, unknown init command 3 s, SIGTERM exit 1 s.
import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import { container, initContainer, pod, probe, sidecar } from './test-pod';
import type { Timeline } from './types';

const IMAGE = 'busybox:1.36'; // IfNotPresent: pulled once (1 s → 3 s), then "already present"

function columns(tl: Timeline, times: number[]): Array<[number, string, string, string]> {
  return times.map((t) => {
    const s = tl.at(t);
    return [t, s.phase, s.kubectl.status, s.kubectl.ready];
  });
}
function times(tl: Timeline, type: string, container?: string): number[] {
  return tl.events.filter((e) => e.type === type && (container === undefined || e.container === container)).map((e) => e.t);
}
function state(tl: Timeline, t: number, name: string) {
  const c = tl.at(t).containers.find((x) => x.name === name);
  if (!c) throw new Error(`no container ${name}`);
  return c;
}

describe('the article pod (init then app)', () => {
  const article = pod({
    initContainers: [initContainer({ name: 'init-myservice', image: 'busybox', command: ['sh', '-c', 'git clone <some-repository-that-will-be-used-by-application> ;'] })],
    containers: [container({ name: 'myapp-container', image: 'busybox:1.28', command: ['sh', '-c', 'echo The app is running! && sleep 3600'] })],
  });
  const tl = simulate(article);

  it('goes Init:0/1 → PodInitializing → Running', () => {
    // sandbox 1 s; pull busybox 1 → 3; git clone (default 3 s) 3 → 6; the kubelet notices at 7 and pulls
    // busybox:1.28 7 → 9; the app starts at 9.
    expect(columns(tl, [0, 2, 5.9, 6, 8.9, 9, 100])).toEqual([
      [0, 'Pending', 'Init:0/1', '0/1'],
      [2, 'Pending', 'Init:0/1', '0/1'],
      [5.9, 'Pending', 'Init:0/1', '0/1'],
      [6, 'Pending', 'PodInitializing', '0/1'],
      [8.9, 'Pending', 'PodInitializing', '0/1'],
      [9, 'Running', 'Running', '1/1'],
      [100, 'Running', 'Running', '1/1'],
    ]);
    expect(tl.at(9).conditions).toEqual({ PodScheduled: true, PodReadyToStartContainers: true, Initialized: true, ContainersReady: true, Ready: true });
    expect(tl.at(0.5).conditions.PodReadyToStartContainers).toBe(false);
  });

  it('reports events in kubectl describe words, in causal order', () => {
    expect(tl.events.map((e) => [e.t, e.type, e.container ?? ''])).toEqual([
      [0, 'Scheduled', ''],
      [1, 'SandboxReady', ''],
      [1, 'Pulling', 'init-myservice'],
      [3, 'Pulled', 'init-myservice'],
      [3, 'Created', 'init-myservice'],
      [3, 'Started', 'init-myservice'],
      [6, 'Exited', 'init-myservice'],
      [7, 'Pulling', 'myapp-container'],
      [9, 'Pulled', 'myapp-container'],
      [9, 'Created', 'myapp-container'],
      [9, 'Started', 'myapp-container'],
    ]);
    expect(tl.events[6]?.message).toBe('init-myservice exited with code 0 (Completed)');
    expect(tl.end).toBe(600);
  });
});

describe('an init container failing twice, then succeeding', () => {
  const spec = (restartPolicy: 'Always' | 'Never') => pod({
    restartPolicy,
    initContainers: [initContainer({ name: 'setup', image: IMAGE, command: ['sh', '-c', 'sleep 2'] })],
    containers: [container({ name: 'app', image: IMAGE, command: ['sleep', 'infinity'] })],
  });
  const failTwice = { actions: [{ container: 'setup', exitCode: 1, after: 2, run: 1 }, { container: 'setup', exitCode: 1, after: 2, run: 2 }] };

  it('under Always: Init:Error, immediate restart, Init:CrashLoopBackOff for 10 s, then Running', () => {
    const tl = simulate(spec('Always'), failTwice);
    // run 1: 3 → exits 1 at 5; noticed at 6, first restart immediate ("already present"): run 2 6 → exits at 8;
    // noticed at 9: back-off 10 s from the exit at 8 → restart at 18; run 3 sleeps 2 → exit 0 at 20; app at 21.
    expect(times(tl, 'Started', 'setup')).toEqual([3, 6, 18]);
    expect(times(tl, 'BackOff', 'setup')).toEqual([9]);
    expect(columns(tl, [4, 5, 6, 8, 9, 17, 18, 20, 21])).toEqual([
      [4, 'Pending', 'Init:0/1', '0/1'],
      [5, 'Pending', 'Init:Error', '0/1'],
      [6, 'Pending', 'Init:0/1', '0/1'],
      [8, 'Pending', 'Init:Error', '0/1'],
      [9, 'Pending', 'Init:CrashLoopBackOff', '0/1'],
      [17, 'Pending', 'Init:CrashLoopBackOff', '0/1'],
      [18, 'Pending', 'Init:0/1', '0/1'],
      [20, 'Pending', 'PodInitializing', '0/1'],
      [21, 'Running', 'Running', '1/1'],
    ]);
    expect(state(tl, 12, 'setup')).toMatchObject({ state: 'waiting', reason: 'CrashLoopBackOff', backOffUntil: 18, restartCount: 1 });
    // RESTARTS during init counts the init container: 2 restarts, the last run ended at 8.
    expect(tl.at(19).kubectl.restarts).toBe('2 (11s ago)');
    expect(tl.events.find((e) => e.type === 'BackOff')?.message).toBe('Back-off restarting failed container setup in pod demo');
  });

  it('under Never: the pod fails at the first failure and the app never starts', () => {
    const tl = simulate(spec('Never'), failTwice);
    // run 1 exits 1 at 5: getPhase says Failed at once (restartPolicy Never); noticed at 6, nothing is restarted.
    expect(columns(tl, [4, 5, 6, 100])).toEqual([
      [4, 'Pending', 'Init:0/1', '0/1'],
      [5, 'Failed', 'Init:Error', '0/1'],
      [6, 'Failed', 'Init:Error', '0/1'],
      [100, 'Failed', 'Init:Error', '0/1'],
    ]);
    expect(times(tl, 'Started', 'app')).toEqual([]);
    expect(times(tl, 'Started', 'setup')).toEqual([3]);
    expect(tl.end).toBe(6);
    expect(tl.at(6).conditions.PodReadyToStartContainers).toBe(false);
  });
});

describe('a native sidecar with a startupProbe', () => {
  const spec = pod({
    initContainers: [
      sidecar({ name: 'proxy', image: IMAGE, command: ['sleep', 'infinity'], startupProbe: probe({ periodSeconds: 5 }) }),
      initContainer({ name: 'migrate', image: IMAGE, command: ['sh', '-c', 'sleep 4'] }),
    ],
    containers: [container({ name: 'app', image: IMAGE, command: ['sleep', 'infinity'] })],
  });

  it('holds back the next init container until the probe succeeds', () => {
    const tl = simulate(spec, { actions: [{ container: 'proxy', probe: 'startup', failFrom: 0, failUntil: 8 }] });
    // proxy runs at 3; startup ticks at 3 (fails) and 8 (passes); migrate starts at 8, sleeps 4 → 12;
    // noticed at 13: the app starts at 13.
    expect(times(tl, 'Started')).toEqual([3, 8, 13]);
    expect(times(tl, 'Unhealthy', 'proxy')).toEqual([3]);
    expect(columns(tl, [3, 7, 8, 12, 13])).toEqual([
      [3, 'Pending', 'Init:0/2', '0/2'],
      [7, 'Pending', 'Init:0/2', '0/2'],
      [8, 'Pending', 'Init:1/2', '1/2'],
      [12, 'Pending', 'PodInitializing', '1/2'],
      [13, 'Running', 'Running', '2/2'],
    ]);
    expect(state(tl, 7, 'proxy')).toMatchObject({ state: 'running', started: false, ready: false });
  });

  it('without a probe, the next init container starts at the next relist', () => {
    const noProbe = pod({ ...spec, initContainers: spec.initContainers.map((c) => ({ ...c, startupProbe: undefined })) });
    const tl = simulate(noProbe);
    // proxy runs at 3, seen at 4: migrate 4 → 8, noticed at 9: app at 9.
    expect(times(tl, 'Started')).toEqual([3, 4, 9]);
  });

  it('is killed and restarted when the startup probe keeps failing', () => {
    const tl = simulate(spec, { actions: [{ container: 'proxy', probe: 'startup', failFrom: 0, failUntil: 20 }] });
    // fails at 3, 8, 13 (third failure) → killed at 13 with 137; noticed at 14, restarted at once;
    // new run: ticks at 14 (fails), 19 (fails), 24 (passes) → migrate at 24.
    expect(times(tl, 'Killing', 'proxy')).toEqual([13]);
    expect(state(tl, 13, 'proxy')).toMatchObject({ state: 'terminated', exitCode: 137 });
    expect(times(tl, 'Started')).toEqual([3, 14, 24, 29]);
  });
});

describe('a Job-style pod (OnFailure) with a sidecar', () => {
  it('completes: the sidecar is stopped, phase Succeeded, STATUS Completed', () => {
    const tl = simulate(pod({
      restartPolicy: 'OnFailure',
      initContainers: [sidecar({ name: 'logger', image: IMAGE, command: ['sleep', 'infinity'] })],
      containers: [container({ name: 'job', image: IMAGE, command: ['sh', '-c', 'sleep 5'] })],
    }));
    // logger runs at 3, seen at 4; job 4 → exits 0 at 9; noticed at 10: logger stopped (Killing, SIGTERM)
    // and exits 143 at 11; the pod is then Succeeded.
    expect(times(tl, 'Killing', 'logger')).toEqual([10]);
    expect(state(tl, 11, 'logger')).toMatchObject({ state: 'terminated', exitCode: 143 });
    expect(columns(tl, [5, 9, 10, 11, 50])).toEqual([
      [5, 'Running', 'Running', '2/2'],
      [9, 'Running', 'Completed', '1/2'],
      [10, 'Running', 'Completed', '1/2'],
      [11, 'Succeeded', 'Completed', '0/2'],
      [50, 'Succeeded', 'Completed', '0/2'],
    ]);
    expect(tl.end).toBe(11);
    expect(tl.at(11).conditions).toMatchObject({ Initialized: true, ContainersReady: false, Ready: false, PodReadyToStartContainers: false });
  });

  it('restarts a failed job container (OnFailure) but not a successful one', () => {
    const tl = simulate(pod({
      restartPolicy: 'OnFailure',
      containers: [container({ name: 'job', image: IMAGE, command: ['sh', '-c', 'sleep 5'] })],
    }), { actions: [{ container: 'job', exitCode: 2, after: 1, run: 1 }] });
    // run 1: 3 → exits 2 at 4; noticed 5: immediate restart; run 2 sleeps 5 → exit 0 at 10; Succeeded.
    expect(times(tl, 'Started', 'job')).toEqual([3, 5]);
    expect(columns(tl, [4, 10])).toEqual([[4, 'Running', 'Error', '0/1'], [10, 'Succeeded', 'Completed', '0/1']]);
  });
});

describe('readiness', () => {
  it('fails and recovers: READY 2/2 → 1/2 → 2/2', () => {
    const tl = simulate(pod({
      containers: [
        container({ name: 'api', image: IMAGE, command: ['sleep', 'infinity'], readinessProbe: probe() }),
        container({ name: 'web', image: IMAGE, command: ['sleep', 'infinity'] }),
      ],
    }), { actions: [{ container: 'api', probe: 'readiness', failFrom: 20, failUntil: 60 }] });
    // api starts at 3 (web right after, image present); ticks at 3 (ok), 13, 23 ✗, 33 ✗, 43 ✗ → not ready
    // (failureThreshold 3); 53 ✗; 63 ✓ → ready again (successThreshold 1).
    expect(times(tl, 'Unhealthy', 'api')).toEqual([23, 33, 43, 53]);
    expect(columns(tl, [3, 42, 43, 62, 63])).toEqual([
      [3, 'Running', 'Running', '2/2'],
      [42, 'Running', 'Running', '2/2'],
      [43, 'Running', 'Running', '1/2'],
      [62, 'Running', 'Running', '1/2'],
      [63, 'Running', 'Running', '2/2'],
    ]);
    expect(tl.at(50).conditions.Ready).toBe(false);
  });

  it('shows NotReady when a container has completed and the pod is not Ready', () => {
    const tl = simulate(pod({
      restartPolicy: 'OnFailure',
      containers: [
        container({ name: 'once', image: IMAGE, command: ['sh', '-c', 'echo done'] }),
        container({ name: 'server', image: IMAGE, command: ['sleep', 'infinity'] }),
      ],
    }));
    // once runs 3 → 3 (exit 0, not restarted); server starts at 3 and is ready: Completed + a ready running
    // container + pod not Ready (once is not ready) → NotReady.
    expect(columns(tl, [3, 100])).toEqual([[3, 'Running', 'NotReady', '1/2'], [100, 'Running', 'NotReady', '1/2']]);
  });
});

describe('liveness', () => {
  it('kills the container (137) and it is restarted with back-off', () => {
    const tl = simulate(pod({
      containers: [container({ name: 'app', image: IMAGE, command: ['sleep', 'infinity'], livenessProbe: probe() })],
    }), { actions: [{ container: 'app', probe: 'liveness', failFrom: 10 }] });
    // run 1 at 3: ticks 3 ✓, 13 ✗, 23 ✗, 33 ✗ → Killing at 33, exit 137; noticed 34 → immediate restart;
    // run 2 at 34: ticks 34 ✗, 44 ✗, 54 ✗ → killed at 54; noticed 55 → back-off 10 s from 54 → restart at 64.
    // Each later run is killed 20 s after it starts (ticks at +0, +10, +20): 64 → 84, +20 → 104 → 124,
    // +40 → 164 → 184, +80 → 264 → 284, +160 → 444 → 464, +300 → 764 (after 600).
    expect(times(tl, 'Killing', 'app')).toEqual([33, 54, 84, 124, 184, 284, 464]);
    expect(times(tl, 'Started', 'app')).toEqual([3, 34, 64, 104, 164, 264, 444]);
    expect(tl.events.find((e) => e.type === 'Killing')?.message).toBe('Container app failed liveness probe, will be restarted');
    expect(state(tl, 33, 'app')).toMatchObject({ state: 'terminated', exitCode: 137, reason: 'Error' });
    expect(columns(tl, [33, 34, 55])).toEqual([
      [33, 'Running', 'Error', '0/1'],
      [34, 'Running', 'Running', '1/1'],
      [55, 'Running', 'CrashLoopBackOff', '0/1'],
    ]);
    expect(tl.at(40).kubectl.restarts).toBe('1 (7s ago)');
  });
});

describe('deletion', () => {
  const spec = pod({
    terminationGracePeriodSeconds: 30,
    initContainers: [sidecar({ name: 'proxy', image: IMAGE, command: ['sleep', 'infinity'] })],
    containers: [
      container({ name: 'web', image: IMAGE, command: ['sleep', 'infinity'], lifecycle: { preStop: { type: 'sleep', seconds: 5 } } }),
      container({ name: 'stubborn', image: IMAGE, command: ['sh', '-c', "trap '' TERM; sleep 3600"] }),
      container({ name: 'bad-hook', image: IMAGE, command: ['sleep', 'infinity'], lifecycle: { preStop: { type: 'exec', command: ['sh', '-c', 'exit 1'] } } }),
    ],
  });
  const tl = simulate(spec, { actions: [{ deletePod: true, at: 100 }] });

  it('stops app containers together (preStop, SIGTERM → 143; SIGKILL at the grace period → 137), then the sidecar', () => {
    // At 100: Killing for the three app containers. web: preStop sleep 5 → SIGTERM 105 → exits 143 at 106.
    // stubborn ignores SIGTERM → SIGKILL at 100 + 30 = 130 → 137. bad-hook: hook fails at once → FailedPreStopHook,
    // SIGTERM at 100 → 143 at 101. Sidecar proxy then: Killing at 130, grace used up → 2 s minimum, exits 143 at 131.
    expect(tl.events.filter((e) => e.type === 'Killing').map((e) => [e.t, e.container])).toEqual([
      [100, 'web'], [100, 'stubborn'], [100, 'bad-hook'], [130, 'proxy'],
    ]);
    expect(times(tl, 'FailedPreStopHook')).toEqual([100]);
    expect(tl.events.filter((e) => e.type === 'Exited').map((e) => [e.t, e.container, e.reason]).slice(-4)).toEqual([
      [101, 'bad-hook', 'Error'], [106, 'web', 'Error'], [130, 'stubborn', 'Error'], [131, 'proxy', 'Error'],
    ]);
    expect(state(tl, 106, 'web').exitCode).toBe(143);
    expect(state(tl, 130, 'stubborn').exitCode).toBe(137);
  });

  it('shows Terminating until everything stopped, then the pod is gone', () => {
    expect(tl.at(99).kubectl.status).toBe('Running');
    expect(tl.at(100).kubectl.status).toBe('Terminating');
    expect(tl.at(130.5).kubectl.status).toBe('Terminating');
    expect(tl.at(130.5).deleted).toBeUndefined();
    expect(tl.at(131).deleted).toBe(true);
    expect(tl.end).toBe(131);
  });
});

describe('back-off sequence', () => {
  const crashing = pod({ containers: [container({ name: 'app', image: IMAGE, command: ['sh', '-c', 'sleep 2; exit 1'] })] });

  it('waits 10, 20, 40 … up to 300 s between restarts', () => {
    const tl = simulate(crashing, undefined, { until: 1300 });
    // starts at 3; each run exits 2 s later. exit 5 → noticed 6, immediate; exit 8 → +10 → 18; exit 20 → +20 → 40;
    // exit 42 → +40 → 82; exit 84 → +80 → 164; exit 166 → +160 → 326; exit 328 → +300 → 628; exit 630 → +300 → 930;
    // exit 932 → +300 → 1232.
    expect(times(tl, 'Started', 'app')).toEqual([3, 6, 18, 40, 82, 164, 326, 628, 930, 1232]);
    expect(tl.at(1232).containers[0]?.restartCount).toBe(9);
    expect(tl.at(700).kubectl).toEqual({ ready: '0/1', status: 'CrashLoopBackOff', restarts: '7 (70s ago)' });
  });

  it('starts over after 10 minutes without a failure', () => {
    const tl = simulate(pod({ containers: [container({ name: 'app', image: IMAGE, command: ['sleep', '700'] })] }), {
      actions: [1, 2, 4].map((run) => ({ container: 'app', exitCode: 1, after: 2, run })),
    }, { until: 800 });
    // run 1 3 → 5, immediate restart at 6; run 2 6 → 8, +10 → 18; run 3 sleeps 700 → exits 0 at 718: 700 s after
    // the last restart (> 600 s) the back-off has expired → restart at once at 719; run 4 exits 721 → +10 → 731.
    expect(times(tl, 'Started', 'app')).toEqual([3, 6, 18, 719, 731]);
  });
});

describe('robustness', () => {
  it('ignores actions on unknown containers', () => {
    const tl = simulate(pod(), { actions: [{ container: 'nope', exitCode: 1, after: 1 }] });
    expect(tl.at(10).kubectl.status).toBe('Running');
  });

  it('cuts a simulation at the event cap and says so', () => {
    const tl = simulate(pod({ containers: [container({ name: 'app', image: IMAGE, command: ['sleep', 'infinity'], readinessProbe: probe({ periodSeconds: 1 }) })] }),
      { actions: [{ container: 'app', probe: 'readiness', failFrom: 0 }] }, { until: 100_000 });
    expect(tl.events).toHaveLength(20_001);
    expect(tl.events.at(-1)?.type).toBe('SimulationCut');
    expect(tl.end).toBeLessThanOrEqual(100_000);
  });

  // Found by simulate.fuzz.test.ts: maxEvents NaN lifted the cap, where an `until` of NaN means the default.
  it('a maxEvents of NaN means the default cap, not none', () => {
    const tl = simulate(pod({ containers: [container({ name: 'app', image: IMAGE, command: ['sleep', 'infinity'], readinessProbe: probe({ periodSeconds: 1 }) })] }),
      { actions: [{ container: 'app', probe: 'readiness', failFrom: 0 }] }, { until: 100_000, maxEvents: NaN });
    expect(tl.events).toHaveLength(20_001);
    expect(tl.events.at(-1)?.type).toBe('SimulationCut');
  });

  it('a crash at a pod time hits whatever run is up', () => {
    const tl = simulate(pod({ containers: [container({ name: 'app', image: IMAGE, command: ['sleep', 'infinity'] })] }), {
      actions: [{ container: 'app', exitCode: 3, at: 50 }, { container: 'app', oomKilled: true, after: 10, run: 2 }],
    });
    // exit 3 at 50; noticed 51: immediate restart; run 2 OOM-killed 10 s later at 61; noticed 62 → +10 → 71.
    expect(state(tl, 50, 'app')).toMatchObject({ state: 'terminated', exitCode: 3, reason: 'Error' });
    expect(columns(tl, [61])).toEqual([[61, 'Running', 'OOMKilled', '0/1']]);
    expect(times(tl, 'Started', 'app')).toEqual([3, 51, 71]);
  });
});
