// The YAML document that holds the pod, opened for editing with the `yaml` package's Document API, and written
// back into the text with every other document, comment and key order left as the user wrote them.
//
// Why two YAML libraries: js-yaml (core/spec) stays the reader that loadPod validates, but it drops comments and
// cannot write a document back as it was. `yaml`'s Document keeps comments, key order and flow/block style on
// each node, so an edit rewrites only what it touches.
import { isMap, isScalar, parseAllDocuments, type Document } from 'yaml';
import { findPodTemplate } from '../spec/workload-kinds';

export type YamlPath = (string | number)[];

export interface PodDocument {
  /** Every document in the text, in order; only `documents[index]` is edited. */
  documents: Document[];
  index: number;
  /** Path of the PodSpec from the document root, e.g. ['spec', 'template', 'spec']. */
  specPath: YamlPath;
  /** Path of the mapping whose `metadata.name` names the pod (the Pod or the workload); null for a bare spec. */
  ownerPath: YamlPath | null;
  kind: string;
  text: string;
}

export type OpenResult = { ok: true; pod: PodDocument } | { ok: false; reason: 'syntax' | 'no-pod'; message?: string };

/** "items[2].spec.template.spec" → ['items', 2, 'spec', 'template', 'spec']; '' → []. */
export function pathToArray(path: string): YamlPath {
  if (!path) return [];
  const out: YamlPath = [];
  for (const part of path.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) {
      out.push(part);
      continue;
    }
    if (m[1]) out.push(m[1]);
    for (const index of (m[2] ?? '').matchAll(/\[(\d+)\]/g)) out.push(Number(index[1]));
  }
  return out;
}

/** The document at `documentIndex` (loadPod's `source.document`), or the first one that carries a pod. */
export function openPodDocument(text: string, documentIndex?: number): OpenResult {
  let documents: Document[];
  try {
    documents = parseAllDocuments(text, { keepSourceTokens: false }) as Document[];
  } catch (error) {
    return { ok: false, reason: 'syntax', message: error instanceof Error ? error.message : String(error) };
  }
  if (!Array.isArray(documents)) return { ok: false, reason: 'no-pod' }; // an empty text is an EmptyStream
  const broken = documents.find((d) => d.errors.length > 0);
  if (broken) return { ok: false, reason: 'syntax', message: broken.errors[0]?.message ?? '' };
  const order = documentIndex === undefined ? documents.map((_, i) => i) : [documentIndex];
  for (const index of order) {
    const doc = documents[index];
    if (!doc) continue;
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 1000 });
    } catch {
      continue;
    }
    const location = findPodTemplate(value);
    if (!location) continue;
    const specPath = pathToArray(location.specPath);
    // The name belongs to the document root, or to the List item (`items[n]`) that holds the workload.
    const ownerPath = location.specPath === location.templatePath ? null : specPath[0] === 'items' ? specPath.slice(0, 2) : [];
    return { ok: true, pod: { documents, index, specPath, ownerPath, kind: location.kind, text } };
  }
  return { ok: false, reason: 'no-pod' };
}

/** Block sequences indented under their key (`containers:\n  - name`) or not (`containers:\n- name`), as the text does. */
export function indentsSequences(text: string): boolean {
  const m = /^( *)[\w.-]+:[ \t]*(?:#.*)?\r?\n( *)- /m.exec(text);
  // None yet: the style of kubectl and the Kubernetes docs, `- ` level with its key.
  return m ? (m[2] ?? '').length > (m[1] ?? '').length : false;
}

/** The text with the edited document written back in place of its old text; other documents are untouched. */
export function writePodDocument(pod: PodDocument): string {
  const doc = pod.documents[pod.index] as Document;
  const written = doc.toString({
    lineWidth: 0,
    indentSeq: indentsSequences(pod.text),
    flowCollectionPadding: false,
  });
  if (pod.documents.length === 1) return written;
  // Each document's text runs from the end of the one before it to the end of its own node range.
  const start = pod.index === 0 ? 0 : ((pod.documents[pod.index - 1] as Document).range?.[2] ?? 0);
  const end = pod.index === pod.documents.length - 1 ? pod.text.length : (doc.range?.[2] ?? pod.text.length);
  const before = pod.text.slice(0, start);
  const after = pod.text.slice(end);
  return before + written + (after && !written.endsWith('\n') ? '\n' : '') + after;
}

/** Whether the node at `path` is a mapping (so a key can be set inside it). */
export function isMappingAt(doc: Document, path: YamlPath): boolean {
  return path.length === 0 ? isMap(doc.contents) : isMap(doc.getIn(path, true));
}

/** A scalar's value at `path`, or undefined. */
export function scalarAt(doc: Document, path: YamlPath): unknown {
  const node = doc.getIn(path, true);
  return isScalar(node) ? node.value : undefined;
}
