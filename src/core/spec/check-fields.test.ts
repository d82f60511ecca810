// Types from the OpenAPI schema, and unknown fields with "did you mean".
import { describe, expect, it } from 'vitest';
import { loadPod } from './load-pod';
import { container, podYaml, positionOf, withPath } from './test-pods';

const at = 'spec.containers[0]';

describe('types', () => {
  it.each([
    ['command', 'echo hi', 'a list of strings', 'command: ["echo hi"]'],
    ['args', { a: 1 }, 'a list of strings', 'args: ["sh", "-c", "echo hello"]'],
    ['image', 1.28, 'a string', 'image: "1.28"'],
    ['ports', { containerPort: 80 }, 'a list', 'ports: [ … ]'],
    ['env', 'A=1', 'a list', 'env: [ … ]'],
    ['livenessProbe', 'yes', 'a mapping', 'livenessProbe: {…}'],
    ['tty', 'true', '`true` or `false`', 'tty: true'],
  ])('%s: %j is an error (%s), with an example', (key, value, expected, example) => {
    const [error] = withPath(loadPod(podYaml({ containers: [container({ [key]: value })] })), `${at}.${key}`);
    expect(error?.severity).toBe('error');
    expect(error?.message).toContain(`must be ${expected}`);
    expect(error?.message).toContain(example);
  });

  // Found by load-pod.fuzz.test.ts: the example repeated the value or key whole (`command: ["…"]` for a string
  // command, `key: "5"` for a label), so a long one made a message as long, where the rest of it is cut short.
  it('the example for a long string command is cut short', () => {
    const [error] = withPath(loadPod(podYaml({ containers: [container({ command: 'w'.repeat(100_000) })] })), `${at}.command`);
    expect(error?.message).toContain('Write it like `command: ["www');
    expect(error?.message.length).toBeLessThan(400);
  });

  it('the example for a number under a long label key is cut short', () => {
    const result = loadPod(podYaml({}, { name: 'web', labels: { ['k'.repeat(100_000)]: 5 } }));
    const [error] = result.diagnostics.filter((d) => d.path?.startsWith('metadata.labels.'));
    expect(error?.message).toContain('must be a string, not 5. Write it like `kkk');
    expect(error?.message.length).toBeLessThan(400);
  });

  it('a number inside command is an error at that item', () => {
    const text = 'kind: Pod\nspec:\n  containers:\n  - name: a\n    image: b\n    command: [sleep, 10]\n';
    const [error] = withPath(loadPod(text), `${at}.command[1]`);
    expect(error).toMatchObject({ severity: 'error', ...positionOf(text, '10') });
    expect(error?.message).toContain('"10"');
  });

  it('an env value must be a string: `value: 8080` is an error', () => {
    const result = loadPod(podYaml({ containers: [container({ env: [{ name: 'PORT', value: 8080 }] })] }));
    expect(withPath(result, `${at}.env[0].value`)[0]?.message).toContain('value: "8080"');
  });

  it('the Norway problem: an unquoted NO is a boolean in YAML 1.1, so a label value must quote it', () => {
    const result = loadPod(podYaml({}, { name: 'web' }).replace('name: web', 'name: web\n  labels:\n    country: NO'));
    const [error] = withPath(result, 'metadata.labels.country');
    expect(error?.message).toContain('not false');
    expect(error?.message).toContain('quote the word you mean');
  });

  it('tty: yes is a boolean, as for the API server', () => {
    expect(withPath(loadPod(podYaml({ containers: [container({ tty: 'yes' })] }).replace("tty: 'yes'", 'tty: yes')), `${at}.tty`)).toEqual([]);
  });

  it('label values must be strings', () => {
    const result = loadPod(podYaml({}, { name: 'web', labels: { version: 1.5 } }));
    expect(withPath(result, 'metadata.labels.version')[0]?.severity).toBe('error');
  });

  it('a label whose key holds dots is placed at its own line, and named in brackets', () => {
    const text = 'kind: Pod\nmetadata:\n  name: web\n  labels:\n    app: web\n    app.kubernetes.io/version: 1.5\nspec:\n  containers: [{name: a, image: b}]\n';
    const [error] = withPath(loadPod(text), 'metadata.labels[app.kubernetes.io/version]');
    expect(error?.message).toContain('must be a string, not 1.5');
    expect([error?.line, error?.column]).toEqual([6, 5]);
  });

  it('`containers` that is not a list is an error, and then there is no pod', () => {
    const result = loadPod('kind: Pod\nspec:\n  containers: {name: a, image: b}\n');
    expect(withPath(result, 'spec.containers')[0]?.message).toContain('must be a list');
    expect(result.pod).toBeNull();
  });

  it('an entry of containers that is not a mapping is skipped; the others are kept', () => {
    const result = loadPod('kind: Pod\nspec:\n  containers:\n  - nginx\n  - {name: b, image: c}\n');
    expect(withPath(result, 'spec.containers[0]')[0]?.message).toContain('must be a mapping');
    expect(result.pod?.containers.map((c) => c.name)).toEqual(['b']);
  });

  it('null means "not set", as for the API server', () => {
    const result = loadPod('kind: Pod\nspec:\n  volumes:\n  containers:\n  - name: a\n    image: b\n    command: ~\n');
    expect(result.diagnostics).toEqual([]);
  });

  it.each([
    ['a number', 'metadata: 42', '42'],
    ['a list', 'metadata: [a, b]', 'a list'],
  ])('metadata that is %s is a warning, not an error', (_, line, shown) => {
    const result = loadPod(`kind: Pod\n${line}\nspec:\n  containers: [{name: a, image: b}]\n`);
    const [warning] = withPath(result, 'metadata');
    expect(warning).toMatchObject({ severity: 'warning', line: 2, column: 1 });
    expect(warning?.message).toContain(shown);
  });
});

describe('unknown fields', () => {
  it.each([
    ['comand', 'command'],
    ['imagePullpolicy', 'imagePullPolicy'],
    ['volumeMount', 'volumeMounts'],
    ['livenesProbe', 'livenessProbe'],
    ['restartpolicy', 'restartPolicy'],
  ])('%s on a container: a warning suggesting `%s`', (typo, suggestion) => {
    const text = podYaml({ containers: [container({ [typo]: 'x' })] });
    const [warning] = withPath(loadPod(text), `${at}.${typo}`);
    expect(warning).toMatchObject({ severity: 'warning', ...positionOf(text, `${typo}:`) });
    expect(warning?.message).toContain(`did you mean \`${suggestion}\`?`);
  });

  it('a field far from any known one gets no suggestion', () => {
    const [warning] = withPath(loadPod(podYaml({ containers: [container({ flavour: 'vanilla' })] })), `${at}.flavour`);
    expect(warning?.message).not.toContain('did you mean');
  });

  it('checks unknown fields at each level: pod spec, probe, httpGet, port', () => {
    const result = loadPod(podYaml({
      initContainer: [],
      containers: [container({
        readinessProbe: { httpGet: { port: 80, paht: '/' }, periodSecond: 5 },
        ports: [{ containerport: 80 }],
      })],
    }));
    const paths = result.diagnostics.filter((d) => d.severity === 'warning').map((d) => [d.path, d.message.match(/did you mean `(\w+)`/)?.[1]]);
    expect(paths).toEqual(expect.arrayContaining([
      ['spec.initContainer', 'initContainers'],
      [`${at}.readinessProbe.httpGet.paht`, 'path'],
      [`${at}.readinessProbe.periodSecond`, 'periodSeconds'],
      [`${at}.ports[0].containerport`, 'containerPort'],
    ]));
  });
});
