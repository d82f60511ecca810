// loadPod: YAML or JSON text → the pod Podscope simulates, with every problem placed at a line and column.
// Reads all documents, takes the first that carries a pod (workload-kinds.ts), checks and defaults it
// (read-pod.ts), and never throws: bad input, hostile input and Podscope's own bugs all come back as diagnostics.
import type { Diagnostic, LoadResult } from './diagnostic';
import { keyPath, type Finding } from './finding';
import { MAX_DIAGNOSTICS, MAX_SKIPPED_NAMED, MAX_TEXT_CHARS } from './limits';
import { messages } from './messages';
import { readPod } from './read-pod';
import { ROLES_ANNOTATION } from './role-annotation';
import { readYaml, type YamlDocument } from './read-yaml';
import { WORKLOAD_KINDS, describeDocument, describeSkipped, findPodTemplate, type PodTemplateLocation } from './workload-kinds';
import { keyOffset, LineIndex, offsetOf } from './yaml-positions';

/** Keys whose scalar values read-yaml.ts records the spans of, so readPod can place problems inside the value. */
const SPAN_KEYS: ReadonlySet<string> = new Set([ROLES_ANNOTATION]);

export function loadPod(text: string): LoadResult {
  try {
    return finish(load(typeof text === 'string' ? text : ''));
  } catch (error) {
    // A bug in Podscope, not a problem with the text: still a value, at line 1, never a throw.
    const reason = error instanceof Error ? error.message : String(error);
    return { pod: null, diagnostics: [{ severity: 'error', message: messages.unexpected(reason), line: 1, column: 1 }] };
  }
}

function load(text: string): LoadResult {
  if (text.trim() === '') return failure(messages.emptyText());
  if (text.length > MAX_TEXT_CHARS) return failure(messages.textTooLong(text.length, MAX_TEXT_CHARS));
  const lines = new LineIndex(text);
  const parsed = readYaml(text, { spanKeys: SPAN_KEYS });
  if (parsed.kind === 'parsed') return fromDocuments(parsed.documents, lines);

  // A syntax error: report it, and show the pod as read from the lines above it, so that one slip while typing
  // does not blank the canvas. Other problems are not listed then: the cut may have removed what they miss.
  const at = lines.position(parsed.offset);
  const syntax: Diagnostic = { severity: 'error', message: messages.syntaxError(parsed.reason), ...at };
  // An unclosed bracket is often reported on the line after it, so back off up to three times.
  let line = at.line;
  for (let attempt = 0; attempt < 3 && line > 1; attempt++) {
    const before = readYaml(text.slice(0, lines.lineStart(line)), { spanKeys: SPAN_KEYS });
    if (before.kind === 'syntaxError') {
      line = Math.min(line - 1, lines.position(before.offset).line);
      continue;
    }
    const partial = fromDocuments(before.documents, lines);
    if (!partial.pod) break;
    const note: Diagnostic = { severity: 'info', message: messages.readUpTo(line), line, column: 1 };
    return { pod: partial.pod, ...(partial.source ? { source: partial.source } : {}), diagnostics: [syntax, note] };
  }
  return { pod: null, diagnostics: [syntax] };
}

function fromDocuments(documents: readonly YamlDocument[], lines: LineIndex): LoadResult {
  let chosen: { doc: YamlDocument; location: PodTemplateLocation } | null = null;
  const skipped: YamlDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  const place = (doc: YamlDocument, f: Finding): Diagnostic => {
    const atKey = f.key !== undefined && f.path !== undefined ? keyOffset(doc.positions, f.path, f.key) : undefined;
    const position = lines.position(f.offset ?? atKey ?? offsetOf(doc.positions, f.path ?? ''));
    const path = f.path !== undefined && f.key !== undefined ? keyPath(f.path, f.key) : f.path;
    return { severity: f.severity, message: f.message, ...(path !== undefined ? { path } : {}), ...position };
  };

  for (const doc of documents) {
    const location: PodTemplateLocation | null = chosen ? null : findPodTemplate(doc.value);
    if (location && !chosen) chosen = { doc, location };
    else if (doc.value !== undefined && doc.value !== null) skipped.push(doc);
    // Problems in the YAML itself: all of the chosen document's, and errors (such as a refused alias bomb) anywhere.
    for (const p of doc.problems) if (doc === chosen?.doc || p.severity === 'error') diagnostics.push(place(doc, p));
  }

  if (!chosen) {
    const present = documents.filter((d) => d.value !== undefined && d.value !== null);
    const found = present.slice(0, MAX_SKIPPED_NAMED).map((d) => describeDocument(d.value));
    if (present.length > found.length) found.push(`${present.length - found.length} more`);
    const first = documents.find((d) => d.value !== undefined && d.value !== null);
    const at = first ? lines.position(first.positions.at) : { line: 1, column: 1 };
    return { pod: null, diagnostics: [...diagnostics, { severity: 'error', message: messages.noPodTemplate(found, WORKLOAD_KINDS), ...at }] };
  }

  const { doc, location } = chosen;
  const findings: Finding[] = [...location.notes];
  const spanOf = (path: string, key: string) => {
    const at = keyOffset(doc.positions, path, key);
    return at === undefined ? undefined : doc.scalarSpans?.get(at);
  };
  const pod = readPod(location, findings, (path) => lines.position(offsetOf(doc.positions, path)), spanOf);
  for (const f of findings) diagnostics.push(place(doc, f));

  if (skipped.length > 0) {
    const named = skipped.slice(0, MAX_SKIPPED_NAMED).map((d) => `document ${d.index + 1} (${describeSkipped(d.value)})`);
    const used = `document ${doc.index + 1} (${location.kind})`;
    const at = lines.position((skipped[0] as YamlDocument).positions.at);
    diagnostics.push({ severity: 'info', message: messages.skippedDocuments(used, named, skipped.length - named.length), ...at });
  }

  const name = location.workloadName ?? pod?.name;
  return {
    pod,
    source: { kind: location.kind, ...(name !== undefined ? { name } : {}), document: doc.index },
    diagnostics,
  };
}

/** In text order, and at most MAX_DIAGNOSTICS of them, so a pathological spec cannot flood the editor. */
function finish(result: LoadResult): LoadResult {
  const sorted = [...result.diagnostics].sort((a, b) => a.line - b.line || a.column - b.column);
  if (sorted.length <= MAX_DIAGNOSTICS) return { ...result, diagnostics: sorted };
  const kept = sorted.slice(0, MAX_DIAGNOSTICS);
  const last = kept[kept.length - 1] as Diagnostic;
  kept.push({ severity: 'info', message: messages.tooManyDiagnostics(sorted.length - MAX_DIAGNOSTICS), line: last.line, column: last.column });
  return { ...result, diagnostics: kept };
}

function failure(message: string): LoadResult {
  return { pod: null, diagnostics: [{ severity: 'error', message, line: 1, column: 1 }] };
}
