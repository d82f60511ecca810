import { describe, expect, it } from 'vitest';
import { loadPod } from './load-pod';
import { readRoleAnnotation } from './role-annotation';
import { positionOf, warnings } from './test-pods';

const PATH = 'metadata.annotations[podscope.io/roles]';

/** A pod with an init container, a native sidecar and two app containers, annotated with `value` as written. */
function annotated(value: string): string {
  return [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: shop',
    '  annotations:',
    '    team: payments',
    `    podscope.io/roles: ${value}`,
    'spec:',
    '  initContainers:',
    '  - name: migrate',
    '    image: example/migrate:1',
    '  - name: envoy',
    '    image: envoyproxy/envoy:v1.32.1',
    '    restartPolicy: Always',
    '  containers:',
    '  - name: web',
    '    image: example/web:2',
    '  - name: helper',
    '    image: example/helper:1',
    '',
  ].join('\n');
}

const roleWarnings = (text: string) => warnings(loadPod(text)).filter((d) => d.path === PATH);

describe('podscope.io/roles: each bad entry is a warning at its line and column', () => {
  it('an entry naming no container points at that entry', () => {
    const text = annotated('helper=adapter, nosuch=adapter');
    const [warning, ...rest] = roleWarnings(text);
    expect(rest).toEqual([]);
    // Line 7, the annotation's line; the column of "nosuch" in it.
    expect(warning).toMatchObject({ severity: 'warning', path: PATH, ...positionOf(text, 'nosuch=adapter') });
    expect(warning?.message).toBe(
      '`podscope.io/roles` names `nosuch`, but no container is called that; the containers are `migrate`, `envoy`, `web`, `helper`. ' +
        'Fix the name or remove the entry (Podscope ignores it).',
    );
  });

  it('a role Podscope does not know points at its entry, inside quotes too', () => {
    const text = annotated('"web=main,helper=boss"');
    const [warning] = roleWarnings(text);
    expect(warning).toMatchObject(positionOf(text, 'helper=boss'));
    expect(warning?.message).toContain('`boss` is not a role Podscope knows; use `main`, `sidecar`, `ambassador` or `adapter`.');
  });

  it('an init container asked to be main points at its line in a block scalar', () => {
    const text = annotated('|\n      web=main\n      migrate=main\n      envoy=ambassador');
    const [warning, ...rest] = roleWarnings(text);
    expect(rest).toEqual([]);
    expect(warning).toMatchObject(positionOf(text, 'migrate=main'));
    expect(positionOf(text, 'migrate=main')).toEqual({ line: 9, column: 7 });
    expect(warning?.message).toContain('`migrate` is an init container');
    expect(warning?.message).toContain('Move it to `containers`, or remove the entry.');
  });

  it('every kind of bad entry, in text order, each at its own column', () => {
    const text = annotated("'garbage,migrate=adapter,envoy=main,web=init,web=main,web=sidecar'");
    const found = roleWarnings(text).map((d) => [text.split('\n')[d.line - 1]?.slice(d.column - 1).split(/[,']/)[0], d.message.split(/[;:]|\. /)[0]]);
    expect(found).toEqual([
      ['garbage', '`garbage` in `podscope.io/roles` is not of the form name=role'],
      ['migrate=adapter', '`migrate` is an init container'],
      ['envoy=main', '`envoy` is a native sidecar (an init container with `restartPolicy'],
      ['web=init', '`web` is not in `initContainers`, so the annotation cannot make it an init container'],
      ['web=sidecar', '`podscope.io/roles` gives `web` a role twice (`main`, then `sidecar`)'],
    ]);
  });

  it('an entry written with escapes is still found; the value start when it cannot be', () => {
    const escaped = annotated('"web=main,\\n nosuch=main"');
    expect(roleWarnings(escaped)[0]).toMatchObject(positionOf(escaped, 'nosuch=main'));
    // "\x6eosuch" is "nosuch" spelled with an escape: the entry is not in the text as read, so the value's quote.
    const hidden = annotated('"web=main,\\x6eosuch=main"');
    expect(roleWarnings(hidden)[0]).toMatchObject(positionOf(hidden, '"web=main'));
  });

  it('in a Deployment the path runs through the pod template', () => {
    const text = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: shop}',
      'spec:',
      '  selector: {matchLabels: {app: shop}}',
      '  template:',
      '    metadata:',
      '      labels: {app: shop}',
      '      annotations: {podscope.io/roles: "web=boss"}',
      '    spec:',
      '      containers:',
      '      - {name: web, image: example/web:2}',
    ].join('\n');
    const found = warnings(loadPod(text));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ path: 'spec.template.metadata.annotations[podscope.io/roles]', ...positionOf(text, 'web=boss') });
  });

  it('a value that comes through an alias is placed at the annotations', () => {
    const text = ['x-roles: &roles "web=boss"', ...annotated('*roles').split('\n')].join('\n');
    const [warning] = warnings(loadPod(text)).filter((d) => d.path === PATH);
    expect(warning).toMatchObject({ path: PATH, line: positionOf(text, '  annotations:').line });
  });

  it('a valid annotation, or none, gives no warning', () => {
    expect(roleWarnings(annotated('web=main, helper=adapter, envoy=ambassador, migrate=init'))).toEqual([]);
    expect(warnings(loadPod(annotated('"team-b"').replace('podscope.io/roles', 'other.io/x')))).toEqual([]);
  });
});

describe('readRoleAnnotation', () => {
  const containers = [
    { name: 'migrate', kind: 'init' as const },
    { name: 'envoy', kind: 'sidecar' as const },
    { name: 'web', kind: 'app' as const },
  ];

  it('reads entries separated by commas, semicolons or newlines, case-insensitive roles, and where each starts', () => {
    const { roles, problems } = readRoleAnnotation(' web=Main;envoy = adapter\nmigrate=init, x=y ', containers);
    expect([...roles]).toEqual([
      ['web', 'main'],
      ['envoy', 'adapter'],
      ['migrate', 'init'],
    ]);
    expect(problems.map((p) => [p.entry, p.index])).toEqual([['x=y', 40]]);
  });

  it('reads at most 1,000 entries of a hostile annotation', () => {
    const { problems } = readRoleAnnotation(Array.from({ length: 5000 }, (_, i) => `c${i}=main`).join(','), containers);
    expect(problems).toHaveLength(1000);
  });
});
