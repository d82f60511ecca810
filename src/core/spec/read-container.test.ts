// Rules about one container (validation.go validateContainerCommon, validateInitContainers) and its defaults.
import { describe, expect, it } from 'vitest';
import { loadPod } from './load-pod';
import { container, errors, podYaml, positionOf, withPath } from './test-pods';

describe('container names (DNS-1123 labels)', () => {
  it.each([
    ['app', true],
    ['my-app-2', true],
    ['a'.repeat(63), true],
    ['a'.repeat(64), false],
    ['My_App', false],
    ['-app', false],
    ['app-', false],
    ['app.v1', false],
  ])('%s valid: %s', (name, valid) => {
    const result = loadPod(podYaml({ containers: [container({ name })] }));
    expect(withPath(result, 'spec.containers[0].name').some((d) => d.severity === 'error')).toBe(!valid);
  });

  it('a container with no name is kept under a stand-in name, with an error at its entry', () => {
    const text = podYaml({ containers: [{ image: 'nginx' }] });
    const result = loadPod(text);
    expect(result.pod?.containers[0]?.name).toBe('container-1');
    expect(withPath(result, 'spec.containers[0]')[0]).toMatchObject({ severity: 'error', ...positionOf(text, '- image') });
  });
});

describe('image', () => {
  it.each([
    ['missing', { name: 'app' }, 'spec.containers[0]'],
    ['empty', { name: 'app', image: '' }, 'spec.containers[0].image'],
    ['blank', { name: 'app', image: '  ' }, 'spec.containers[0].image'],
  ])('%s image is an error at %s, and the container is still shown', (_, c, path) => {
    const result = loadPod(podYaml({ containers: [c] }));
    expect(withPath(result, path)[0]?.message).toContain('has no `image`');
    expect(result.pod?.containers).toHaveLength(1);
  });

  it.each([
    ['busybox', 'Always'],
    ['busybox:latest', 'Always'],
    ['busybox:1.36', 'IfNotPresent'],
    ['localhost:5000/app', 'Always'],
    ['localhost:5000/app:v2', 'IfNotPresent'],
    ['app@sha256:0123abcd', 'IfNotPresent'],
  ])('%s defaults imagePullPolicy to %s', (image, policy) => {
    expect(loadPod(podYaml({ containers: [container({ image })] })).pod?.containers[0]?.imagePullPolicy).toBe(policy);
  });

  it('an explicit imagePullPolicy wins; an unknown one is an error', () => {
    expect(loadPod(podYaml({ containers: [container({ image: 'x', imagePullPolicy: 'Never' })] })).pod?.containers[0]?.imagePullPolicy).toBe('Never');
    const bad = loadPod(podYaml({ containers: [container({ imagePullPolicy: 'Sometimes' })] }));
    expect(withPath(bad, 'spec.containers[0].imagePullPolicy')[0]?.severity).toBe('error');
  });
});

describe('container restartPolicy and native sidecars (KEP-753)', () => {
  it('an init container with restartPolicy: Always is a sidecar', () => {
    const pod = loadPod(podYaml({ initContainers: [container({ name: 'proxy', restartPolicy: 'Always' })] })).pod;
    expect(pod?.initContainers[0]).toMatchObject({ kind: 'sidecar', restartPolicy: 'Always' });
  });

  it.each(['OnFailure', 'Never'])('restartPolicy %s on an init container is an error', (policy) => {
    const result = loadPod(podYaml({ initContainers: [container({ name: 'i', restartPolicy: policy })] }));
    expect(withPath(result, 'spec.initContainers[0].restartPolicy')[0]?.message).toContain('can only be `Always`');
    expect(result.pod?.initContainers[0]?.kind).toBe('init');
  });

  it('restartPolicy on an app container is an error', () => {
    const result = loadPod(podYaml({ containers: [container({ restartPolicy: 'Always' })] }));
    expect(withPath(result, 'spec.containers[0].restartPolicy')[0]?.message).toContain('only allowed on init containers');
  });
});

describe('what a regular init container may not have', () => {
  const probe = { exec: { command: ['true'] } };
  it.each([
    ['lifecycle', { postStart: { exec: { command: ['true'] } } }],
    ['livenessProbe', probe],
    ['readinessProbe', probe],
    ['startupProbe', probe],
  ])('%s on a plain init container is an error, and left out of the model', (fieldName, value) => {
    const result = loadPod(podYaml({ initContainers: [container({ name: 'init', [fieldName]: value })] }));
    const [error] = withPath(result, `spec.initContainers[0].${fieldName}`);
    expect(error?.severity).toBe('error');
    expect(error?.message).toContain('restartPolicy: Always');
    expect(result.pod?.initContainers[0]?.livenessProbe).toBeUndefined();
  });

  it('a sidecar may have probes and hooks', () => {
    const result = loadPod(podYaml({
      initContainers: [container({ name: 'proxy', restartPolicy: 'Always', startupProbe: probe, lifecycle: { preStop: { sleep: { seconds: 5 } } } })],
    }));
    expect(errors(result)).toEqual([]);
    expect(result.pod?.initContainers[0]?.startupProbe?.handler).toEqual({ type: 'exec', command: ['true'] });
    expect(result.pod?.initContainers[0]?.lifecycle.preStop).toEqual({ type: 'sleep', seconds: 5 });
  });
});

describe('environment variables', () => {
  it('a variable with no name is an error; one set twice is a warning at the second', () => {
    const result = loadPod(podYaml({ containers: [container({ env: [{ value: 'x' }, { name: 'A', value: '1' }, { name: 'A', value: '2' }] })] }));
    expect(withPath(result, 'spec.containers[0].env[0]')[0]?.severity).toBe('error');
    expect(withPath(result, 'spec.containers[0].env[2].name')[0]?.severity).toBe('warning');
    expect(result.pod?.containers[0]?.env.map((e) => e.value)).toEqual(['1', '2']);
  });
});

describe('normalised fields', () => {
  it('keeps command, args, env, workingDir and resources', () => {
    const pod = loadPod(podYaml({
      containers: [container({
        command: ['sh', '-c'],
        args: ['sleep 10'],
        workingDir: '/srv',
        env: [{ name: 'MODE', value: 'prod' }, { name: 'PASS', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } }],
        resources: { limits: { cpu: 1, memory: '128Mi' } },
      })],
    })).pod;
    expect(pod?.containers[0]).toMatchObject({
      command: ['sh', '-c'],
      args: ['sleep 10'],
      workingDir: '/srv',
      env: [{ name: 'MODE', value: 'prod' }, { name: 'PASS', valueFrom: 'secretKeyRef db/password' }],
      resources: { limits: { cpu: '1', memory: '128Mi' }, requests: {} },
    });
  });
});
