// Form edits to the pod spec text: each is plain data, applied to the YAML Document of the pod (pod-document.ts)
// so that comments, key order and the style of everything the edit does not touch stay as the user wrote them.
import { isCollection, isMap, isSeq, type Document, type Node } from 'yaml';
import type { ContainerList, ContainerRef } from './container-ref';
import { CONTAINER_TEMPLATES, uniqueName, type TemplateId } from './container-templates';
import { isMappingAt, openPodDocument, writePodDocument, type PodDocument, type YamlPath } from './pod-document';

export type SpecEdit =
  | { type: 'setPodName'; name: string }
  /** undefined removes the field (the default, Always). */
  | { type: 'setPodRestartPolicy'; value: string | undefined }
  /** A field inside a container, e.g. ['image'] or ['ports', 0, 'containerPort']; undefined removes it. */
  | { type: 'setContainerField'; container: ContainerRef; field: YamlPath; value: unknown }
  /** Appends an entry to a list inside a container (ports, env, volumeMounts), creating the list if needed. */
  | { type: 'appendToContainerList'; container: ContainerRef; field: string; entry: unknown }
  | { type: 'addContainer'; template: TemplateId }
  | { type: 'removeContainer'; container: ContainerRef }
  | { type: 'moveContainer'; container: ContainerRef; by: -1 | 1 };

export type EditResult =
  | { ok: true; text: string; /** loadPod's path of the field edited, e.g. "spec.containers[0].name". */ fieldPath?: string }
  | { ok: false; reason: 'syntax' | 'no-pod' | 'no-target' };

/** Applies one edit to the document that holds the pod (`documentIndex` is loadPod's `source.document`). */
export function applySpecEdit(text: string, edit: SpecEdit, documentIndex?: number): EditResult {
  const opened = openPodDocument(text, documentIndex);
  if (!opened.ok) return { ok: false, reason: opened.reason };
  const pod = opened.pod;
  const done = applyTo(pod, edit);
  if (!done) return { ok: false, reason: 'no-target' };
  const fieldPath = editedPath(pod, edit);
  return { ok: true, text: writePodDocument(pod), ...(fieldPath ? { fieldPath: pathToString(fieldPath) } : {}) };
}

function editedPath(pod: PodDocument, edit: SpecEdit): YamlPath | undefined {
  switch (edit.type) {
    case 'setPodName':
      return pod.ownerPath ? [...pod.ownerPath, 'metadata', 'name'] : undefined;
    case 'setPodRestartPolicy':
      return [...pod.specPath, 'restartPolicy'];
    case 'setContainerField':
      return [...containerPath(pod, edit.container), ...edit.field];
    case 'appendToContainerList':
      return [...containerPath(pod, edit.container), edit.field];
    default:
      return undefined;
  }
}

/** ['spec', 'containers', 0, 'name'] → "spec.containers[0].name", as loadPod writes paths. */
export function pathToString(path: YamlPath): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');
}

function applyTo(pod: PodDocument, edit: SpecEdit): boolean {
  const doc = pod.documents[pod.index] as Document;
  const spec = pod.specPath;
  switch (edit.type) {
    case 'setPodName': {
      if (!pod.ownerPath) return false;
      const metadata = [...pod.ownerPath, 'metadata'];
      // `metadata: sauce` (a scalar) cannot hold a name: it becomes a mapping.
      if (!isMappingAt(doc, metadata)) doc.setIn(metadata, doc.createNode({}));
      doc.setIn([...metadata, 'name'], edit.name);
      return true;
    }
    case 'setPodRestartPolicy':
      return setOrDelete(doc, [...spec, 'restartPolicy'], edit.value);
    case 'setContainerField': {
      const at = containerPath(pod, edit.container);
      if (!isMappingAt(doc, at)) return false;
      return setOrDelete(doc, [...at, ...edit.field], edit.value);
    }
    case 'appendToContainerList': {
      const at = containerPath(pod, edit.container);
      if (!isMappingAt(doc, at)) return false;
      appendTo(doc, [...at, edit.field], edit.entry);
      return true;
    }
    case 'addContainer':
      addFromTemplate(pod, doc, edit.template);
      return true;
    case 'removeContainer': {
      const list = doc.getIn([...spec, edit.container.list], true);
      if (!isSeq(list) || edit.container.index >= list.items.length) return false;
      list.items.splice(edit.container.index, 1);
      // An empty initContainers list says nothing: drop it. `containers: []` stays, where a pod needs one.
      if (list.items.length === 0 && edit.container.list === 'initContainers') doc.deleteIn([...spec, 'initContainers']);
      return true;
    }
    case 'moveContainer': {
      const list = doc.getIn([...spec, edit.container.list], true);
      const from = edit.container.index;
      const to = from + edit.by;
      if (!isSeq(list) || to < 0 || to >= list.items.length || from >= list.items.length) return false;
      const [moved] = list.items.splice(from, 1);
      list.items.splice(to, 0, moved);
      return true;
    }
  }
}

function containerPath(pod: PodDocument, ref: ContainerRef): YamlPath {
  return [...pod.specPath, ref.list, ref.index];
}

/** Sets a value (keeping a flow list flow, as in `command: ['sh', '-c', …]`), or removes the field when undefined. */
function setOrDelete(doc: Document, path: YamlPath, value: unknown): boolean {
  if (value === undefined) {
    if (doc.hasIn(path)) doc.deleteIn(path);
    removeIfEmptyList(doc, path.slice(0, -1));
    return true;
  }
  const old = doc.getIn(path, true);
  if (typeof value === 'object' && value !== null) {
    const node = doc.createNode(value) as Node;
    if (isCollection(old) && old.flow && isCollection(node)) node.flow = true;
    ensureParent(doc, path);
    doc.setIn(path, node);
  } else {
    ensureParent(doc, path);
    doc.setIn(path, value);
  }
  return true;
}

/** A list left empty by a removal (the last port, the last env var) is removed with it. */
function removeIfEmptyList(doc: Document, path: YamlPath): void {
  const node = path.length ? doc.getIn(path, true) : undefined;
  if (isSeq(node) && node.items.length === 0 && typeof path[path.length - 1] === 'string') doc.deleteIn(path);
}

/** setIn creates missing mappings on the way, but throws at a scalar or null: replace those with a mapping. */
function ensureParent(doc: Document, path: YamlPath): void {
  for (let i = 1; i < path.length; i++) {
    const prefix = path.slice(0, i);
    const node = doc.getIn(prefix, true);
    if (node === undefined) return; // setIn creates the rest
    if (isCollection(node)) continue;
    doc.setIn(prefix, doc.createNode(typeof path[i] === 'number' ? [] : {}));
    return;
  }
}

function appendTo(doc: Document, path: YamlPath, entry: unknown): void {
  const list = doc.getIn(path, true);
  if (isSeq(list)) {
    // `containers: []` is a placeholder, not a choice of style: the first entry turns it into a block list.
    if (list.items.length === 0) list.flow = false;
    list.items.push(doc.createNode(entry) as Node);
  }
  else doc.setIn(path, doc.createNode([entry]));
}

function namesOf(doc: Document, path: YamlPath): string[] {
  const list = doc.getIn(path, true);
  if (!isSeq(list)) return [];
  return list.items.flatMap((item) => {
    const name = isMap(item) ? item.get('name') : undefined;
    return typeof name === 'string' ? [name] : [];
  });
}

/**
 * Adds the template's container at the end of its list, with a name no other container has, and wires it to the
 * main container: the shared emptyDir is declared once and mounted on the main container once; env is set once.
 */
function addFromTemplate(pod: PodDocument, doc: Document, id: TemplateId): void {
  const spec = pod.specPath;
  const template = CONTAINER_TEMPLATES[id];
  const lists: ContainerList[] = ['initContainers', 'containers'];
  const taken = new Set(lists.flatMap((l) => namesOf(doc, [...spec, l])));
  const container = { ...template.container, name: uniqueName(String(template.container.name), taken) };
  const main = [...spec, 'containers', 0];
  // Wired only to a main container that was there before: a template added to an empty pod stands alone.
  const hasMain = isMappingAt(doc, main);
  ensureParent(doc, [...spec, template.list, 0]);
  appendTo(doc, [...spec, template.list], container);

  if (template.shared) {
    const { volume, mainMountPath, mainReadOnly } = template.shared;
    if (!namesOf(doc, [...spec, 'volumes']).includes(volume)) appendTo(doc, [...spec, 'volumes'], { name: volume, emptyDir: {} });
    if (hasMain && !namesOf(doc, [...main, 'volumeMounts']).includes(volume)) {
      appendTo(doc, [...main, 'volumeMounts'], { name: volume, mountPath: mainMountPath, ...(mainReadOnly ? { readOnly: true } : {}) });
    }
  }
  if (template.mainEnv && hasMain) {
    const names = new Set(namesOf(doc, [...main, 'env']));
    for (const env of template.mainEnv) if (!names.has(env.name)) appendTo(doc, [...main, 'env'], env);
  }
}
