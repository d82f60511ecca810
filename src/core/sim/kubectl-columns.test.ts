import { describe, expect, it } from 'vitest';
import { humanDuration, printPod, type PrintPodInput } from './kubectl-columns';
import type { ContainerSnapshot, PodPhase } from './types';

// Hand-built container statuses, as the API would report them.
const waiting = (name: string, role: ContainerSnapshot['role'], reason = 'PodInitializing', extra: Partial<ContainerSnapshot> = {}): ContainerSnapshot =>
  ({ name, role, state: 'waiting', reason, started: false, ready: false, restartCount: 0, ...extra });
const running = (name: string, role: ContainerSnapshot['role'], ready = true, extra: Partial<ContainerSnapshot> = {}): ContainerSnapshot =>
  ({ name, role, state: 'running', started: true, ready, restartCount: 0, ...extra });
const terminated = (name: string, role: ContainerSnapshot['role'], exitCode: number, reason?: string, extra: Partial<ContainerSnapshot> = {}): ContainerSnapshot =>
  ({ name, role, state: 'terminated', exitCode, ...(reason ? { reason } : {}), started: false, ready: false, restartCount: 0, ...extra });

function input(phase: PodPhase, containers: ContainerSnapshot[], more: { initialized?: boolean; ready?: boolean; terminating?: boolean } = {}): PrintPodInput {
  return {
    phase,
    conditions: { Initialized: more.initialized ?? false, Ready: more.ready ?? false },
    containers,
    terminating: more.terminating ?? false,
  };
}

describe('printPod STATUS and READY', () => {
  it.each<[string, PrintPodInput, string, string]>([
    ['first of two init containers running', input('Pending', [running('a', 'init'), waiting('b', 'init'), waiting('app', 'app')]), 'Init:0/2', '0/1'],
    ['second init container running', input('Pending', [terminated('a', 'init', 0, 'Completed'), running('b', 'init'), waiting('app', 'app')]), 'Init:1/2', '0/1'],
    ['init container failed', input('Pending', [terminated('a', 'init', 1, 'Error'), waiting('app', 'app')]), 'Init:Error', '0/1'],
    ['init container OOM-killed', input('Pending', [terminated('a', 'init', 137, 'OOMKilled'), waiting('app', 'app')]), 'Init:OOMKilled', '0/1'],
    ['init container failed without a reason', input('Pending', [terminated('a', 'init', 3), waiting('app', 'app')]), 'Init:ExitCode:3', '0/1'],
    ['init container backing off', input('Pending', [waiting('a', 'init', 'CrashLoopBackOff'), waiting('app', 'app')]), 'Init:CrashLoopBackOff', '0/1'],
    ['init under Never failed: the phase is Failed, STATUS still Init:Error', input('Failed', [terminated('a', 'init', 1, 'Error'), waiting('app', 'app')]), 'Init:Error', '0/1'],
    ['init done, app being created', input('Pending', [terminated('a', 'init', 0, 'Completed'), waiting('app', 'app')], { initialized: true }), 'PodInitializing', '0/1'],
    ['no init containers, app being created', input('Pending', [waiting('app', 'app', 'ContainerCreating')]), 'ContainerCreating', '0/1'],
    ['app running and ready', input('Running', [running('app', 'app')], { initialized: true, ready: true }), 'Running', '1/1'],
    ['app running, not ready: still Running', input('Running', [running('app', 'app', false)], { initialized: true }), 'Running', '0/1'],
    ['one app done, one running and ready, pod not Ready', input('Running', [terminated('once', 'app', 0, 'Completed'), running('web', 'app')], { initialized: true }), 'NotReady', '1/2'],
    ['one app done, one running and ready, pod Ready', input('Running', [terminated('once', 'app', 0, 'Completed'), running('web', 'app')], { initialized: true, ready: true }), 'Running', '1/2'],
    ['every app container completed', input('Succeeded', [terminated('job', 'app', 0, 'Completed')], { initialized: true }), 'Completed', '0/1'],
    ['app failed', input('Running', [terminated('app', 'app', 1, 'Error')], { initialized: true }), 'Error', '0/1'],
    ['app OOM-killed', input('Running', [terminated('app', 'app', 137, 'OOMKilled')], { initialized: true }), 'OOMKilled', '0/1'],
    ['app backing off', input('Running', [waiting('app', 'app', 'CrashLoopBackOff', { restartCount: 2 })], { initialized: true }), 'CrashLoopBackOff', '0/1'],
    ['the first container in spec order with a reason decides', input('Running', [waiting('a', 'app', 'CrashLoopBackOff'), terminated('b', 'app', 1, 'Error')], { initialized: true }), 'CrashLoopBackOff', '0/2'],
    ['being deleted', input('Running', [running('app', 'app')], { initialized: true, ready: true, terminating: true }), 'Terminating', '1/1'],
    ['deleted after it succeeded: no Terminating', input('Succeeded', [terminated('job', 'app', 0, 'Completed')], { initialized: true, terminating: true }), 'Completed', '0/1'],
    ['started sidecar and app both ready: READY counts the sidecar', input('Running', [running('proxy', 'sidecar'), running('app', 'app')], { initialized: true, ready: true }), 'Running', '2/2'],
    ['sidecar not started yet: Init:0/2', input('Pending', [running('proxy', 'sidecar', false, { started: false }), waiting('migrate', 'init'), waiting('app', 'app')]), 'Init:0/2', '0/2'],
    ['sidecar exited after start-up: the walk stops at it (kubectl quirk)', input('Running', [terminated('proxy', 'sidecar', 1, 'Error'), running('app', 'app')], { initialized: true }), 'Init:Error', '1/2'],
    ['sidecar backing off after start-up', input('Running', [waiting('proxy', 'sidecar', 'CrashLoopBackOff'), running('app', 'app')], { initialized: true }), 'Init:CrashLoopBackOff', '1/2'],
    ['Job with sidecar: app completed, sidecar still running', input('Running', [running('logger', 'sidecar'), terminated('job', 'app', 0, 'Completed')], { initialized: true }), 'Completed', '1/2'],
  ])('%s → %s', (_name, pod, status, ready) => {
    const columns = printPod(pod, 0);
    expect(columns.status).toBe(status);
    expect(columns.ready).toBe(ready);
  });
});

describe('printPod RESTARTS', () => {
  const last = (finishedAt: number) => ({ lastState: { exitCode: 1, reason: 'Error', finishedAt } });
  it.each<[string, PrintPodInput, number, string]>([
    ['no restarts', input('Running', [running('app', 'app')], { initialized: true }), 50, '0'],
    ['3 restarts, last ended 12 s ago', input('Running', [running('app', 'app', true, { restartCount: 3, ...last(100) })], { initialized: true }), 112, '3 (12s ago)'],
    ['sums app containers, newest termination', input('Running', [running('a', 'app', true, { restartCount: 1, ...last(10) }), running('b', 'app', true, { restartCount: 2, ...last(40) })], { initialized: true }), 343, '3 (5m3s ago)'],
    ['during init: init containers only', input('Pending', [waiting('a', 'init', 'CrashLoopBackOff', { restartCount: 2, ...last(20) }), waiting('app', 'app')]), 140, '2 (2m ago)'],
    ['after init: regular init restarts no longer count, sidecars do', input('Running', [terminated('a', 'init', 0, 'Completed', { restartCount: 4, ...last(5) }), running('proxy', 'sidecar', true, { restartCount: 1, ...last(30) }), running('app', 'app')], { initialized: true }), 90, '1 (60s ago)'],
  ])('%s → %s', (_name, pod, t, restarts) => {
    expect(printPod(pod, t).restarts).toBe(restarts);
  });
});

describe('humanDuration (kubectl ages)', () => {
  it.each<[number, string]>([
    [0, '0s'], [12, '12s'], [119, '119s'], [120, '2m'], [303, '5m3s'], [599, '9m59s'], [600, '10m'], [10799, '179m'],
    [10800, '3h'], [11100, '3h5m'], [8 * 3600 + 60, '8h'], [49 * 3600, '2d1h'], [10 * 86400, '10d'], [3 * 365 * 86400, '3y'],
  ])('%d s → %s', (seconds, text) => {
    expect(humanDuration(seconds)).toBe(text);
  });
});
