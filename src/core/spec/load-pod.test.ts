// loadPod end to end: the article's pod, every workload kind, several documents, JSON, and where diagnostics land.
import { describe, expect, it } from 'vitest';
import { ARTICLE_POD_YAML } from '../examples/article-pod';
import { loadPod } from './load-pod';
import { errors, positionOf, withPath } from './test-pods';

const containersBlock = (indent: string) =>
  [`${indent}containers:`, `${indent}- name: app`, `${indent}  image: nginx:1.27`].join('\n');

describe('the article example', () => {
  const result = loadPod(ARTICLE_POD_YAML);

  it('loads with one init container and one app container, named from `metadata: sauce`', () => {
    expect(result.pod?.initContainers.map((c) => [c.name, c.kind])).toEqual([['init-myservice', 'init']]);
    expect(result.pod?.containers.map((c) => [c.name, c.kind])).toEqual([['myapp-container', 'app']]);
    expect(result.pod?.name).toBe('sauce');
    expect(result.source).toEqual({ kind: 'Pod', name: 'sauce', document: 0 });
  });

  it('warns on line 3 that metadata must be a mapping, and says how to write it', () => {
    const [warning] = withPath(result, 'metadata');
    expect(warning).toMatchObject({ severity: 'warning', line: 3, column: 1 });
    expect(warning?.message).toContain('must be a mapping');
    expect(warning?.message).toContain('metadata: {name: sauce}');
    expect(errors(result)).toEqual([]);
  });

  it('defaults like the API server: busybox (no tag) is pulled Always, busybox:1.28 IfNotPresent', () => {
    expect(result.pod?.initContainers[0]?.imagePullPolicy).toBe('Always');
    expect(result.pod?.containers[0]?.imagePullPolicy).toBe('IfNotPresent');
    expect(result.pod).toMatchObject({ restartPolicy: 'Always', terminationGracePeriodSeconds: 30 });
  });

  it('places each container at the `-` of its list entry', () => {
    expect(result.pod?.containers[0]?.position).toEqual(positionOf(ARTICLE_POD_YAML, '- name: myapp-container'));
    expect(result.pod?.initContainers[0]?.position).toEqual(positionOf(ARTICLE_POD_YAML, '- name: init-myservice'));
  });
});

describe('workload kinds', () => {
  const meta = (name: string, indent = '') => `${indent}metadata:\n${indent}  name: ${name}`;
  const template = (indent: string, policy = 'Always') =>
    `${indent}template:\n${meta('tpl', `${indent}  `)}\n${indent}  spec:\n${indent}    restartPolicy: ${policy}\n${containersBlock(`${indent}    `)}`;
  it.each([
    ['Pod', `apiVersion: v1\nkind: Pod\n${meta('solo')}\nspec:\n${containersBlock('  ')}`, 'solo', 'spec.containers[0]'],
    ['Deployment', `apiVersion: apps/v1\nkind: Deployment\n${meta('web')}\nspec:\n${template('  ')}`, 'web', 'spec.template.spec.containers[0]'],
    ['ReplicaSet', `apiVersion: apps/v1\nkind: ReplicaSet\n${meta('rs')}\nspec:\n${template('  ')}`, 'rs', 'spec.template.spec.containers[0]'],
    ['StatefulSet', `apiVersion: apps/v1\nkind: StatefulSet\n${meta('db')}\nspec:\n${template('  ')}`, 'db', 'spec.template.spec.containers[0]'],
    ['DaemonSet', `apiVersion: apps/v1\nkind: DaemonSet\n${meta('agent')}\nspec:\n${template('  ')}`, 'agent', 'spec.template.spec.containers[0]'],
    ['ReplicationController', `apiVersion: v1\nkind: ReplicationController\n${meta('rc')}\nspec:\n${template('  ')}`, 'rc', 'spec.template.spec.containers[0]'],
    ['Job', `apiVersion: batch/v1\nkind: Job\n${meta('once')}\nspec:\n${template('  ', 'OnFailure')}`, 'once', 'spec.template.spec.containers[0]'],
    ['CronJob', `apiVersion: batch/v1\nkind: CronJob\n${meta('nightly')}\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n${template('      ', 'Never')}`, 'nightly', 'spec.jobTemplate.spec.template.spec.containers[0]'],
    ['PodTemplate', `apiVersion: v1\nkind: PodTemplate\n${meta('pt')}\n${template('')}`, 'pt', 'template.spec.containers[0]'],
  ])('%s: reads the pod template and reports the kind and name', (kind, text, name, containerPath) => {
    const result = loadPod(text);
    expect(result.source).toEqual({ kind, name, document: 0 });
    expect(result.pod?.containers.map((c) => c.name)).toEqual(['app']);
    expect(errors(result)).toEqual([]);
    // The pod's own name comes from the template's metadata when it has one.
    expect(result.pod?.name).toBe(kind === 'Pod' ? 'solo' : 'tpl');
    expect(result.pod?.containers[0]?.position).toEqual(positionOf(text, '- name: app'));
    // Paths run from the document root, through the kind's template.
    const broken = loadPod(text.replace('image: nginx:1.27', 'image: ""'));
    expect(errors(broken).map((d) => d.path)).toEqual([`${containerPath}.image`]);
  });

  it('a Deployment whose template has no name takes the Deployment\'s name', () => {
    const text = `kind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n${containersBlock('      ')}`;
    expect(loadPod(text).pod?.name).toBe('web');
  });

  it('a kind: List: the first item that carries a pod, with paths under items[i]', () => {
    const text = [
      'apiVersion: v1',
      'kind: List',
      'items:',
      '- kind: Service',
      '  metadata: {name: web-svc}',
      '- kind: Deployment',
      '  metadata: {name: web}',
      '  spec:',
      '    template:',
      '      spec:',
      '        containers:',
      '        - name: app',
      '          image: nginx:1.27',
      '          comand: [nginx]',
    ].join('\n');
    const result = loadPod(text);
    expect(result.source).toEqual({ kind: 'Deployment', name: 'web', document: 0 });
    const [typo] = withPath(result, 'items[1].spec.template.spec.containers[0].comand');
    expect(typo).toMatchObject({ severity: 'warning', ...positionOf(text, 'comand') });
    expect(result.diagnostics.some((d) => d.severity === 'info' && d.message.includes('item 2'))).toBe(true);
  });

  it('Job templates must set restartPolicy OnFailure or Never', () => {
    const text = `kind: Job\nmetadata: {name: once}\nspec:\n  template:\n    spec:\n${containersBlock('      ')}`;
    const [error] = errors(loadPod(text));
    expect(error?.path).toBe('spec.template.spec');
    expect(error?.message).toContain('OnFailure');
  });

  it('a Deployment with no pod template: no pod, and the message says where the template belongs', () => {
    const result = loadPod('kind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 3\n');
    expect(result.pod).toBeNull();
    expect(errors(result)[0]?.message).toContain('Deployment "web" with no mapping at `spec.template.spec`');
  });

  it('a bare pod spec (containers at the top) is read, with paths from the root', () => {
    const result = loadPod('containers:\n- name: app\n  imagePullPolicy: Sometimes\n  image: nginx\n');
    expect(result.source?.kind).toBe('Pod');
    expect(errors(result).map((d) => [d.path, d.line, d.column])).toEqual([['containers[0].imagePullPolicy', 3, 3]]);
  });

  it('a manifest with no kind but a spec.containers is read as a Pod, with a warning', () => {
    const result = loadPod(`metadata: {name: x}\nspec:\n${containersBlock('  ')}`);
    expect(result.source?.kind).toBe('Pod');
    expect(result.diagnostics.some((d) => d.severity === 'warning' && d.message.includes('no `kind`'))).toBe(true);
  });
});

describe('several documents', () => {
  const text = [
    'apiVersion: v1',
    'kind: Service',
    'metadata: {name: web}',
    '---',
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata: {name: conf}',
    '---',
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: {name: web}',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '      - name: app',
    '        image: nginx',
    '---',
    'apiVersion: v1',
    'kind: Pod',
    'metadata: {name: other}',
    'spec: {containers: [{name: x, image: y}]}',
  ].join('\n');
  const result = loadPod(text);

  it('takes the first document that carries a pod, reporting its 0-based index', () => {
    expect(result.source).toEqual({ kind: 'Deployment', name: 'web', document: 2 });
    expect(result.pod?.containers[0]?.position).toEqual(positionOf(text, '- name: app'));
  });

  it('names the skipped documents in one info at the first of them', () => {
    const infos = result.diagnostics.filter((d) => d.severity === 'info');
    expect(infos).toHaveLength(1);
    expect(infos[0]).toMatchObject({ line: 1, column: 1 });
    for (const skipped of ['Service "web"', 'ConfigMap "conf"', 'Pod "other"']) expect(infos[0]?.message).toContain(skipped);
  });

  it('an empty leading document (---) is neither used nor listed as skipped', () => {
    // A first `---` only starts document 0 explicitly; a second one ends it empty.
    expect(loadPod(`---\n${podLike}`).source?.document).toBe(0);
    const r = loadPod(`---\n---\n${podLike}`);
    expect(r.source?.document).toBe(1);
    expect(r.diagnostics.filter((d) => d.severity === 'info')).toEqual([]);
  });
});

const podLike = `kind: Pod\nmetadata: {name: p}\nspec:\n${containersBlock('  ')}\n`;

describe('JSON input', () => {
  const json = JSON.stringify(
    { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'j' }, spec: { containers: [{ name: 'app', image: 'nginx:1.27', ports: [{ containerPort: '80' }] }] } },
    null,
    2,
  );
  const result = loadPod(json);

  it('reads kubectl -o json output like YAML', () => {
    expect(result.source).toEqual({ kind: 'Pod', name: 'j', document: 0 });
    expect(result.pod?.containers[0]?.image).toBe('nginx:1.27');
  });

  it('places a field error at the quoted key', () => {
    const [error] = withPath(result, 'spec.containers[0].ports[0].containerPort');
    expect(error).toMatchObject({ severity: 'error', ...positionOf(json, '"containerPort"') });
  });

  it('tab-indented JSON is still read (tabs are only forbidden in block indentation)', () => {
    const tabbed = '{\n\t"kind": "Pod",\n\t"spec": {\n\t\t"containers": [{"name": "a", "image": "b"}]\n\t}\n}\n';
    expect(loadPod(tabbed).pod?.containers[0]?.name).toBe('a');
  });
});

describe('line and column of syntax errors', () => {
  it('an unclosed flow sequence: js-yaml\'s mark, made 1-based', () => {
    const text = 'kind: Pod\nspec:\n  containers: [\n';
    const [error] = errors(loadPod(text));
    // js-yaml stops at the end of the text: line 4 (after the last newline), column 1.
    expect(error).toMatchObject({ line: 4, column: 1 });
  });

  it('a tab used for indentation is reported where the tab is, in plain words', () => {
    const text = 'kind: Pod\nspec:\n  containers:\n  - name: a\n\timage: b\n';
    const [error] = errors(loadPod(text));
    expect(error).toMatchObject({ line: 5, column: 1 });
    expect(error?.message).toContain('tabs');
  });

  it('keeps the pod read from the lines above the error, with an info saying so', () => {
    const text = 'kind: Pod\nspec:\n  containers:\n  - name: a\n    image: b\n  - name: c\n    image: "unterminated\n';
    const result = loadPod(text);
    expect(result.pod?.containers.map((c) => c.name)).toContain('a');
    expect(errors(result)).toHaveLength(1);
    expect(result.diagnostics.some((d) => d.severity === 'info' && d.message.includes('read from the lines before'))).toBe(true);
  });

  it('a duplicate key: an error at the second key, the rest of the pod still read', () => {
    const text = 'kind: Pod\nspec:\n  containers:\n  - name: a\n    image: b\n    image: c\n';
    const result = loadPod(text);
    expect(errors(result)[0]).toMatchObject({ ...positionOf(text, 'image: c') });
    expect(result.pod?.containers[0]?.image).toBe('c');
  });
});

describe('line and column of semantic errors', () => {
  it('a wrong value points at its field', () => {
    const text = 'kind: Pod\nspec:\n  restartPolicy: Sometimes\n' + containersBlock('  ');
    expect(withPath(loadPod(text), 'spec.restartPolicy')[0]).toMatchObject({ line: 3, column: 3 });
  });

  it('a missing field points at its nearest parent that is written: the container entry', () => {
    const text = 'kind: Pod\nspec:\n  containers:\n  - name: app\n  - name: sidecar\n    image: envoy\n';
    const [error] = errors(loadPod(text));
    expect(error).toMatchObject({ path: 'spec.containers[0]', line: 4, column: 3 });
    expect(error?.message).toContain('no `image`');
  });

  it('a Deployment\'s paths run from the document root', () => {
    const text = `kind: Deployment\nmetadata: {name: w}\nspec:\n  template:\n    spec:\n      containers:\n      - name: app\n        image: ""\n`;
    const [error] = errors(loadPod(text));
    expect(error).toMatchObject({ path: 'spec.template.spec.containers[0].image', ...positionOf(text, 'image: ""') });
  });

  it('CRLF line endings: the same lines and columns', () => {
    const text = 'kind: Pod\r\nspec:\r\n  containers:\r\n  - name: app\r\n    image: nginx\r\n    comand: [x]\r\n';
    expect(withPath(loadPod(text), 'spec.containers[0].comand')[0]).toMatchObject({ line: 6, column: 5 });
  });

  it('diagnostics come back in text order', () => {
    const text = 'kind: Pod\nspec:\n  restartPolicy: Sometimes\n  containers:\n  - name: Bad_Name\n    image: x\n  - name: b\n';
    const lines = loadPod(text).diagnostics.map((d) => d.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });
});
