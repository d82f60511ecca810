// Probes and hooks (validation.go validateProbe, validateLivenessProbe, validateStartupProbe; SetDefaults_Probe).
import { describe, expect, it } from 'vitest';
import { loadPod } from './load-pod';
import { container, errors, podYaml, withPath } from './test-pods';

const withProbe = (kind: string, probe: unknown) => loadPod(podYaml({ containers: [container({ [kind]: probe })] }));
const at = 'spec.containers[0]';

describe('probe handlers', () => {
  it('fills in Kubernetes\' defaults: 0/10/1/1/3', () => {
    const probe = withProbe('readinessProbe', { tcpSocket: { port: 8080 } }).pod?.containers[0]?.readinessProbe;
    expect(probe).toEqual({
      handler: { type: 'tcpSocket', port: 8080 },
      initialDelaySeconds: 0, periodSeconds: 10, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3,
    });
  });

  it.each([
    [{ httpGet: { port: 'http' } }, { type: 'httpGet', port: 'http', path: '/', scheme: 'HTTP' }],
    [{ httpGet: { port: 8443, path: '/healthz', scheme: 'HTTPS' } }, { type: 'httpGet', port: 8443, path: '/healthz', scheme: 'HTTPS' }],
    [{ grpc: { port: 9090 } }, { type: 'grpc', port: 9090 }],
    [{ exec: { command: ['cat', '/tmp/ready'] } }, { type: 'exec', command: ['cat', '/tmp/ready'] }],
  ])('reads %j', (probe, handler) => {
    const result = withProbe('livenessProbe', probe);
    expect(errors(result)).toEqual([]);
    expect(result.pod?.containers[0]?.livenessProbe?.handler).toEqual(handler);
  });

  it.each([
    [{ exec: {} }, `${at}.livenessProbe.exec`, 'needs a `command`'],
    [{ exec: { command: [] } }, `${at}.livenessProbe.exec`, 'needs a `command`'],
    [{ httpGet: { port: 80, scheme: 'http' } }, `${at}.livenessProbe.httpGet.scheme`, '`HTTP`'],
    [{ httpGet: { path: '/' } }, `${at}.livenessProbe.httpGet`, 'needs a `port`'],
    [{ grpc: {} }, `${at}.livenessProbe.grpc`, 'needs a `port`'],
  ])('%j is an error at %s', (probe, path, hint) => {
    const [error] = withPath(withProbe('livenessProbe', probe), path);
    expect(error?.severity).toBe('error');
    expect(error?.message).toContain(hint);
  });

  it('no handler is an error and the probe is left out', () => {
    const result = withProbe('livenessProbe', { periodSeconds: 5 });
    expect(withPath(result, `${at}.livenessProbe`)[0]?.message).toContain('needs one check');
    expect(result.pod?.containers[0]?.livenessProbe).toBeUndefined();
  });

  it('two handlers is an error at the second', () => {
    const result = withProbe('readinessProbe', { exec: { command: ['true'] }, httpGet: { port: 80 } });
    expect(withPath(result, `${at}.readinessProbe.httpGet`)[0]?.message).toContain('exactly one');
  });

  it.each([
    [0, 'error'],
    [65536, 'error'],
    ['8080', 'error'], // a string is a port name, and a name needs a letter
    ['http', null],
  ])('httpGet port %j → %s', (port, severity) => {
    const result = withProbe('readinessProbe', { httpGet: { port } });
    expect(withPath(result, `${at}.readinessProbe.httpGet.port`)[0]?.severity ?? null).toBe(severity);
  });
});

describe('probe numbers', () => {
  it.each(['initialDelaySeconds', 'periodSeconds', 'timeoutSeconds', 'successThreshold', 'failureThreshold'])(
    'negative %s is an error',
    (key) => {
      const result = withProbe('readinessProbe', { exec: { command: ['true'] }, [key]: -1 });
      expect(withPath(result, `${at}.readinessProbe.${key}`)[0]?.severity).toBe('error');
    },
  );

  it('0 means "use the default" for periodSeconds (an info, and 10 in the model)', () => {
    const result = withProbe('readinessProbe', { exec: { command: ['true'] }, periodSeconds: 0 });
    expect(withPath(result, `${at}.readinessProbe.periodSeconds`)[0]?.severity).toBe('info');
    expect(result.pod?.containers[0]?.readinessProbe?.periodSeconds).toBe(10);
  });

  it.each([
    ['livenessProbe', 'error'],
    ['startupProbe', 'error'],
    ['readinessProbe', null],
  ])('successThreshold: 2 on a %s → %s', (kind, severity) => {
    const result = withProbe(kind, { exec: { command: ['true'] }, successThreshold: 2 });
    expect(withPath(result, `${at}.${kind}.successThreshold`)[0]?.severity ?? null).toBe(severity);
  });
});

describe('lifecycle hooks', () => {
  it('reads postStart and preStop', () => {
    const lifecycle = { postStart: { exec: { command: ['sh', '-c', 'echo hi'] } }, preStop: { httpGet: { port: 80, path: '/quit' } } };
    const result = loadPod(podYaml({ containers: [container({ lifecycle })] }));
    expect(result.pod?.containers[0]?.lifecycle).toEqual({
      postStart: { type: 'exec', command: ['sh', '-c', 'echo hi'] },
      preStop: { type: 'httpGet', port: 80, path: '/quit', scheme: 'HTTP' },
    });
  });

  it('a hook with no action is an error', () => {
    const result = loadPod(podYaml({ containers: [container({ lifecycle: { preStop: {} } })] }));
    expect(withPath(result, `${at}.lifecycle.preStop`)[0]?.message).toContain('needs one action');
  });
});
