// Reading the plain values read-yaml.ts builds: narrowing helpers that never throw and never read inherited keys.

export type Mapping = Record<string, unknown>;

export function isMapping(value: unknown): value is Mapping {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** An own field of a mapping (mappings from read-yaml have no prototype, but callers may pass others). */
export function field(obj: unknown, key: string): unknown {
  return isMapping(obj) && Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

export function stringField(obj: unknown, key: string): string | undefined {
  const v = field(obj, key);
  return typeof v === 'string' ? v : undefined;
}

export function intField(obj: unknown, key: string): number | undefined {
  const v = field(obj, key);
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

export function boolField(obj: unknown, key: string): boolean | undefined {
  const v = field(obj, key);
  return typeof v === 'boolean' ? v : undefined;
}

export function listField(obj: unknown, key: string): unknown[] | undefined {
  const v = field(obj, key);
  return Array.isArray(v) ? v : undefined;
}

export function stringList(obj: unknown, key: string): string[] {
  return (listField(obj, key) ?? []).filter((v): v is string => typeof v === 'string');
}

/** A mapping of strings (labels, annotations), keeping only string values, into a fresh plain object. */
export function stringMap(obj: unknown, key: string): Record<string, string> {
  const out: Record<string, string> = {};
  const m = field(obj, key);
  if (!isMapping(m)) return out;
  for (const k of Object.keys(m)) {
    const v = m[k];
    if (typeof v === 'string') Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Quantities ("500m", 1): kept as the text Kubernetes would print. */
export function quantityMap(obj: unknown, key: string): Record<string, string> {
  const out: Record<string, string> = {};
  const m = field(obj, key);
  if (!isMapping(m)) return out;
  for (const k of Object.keys(m)) {
    const v = m[k];
    if (typeof v === 'string' || typeof v === 'number') {
      Object.defineProperty(out, k, { value: String(v), enumerable: true, writable: true, configurable: true });
    }
  }
  return out;
}
