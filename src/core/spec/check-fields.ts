// Type and unknown-field checks for a pod template, driven by the known-fields.ts table: a list where a list
// belongs, a string where a string belongs, an integer for `containerPort`, and a warning with "did you mean"
// for a field Kubernetes does not know. Follows the OpenAPI schema the API server decodes with (a type mismatch is
// "cannot unmarshal …"; an unknown field is dropped, or rejected under kubectl's --validate=strict).
import { assertNever } from '../assert-never';
import { didYouMean } from './did-you-mean';
import { joinPath, report, reportKey, type Findings } from './finding';
import { KNOWN_FIELDS, type FieldType, type ObjectType } from './known-fields';
import { MAX_CONTAINERS_PER_LIST, MAX_DIAGNOSTICS, MAX_LIST_ENTRIES } from './limits';
import { messages } from './messages';
import { isMapping, type Mapping } from './plain-values';

/** Checks every field of `obj` (already known to be a mapping) as an `type`, recursing along the table. */
export function checkFields(obj: Mapping, type: ObjectType, path: string, findings: Findings): void {
  const schema = KNOWN_FIELDS[type];
  for (const key of Object.keys(obj)) {
    const fieldPath = joinPath(path, key);
    const fieldType = Object.prototype.hasOwnProperty.call(schema.fields, key) ? schema.fields[key] : undefined;
    if (!fieldType) {
      // Suggestions cost an edit distance per known field; past the diagnostics cap they would not be shown anyway.
      const suggestion = findings.length < MAX_DIAGNOSTICS ? didYouMean(key, Object.keys(schema.fields)) : null;
      report(findings, 'warning', messages.unknownField(key, schema.label, suggestion), fieldPath);
      continue;
    }
    checkValue(obj[key], fieldType, key, fieldPath, findings);
  }
}

function checkValue(value: unknown, type: FieldType, key: string, path: string, findings: Findings): void {
  // `field: null` (or `field:` with nothing after it) means "not set" to the API server.
  if (value === null || value === undefined) return;
  const wrong = (expected: string) => report(findings, 'error', messages.wrongType(key, expected, value, example(key, type, value)), path);
  if (typeof type === 'object') {
    if ('object' in type) {
      if (!isMapping(value)) return wrong('a mapping');
      checkFields(value, type.object, path, findings);
      return;
    }
    if (!Array.isArray(value)) return wrong('a list');
    const limit = type.listOf === 'Container' ? MAX_CONTAINERS_PER_LIST : MAX_LIST_ENTRIES;
    const n = Math.min(value.length, limit);
    for (let i = 0; i < n; i++) {
      const entry: unknown = value[i];
      if (isMapping(entry)) checkFields(entry, type.listOf, `${path}[${i}]`, findings);
      else report(findings, 'error', messages.entryNotMapping(key), `${path}[${i}]`);
    }
    return;
  }
  switch (type) {
    case 'string':
      if (typeof value !== 'string') wrong('a string');
      return;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) wrong('a whole number');
      return;
    case 'boolean':
      if (typeof value !== 'boolean') wrong('`true` or `false`');
      return;
    case 'int-or-string':
      if (typeof value !== 'string' && !(typeof value === 'number' && Number.isInteger(value))) wrong('a port number or name');
      return;
    case 'quantity':
      if (typeof value !== 'string' && typeof value !== 'number') wrong('a quantity such as `500m` or `1Gi`');
      return;
    case 'mapping':
      if (!isMapping(value)) wrong('a mapping');
      return;
    case 'list':
      if (!Array.isArray(value)) wrong('a list');
      return;
    case 'string-list':
      if (!Array.isArray(value)) return wrong('a list of strings');
      value.slice(0, MAX_LIST_ENTRIES).forEach((item: unknown, i) => {
        if (typeof item !== 'string') {
          report(findings, 'error', messages.wrongType(`${key}[${i}]`, 'a string', item, `"${quotable(item)}"`), `${path}[${i}]`);
        }
      });
      return;
    case 'string-map':
    case 'quantity-map': {
      if (!isMapping(value)) return wrong('a mapping');
      for (const k of Object.keys(value)) {
        const v = value[k];
        const ok = typeof v === 'string' || (type === 'quantity-map' && typeof v === 'number');
        if (!ok) reportKey(findings, 'error', messages.wrongType(k, 'a string', v, `${k}: "${quotable(v)}"`), path, k);
      }
      return;
    }
    default:
      assertNever(type);
  }
}

/**
 * A scalar as the text to quote in an example; a mapping or a list has no such text (and String() of a mapping with
 * a `toString` key, which YAML allows, throws), so the example says what to write instead.
 */
function quotable(value: unknown): string {
  return typeof value === 'object' && value !== null ? 'some text' : String(value);
}

/** How the field could be written instead, from what was written: `containerPort: "80"` → `containerPort: 80`. */
function example(key: string, type: FieldType, got: unknown): string {
  if (typeof type === 'object') return 'object' in type ? `${key}: {…}` : `${key}: [ … ]`;
  switch (type) {
    case 'integer':
    case 'int-or-string':
      return typeof got === 'string' && /^\s*\d+\s*$/.test(got) ? `${key}: ${got.trim()}` : `${key}: 8080`;
    case 'string':
      return typeof got === 'number' || typeof got === 'boolean' ? `${key}: "${String(got)}"` : `${key}: some-text`;
    case 'string-list':
      return typeof got === 'string' ? `${key}: [${JSON.stringify(got)}]` : `${key}: ["sh", "-c", "echo hello"]`;
    case 'boolean':
      return got === 'false' || got === 'no' ? `${key}: false` : `${key}: true`;
    case 'quantity':
      return `${key}: 500m`;
    case 'mapping':
    case 'string-map':
    case 'quantity-map':
      return `${key}: {…}`;
    case 'list':
      return `${key}: [ … ]`;
    default:
      return assertNever(type);
  }
}
