// Rules about the pod as a whole: unique names, at least one container, the pod's restartPolicy.
import { describe, expect, it } from 'vitest';
import { loadPod } from './load-pod';
import { container, errors, podYaml, positionOf, withPath } from './test-pods';

describe('container names are unique across initContainers and containers', () => {
  it('a duplicate is an error at the second, and left out', () => {
    const text = podYaml({ initContainers: [container({ name: 'app' })], containers: [container({ name: 'app' })] });
    const result = loadPod(text);
    const [error] = withPath(result, 'spec.containers[0].name');
    // Init containers are validated first (validateInitContainers), so the app container is the duplicate, even
    // though podYaml writes `containers:` above `initContainers:`.
    expect(text.indexOf('containers:')).toBeLessThan(text.indexOf('initContainers:'));
    expect(error).toMatchObject({ severity: 'error', ...positionOf(text, 'name: app', 0) });
    expect(result.pod?.initContainers.map((c) => c.name)).toEqual(['app']);
    expect(result.pod?.containers).toEqual([]);
  });
});

describe('at least one container', () => {
  it.each([
    ['no containers field', 'kind: Pod\nspec:\n  restartPolicy: Never\n', 'spec'],
    ['an empty list', 'kind: Pod\nspec:\n  containers: []\n', 'spec.containers'],
  ])('%s: an error, and no pod', (_, text, path) => {
    const result = loadPod(text);
    expect(withPath(result, path)[0]?.message).toContain('at least one container');
    expect(result.pod).toBeNull();
    expect(result.source?.kind).toBe('Pod');
  });

  it('only init containers: the error, but the pod is still shown', () => {
    const result = loadPod('kind: Pod\nspec:\n  initContainers: [{name: setup, image: busybox}]\n');
    expect(errors(result).map((d) => d.path)).toEqual(['spec']);
    expect(result.pod?.initContainers).toHaveLength(1);
  });
});

describe('the pod\'s restartPolicy', () => {
  it.each(['Always', 'OnFailure', 'Never'] as const)('%s is kept', (policy) => {
    expect(loadPod(podYaml({ restartPolicy: policy })).pod?.restartPolicy).toBe(policy);
  });

  it('defaults to Always', () => {
    expect(loadPod(podYaml()).pod?.restartPolicy).toBe('Always');
  });

  it('anything else is an error and Always is used', () => {
    const result = loadPod(podYaml({ restartPolicy: 'always' }));
    expect(withPath(result, 'spec.restartPolicy')[0]?.severity).toBe('error');
    expect(result.pod?.restartPolicy).toBe('Always');
  });

  it.each([
    ['Job', 'Never', 0],
    ['Job', 'OnFailure', 0],
    ['Job', 'Always', 1],
    ['CronJob', 'Always', 1],
    ['Deployment', 'Always', 0],
    ['Deployment', 'Never', 1],
    ['StatefulSet', 'OnFailure', 1],
    ['DaemonSet', 'Never', 1],
    ['ReplicaSet', 'OnFailure', 1],
    ['ReplicationController', 'Never', 1],
    ['PodTemplate', 'Never', 0],
  ])('in a %s, restartPolicy %s gives %i errors', (kind, policy, count) => {
    const spec = `spec:\n  restartPolicy: ${policy}\n  containers: [{name: a, image: b}]`;
    const indented = (by: string) => spec.replace(/^/gm, by);
    const text =
      kind === 'PodTemplate' ? `kind: PodTemplate\ntemplate:\n${indented('  ')}\n`
      : kind === 'CronJob' ? `kind: CronJob\nspec:\n  jobTemplate:\n    spec:\n      template:\n${indented('        ')}\n`
      : `kind: ${kind}\nspec:\n  template:\n${indented('    ')}\n`;
    const found = errors(loadPod(text));
    expect(found).toHaveLength(count);
    if (count) expect(found[0]?.path).toMatch(/restartPolicy$/);
  });

  it('a Deployment with no restartPolicy is fine (the default, Always)', () => {
    expect(errors(loadPod('kind: Deployment\nspec:\n  template:\n    spec:\n      containers: [{name: a, image: b}]\n'))).toEqual([]);
  });
});

describe('pod-level fields', () => {
  it('terminationGracePeriodSeconds defaults to 30, keeps a given value, treats a negative one as 1 with a warning', () => {
    expect(loadPod(podYaml()).pod?.terminationGracePeriodSeconds).toBe(30);
    expect(loadPod(podYaml({ terminationGracePeriodSeconds: 5 })).pod?.terminationGracePeriodSeconds).toBe(5);
    const negative = loadPod(podYaml({ terminationGracePeriodSeconds: -3 }));
    expect(negative.pod?.terminationGracePeriodSeconds).toBe(1);
    expect(withPath(negative, 'spec.terminationGracePeriodSeconds')[0]?.severity).toBe('warning');
  });

  it('reads labels, annotations, namespace and shareProcessNamespace', () => {
    const pod = loadPod(podYaml({ shareProcessNamespace: true }, { name: 'web', namespace: 'shop', labels: { app: 'web' }, annotations: { note: 'x' } })).pod;
    expect(pod).toMatchObject({ name: 'web', namespace: 'shop', labels: { app: 'web' }, annotations: { note: 'x' }, shareProcessNamespace: true });
  });
});
