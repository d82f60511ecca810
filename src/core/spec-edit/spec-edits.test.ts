// Form edits keep what they don't touch: comments, key order, other documents; templates wire volumes once.
import { describe, expect, it } from 'vitest';
import { loadPod } from '../spec/load-pod';
import { checkSpecEdit } from './check-edit';
import { applySpecEdit, type SpecEdit } from './spec-edits';

const POD = `# the web pod
apiVersion: v1
kind: Pod
metadata:
  name: web # keep me
  labels: {app: web}
spec:
  restartPolicy: Always
  initContainers:
  - name: init-db # waits for the database
    image: busybox:1.36
    command: ['sh', '-c', 'until nslookup db; do sleep 2; done']
  - name: init-cache
    image: busybox:1.36
  containers:
  - name: app
    image: nginx:1.27 # pinned
    ports:
    - containerPort: 80
`;

function edit(text: string, e: SpecEdit): string {
  const r = applySpecEdit(text, e);
  if (!r.ok) throw new Error(r.reason);
  return r.text;
}

const app = { list: 'containers', index: 0 } as const;

describe('applySpecEdit', () => {
  it('sets a field and keeps every comment and the key order', () => {
    const out = edit(POD, { type: 'setContainerField', container: app, field: ['image'], value: 'nginx:1.28' });
    expect(out).toBe(POD.replace('nginx:1.27', 'nginx:1.28'));
  });

  it('keeps a flow list flow when replacing it', () => {
    const out = edit(POD, { type: 'setContainerField', container: { list: 'initContainers', index: 0 }, field: ['command'], value: ['sh', '-c', 'sleep 5'] });
    expect(out).toContain('command: [sh, -c, sleep 5]');
    expect(out).toContain('# waits for the database');
  });

  it('removes a field when the value is undefined, and an emptied list with it', () => {
    const out = edit(POD, { type: 'setContainerField', container: app, field: ['ports', 0], value: undefined });
    expect(out).not.toContain('ports');
    expect(out).toContain('image: nginx:1.27 # pinned');
  });

  it('moves an init container up and down, its comment going with it', () => {
    const out = edit(POD, { type: 'moveContainer', container: { list: 'initContainers', index: 1 }, by: -1 });
    expect(out.indexOf('init-cache')).toBeLessThan(out.indexOf('init-db'));
    expect(out).toContain('- name: init-db # waits for the database');
    expect(applySpecEdit(POD, { type: 'moveContainer', container: { list: 'initContainers', index: 0 }, by: -1 })).toEqual({ ok: false, reason: 'no-target' });
  });

  it('removes a container; removing the last init container drops initContainers', () => {
    let out = edit(POD, { type: 'removeContainer', container: { list: 'initContainers', index: 0 } });
    expect(out).not.toContain('init-db');
    out = edit(out, { type: 'removeContainer', container: { list: 'initContainers', index: 0 } });
    expect(out).not.toContain('initContainers');
    expect(out).toContain('# the web pod');
  });

  it('sets the pod name and restartPolicy; a scalar metadata becomes a mapping', () => {
    expect(edit(POD, { type: 'setPodName', name: 'shop' })).toContain('name: shop # keep me');
    expect(edit(POD, { type: 'setPodRestartPolicy', value: 'Never' })).toContain('restartPolicy: Never');
    const article = 'apiVersion: v1\nkind: Pod\nmetadata: sauce\nspec:\n  containers:\n  - name: a\n    image: busybox\n';
    expect(loadPod(edit(article, { type: 'setPodName', name: 'sauce' })).pod?.name).toBe('sauce');
  });

  it('adds a sidecar from its template: the volume once, a mount on the app and on the sidecar', () => {
    let out = edit(POD, { type: 'addContainer', template: 'sidecar' });
    out = edit(out, { type: 'addContainer', template: 'sidecar' });
    const pod = loadPod(out).pod;
    expect(pod?.containers.map((c) => c.name)).toEqual(['app', 'fluent-bit', 'fluent-bit-2']);
    expect(pod?.volumes.map((v) => v.name)).toEqual(['logs']);
    expect(pod?.containers[0]?.volumeMounts.map((m) => m.name)).toEqual(['logs']);
    expect(pod?.containers[1]?.volumeMounts.map((m) => m.mountPath)).toEqual(['/var/log/app']);
    expect(loadPod(out).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(out).toContain('# keep me');
  });

  it('adds an ambassador that the app reaches on localhost', () => {
    const pod = loadPod(edit(POD, { type: 'addContainer', template: 'ambassador' })).pod;
    expect(pod?.containers[0]?.env).toContainEqual({ name: 'REDIS_HOST', value: 'localhost' });
    expect(pod?.containers[1]?.image).toMatch(/envoy/);
  });

  it('every template gives a valid pod, starting from an empty one', () => {
    let text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: new-pod\nspec:\n  containers: []\n';
    for (const template of ['app', 'init', 'native-sidecar', 'sidecar', 'ambassador', 'adapter'] as const) {
      text = edit(text, { type: 'addContainer', template });
    }
    const result = loadPod(text);
    expect(text).toContain('\n  - name: web\n');
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(result.pod?.initContainers.map((c) => c.kind)).toEqual(['init', 'sidecar']);
  });

  it('edits the pod template inside a Deployment, leaving the other documents alone', () => {
    const text = `apiVersion: v1
kind: Service # first
metadata: {name: web}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2 # two
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: web
          image: nginx:1.27
---
kind: ConfigMap # last
`;
    const result = loadPod(text);
    const out = applySpecEdit(text, { type: 'addContainer', template: 'sidecar' }, result.source?.document);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.text.startsWith('apiVersion: v1\nkind: Service # first\nmetadata: {name: web}\n---\n')).toBe(true);
    expect(out.text.endsWith('---\nkind: ConfigMap # last\n')).toBe(true);
    expect(out.text).toContain('replicas: 2 # two');
    expect(out.text).toContain('        - name: fluent-bit');
    const pod = loadPod(out.text).pod;
    expect(pod?.containers.map((c) => c.name)).toEqual(['web', 'fluent-bit']);
    expect(pod?.volumes.map((v) => v.name)).toEqual(['logs']);
    expect(edit(text.replace(/^[\s\S]*?---\n/, ''), { type: 'setPodName', name: 'shop' })).toContain('  name: shop');
  });

  it('refuses to edit a text with a syntax error', () => {
    expect(applySpecEdit('spec: [', { type: 'setPodName', name: 'x' })).toEqual({ ok: false, reason: 'syntax' });
  });
});

describe('checkSpecEdit', () => {
  it("refuses an invalid name with the validator's message and leaves the text alone", () => {
    const r = checkSpecEdit(POD, { type: 'setContainerField', container: app, field: ['name'], value: 'My_App' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/`My_App` is not a valid name/);
  });

  it('accepts a valid edit', () => {
    const r = checkSpecEdit(POD, { type: 'setContainerField', container: app, field: ['name'], value: 'my-app' });
    expect(r).toEqual({ ok: true, text: POD.replace('- name: app', '- name: my-app') });
    expect(applySpecEdit(POD, { type: 'setContainerField', container: app, field: ['ports', 0, 'containerPort'], value: 8080 })).toMatchObject({ fieldPath: 'spec.containers[0].ports[0].containerPort' });
  });

  it('ignores errors the text had already', () => {
    const broken = POD.replace('image: busybox:1.36\n  - name: init-cache', 'image: busybox:1.36\n  - name: Init_Cache');
    expect(checkSpecEdit(broken, { type: 'setContainerField', container: app, field: ['image'], value: 'nginx:1.28' }).ok).toBe(true);
  });
});
