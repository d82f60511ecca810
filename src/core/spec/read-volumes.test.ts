// Volumes and mounts (validation.go ValidateVolumes, ValidateVolumeMounts).
import { describe, expect, it } from 'vitest';
import { loadPod } from './load-pod';
import { container, errors, podYaml, withPath } from './test-pods';

const shared = { name: 'shared', emptyDir: {} };

describe('volumes', () => {
  it('summarises each volume\'s source', () => {
    const pod = loadPod(podYaml({
      volumes: [shared, { name: 'conf', configMap: { name: 'app-config' } }, { name: 'cache', emptyDir: { medium: 'Memory' } }],
    })).pod;
    expect(pod?.volumes).toEqual([
      { name: 'shared', type: 'emptyDir', detail: 'emptyDir' },
      { name: 'conf', type: 'configMap', detail: 'configMap app-config' },
      { name: 'cache', type: 'emptyDir', detail: 'emptyDir (Memory)' },
    ]);
  });

  it.each([
    [[{ name: 'Shared_Data', emptyDir: {} }], 'spec.volumes[0].name', 'not a valid name'],
    [[shared, shared], 'spec.volumes[1].name', 'unique'],
    [[{ emptyDir: {} }], 'spec.volumes[0]', 'needs a `name`'],
    [[{ name: 'x' }], 'spec.volumes[0]', 'has no type'],
    [[{ name: 'x', emptyDir: null }], 'spec.volumes[0]', 'emptyDir: {}'],
    [[{ name: 'x', emptyDir: {}, secret: { secretName: 's' } }], 'spec.volumes[0]', 'exactly one'],
  ])('%j: error at %s', (volumes, path, hint) => {
    const [error] = withPath(loadPod(podYaml({ volumes })), path);
    expect(error?.severity).toBe('error');
    expect(error?.message).toContain(hint);
  });
});

describe('volume mounts', () => {
  const mounting = (volumeMounts: unknown[], volumes: unknown[] = [shared]) =>
    loadPod(podYaml({ volumes, containers: [container({ volumeMounts })] }));

  it('a mount of a declared volume is read', () => {
    const result = mounting([{ name: 'shared', mountPath: '/data', readOnly: true }]);
    expect(errors(result)).toEqual([]);
    expect(result.pod?.containers[0]?.volumeMounts).toEqual([{ name: 'shared', mountPath: '/data', readOnly: true }]);
  });

  it.each([
    [[{ name: 'logs', mountPath: '/logs' }], '.name', 'No volume named `logs`'],
    [[{ mountPath: '/logs' }], '', 'needs the `name`'],
    [[{ name: 'shared' }], '', 'needs a `mountPath`'],
    [[{ name: 'shared', mountPath: 'data' }], '.mountPath', 'absolute'],
  ])('%j: error', (mounts, suffix, hint) => {
    const [error] = withPath(mounting(mounts), `spec.containers[0].volumeMounts[0]${suffix}`);
    expect(error?.message).toContain(hint);
  });

  // Found by load-pod.fuzz.test.ts: the suggested fix quoted the whole path, so a megabyte-long one made a
  // megabyte-long message (one per mount), where every other message cuts text from the spec short.
  it('a long relative mountPath is cut short in the message and in its suggested fix', () => {
    const [error] = withPath(mounting([{ name: 'shared', mountPath: 'w'.repeat(1024 * 1024) }]), 'spec.containers[0].volumeMounts[0].mountPath');
    expect(error?.message).toContain('absolute');
    expect(error?.message).toContain('`/www');
    expect(error?.message.length).toBeLessThan(300);
  });

  // Found reading messages.ts after fuzzing found four messages like it: the declared volumes were listed whole.
  it('a mount of an undeclared volume lists the declared ones with long names cut short', () => {
    const volumes = Array.from({ length: 10 }, (_, i) => ({ name: `${'v'.repeat(10_000)}${i}`, emptyDir: {} }));
    const [error] = withPath(mounting([{ name: 'x', mountPath: '/x' }], volumes), 'spec.containers[0].volumeMounts[0].name');
    expect(error?.message).toContain('No volume named `x`');
    expect(error?.message.length).toBeLessThan(1000);
  });

  it('the same mountPath twice in one container is an error at the second', () => {
    const result = mounting([{ name: 'shared', mountPath: '/data' }, { name: 'shared', mountPath: '/data' }]);
    expect(withPath(result, 'spec.containers[0].volumeMounts[1].mountPath')[0]?.message).toContain('mounted twice');
  });

  it('the same mountPath in two containers is fine (each has its own filesystem)', () => {
    const volumeMounts = [{ name: 'shared', mountPath: '/data' }];
    const result = loadPod(podYaml({ volumes: [shared], containers: [container({ volumeMounts }), container({ name: 'b', volumeMounts })] }));
    expect(errors(result)).toEqual([]);
  });

  it('a StatefulSet\'s volumeClaimTemplates count as volumes', () => {
    const text = [
      'kind: StatefulSet',
      'metadata: {name: db}',
      'spec:',
      '  volumeClaimTemplates:',
      '  - metadata: {name: data}',
      '  template:',
      '    spec:',
      '      containers:',
      '      - name: db',
      '        image: postgres:17',
      '        volumeMounts: [{name: data, mountPath: /var/lib/postgresql}]',
    ].join('\n');
    expect(errors(loadPod(text))).toEqual([]);
  });
});
