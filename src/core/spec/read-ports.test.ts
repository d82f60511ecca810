// Container ports (validation.go validateContainerPorts; SetDefaults_ContainerPort) and the shared-namespace clash.
import { describe, expect, it } from 'vitest';
import { loadPod } from './load-pod';
import { container, errors, podYaml, positionOf, warnings, withPath } from './test-pods';

const withPorts = (ports: unknown[]) => loadPod(podYaml({ containers: [container({ ports })] }));
const at = 'spec.containers[0].ports';

describe('ports', () => {
  it('defaults protocol to TCP and keeps name and hostPort', () => {
    const result = withPorts([{ containerPort: 8080, name: 'http', hostPort: 80 }]);
    expect(errors(result)).toEqual([]);
    expect(result.pod?.containers[0]?.ports).toEqual([{ containerPort: 8080, protocol: 'TCP', name: 'http', hostPort: 80 }]);
  });

  it.each([
    [{ containerPort: 0 }, `${at}[0].containerPort`, 'between 1 and 65535'],
    [{ containerPort: 65536 }, `${at}[0].containerPort`, 'between 1 and 65535'],
    [{ containerPort: '80' }, `${at}[0].containerPort`, 'containerPort: 80'],
    [{ name: 'http' }, `${at}[0]`, 'needs a `containerPort`'],
    [{ containerPort: 80, hostPort: -1 }, `${at}[0].hostPort`, 'between 0 and 65535'],
    [{ containerPort: 80, hostPort: 70000 }, `${at}[0].hostPort`, 'between 0 and 65535'],
    [{ containerPort: 80, protocol: 'HTTP' }, `${at}[0].protocol`, 'TCP'],
    [{ containerPort: 80, protocol: 'tcp' }, `${at}[0].protocol`, 'TCP'],
  ])('%j is an error at its field', (port, path, hint) => {
    const [error] = withPath(withPorts([port]), path);
    expect(error?.severity).toBe('error');
    expect(error?.message).toContain(hint);
  });

  it.each([
    ['http', null],
    ['metrics-9090', null],
    ['a-very-long-port-name', 'longer than 15'],
    ['HTTP', 'lower-case'],
    ['8080', 'at least one letter'],
    ['web--ui', "'--'"],
    ['-web', "begin or end"],
  ])('port name %s → %s', (name, problem) => {
    const [error] = withPath(withPorts([{ containerPort: 80, name }]), `${at}[0].name`);
    if (problem === null) expect(error).toBeUndefined();
    else expect(error?.message).toContain(problem);
  });

  it('a port name used twice in one container is an error at the second', () => {
    const result = withPorts([{ containerPort: 80, name: 'web' }, { containerPort: 81, name: 'web' }]);
    expect(withPath(result, `${at}[1].name`)[0]?.message).toContain('used twice');
  });
});

describe('ports shared across the pod\'s network namespace', () => {
  it('two containers declaring 8080/TCP: a warning at the second, naming the first', () => {
    const text = podYaml({
      containers: [
        container({ name: 'web', ports: [{ containerPort: 8080 }] }),
        container({ name: 'metrics', ports: [{ containerPort: 9090 }, { containerPort: 8080 }] }),
      ],
    });
    const result = loadPod(text);
    const [warning] = warnings(result);
    // warnings.go points at the port entry: spec.containers[1].ports[1], its `-`.
    expect(warning).toMatchObject({ path: 'spec.containers[1].ports[1]', ...positionOf(text, '- containerPort: 8080', 1) });
    expect(warning?.message).toContain('`web`');
    expect(warning?.message).toContain('network namespace');
  });

  it('the same number on different protocols does not clash', () => {
    const result = loadPod(podYaml({
      containers: [
        container({ name: 'dns-tcp', ports: [{ containerPort: 53 }] }),
        container({ name: 'dns-udp', ports: [{ containerPort: 53, protocol: 'UDP' }] }),
      ],
    }));
    expect(warnings(result)).toEqual([]);
  });

  it('a sidecar clashes with an app container; with a regular init container Kubernetes warns, but they never run together', () => {
    const ports = [{ containerPort: 15001 }];
    const sidecar = loadPod(podYaml({ initContainers: [container({ name: 'proxy', restartPolicy: 'Always', ports })], containers: [container({ ports })] }));
    expect(warnings(sidecar).map((d) => d.path)).toEqual(['spec.containers[0].ports[0]']);
    expect(warnings(sidecar)[0]?.message).toContain('network namespace');
    const init = loadPod(podYaml({ initContainers: [container({ name: 'setup', ports })], containers: [container({ ports })] }));
    expect(warnings(init).map((d) => d.path)).toEqual(['spec.containers[0].ports[0]']);
    expect(warnings(init)[0]?.message).toContain('do not clash');
  });

  it('the same port twice in one container is a warning at the second entry', () => {
    const result = withPorts([{ containerPort: 80 }, { containerPort: 80 }]);
    expect(warnings(result).map((d) => d.path)).toEqual([`${at}[1]`]);
    expect(warnings(result)[0]?.message).toContain('twice in this container');
  });
});
