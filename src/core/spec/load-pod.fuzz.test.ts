// Fuzzes loadPod (issue 7, "Never freeze, never break") with three kinds of text: the presets' and the article's
// pods after random mutations (test-yaml-mutations.ts), pod-shaped documents with random and hostile values written
// as YAML or JSON, and wholly random strings. For every text these hold:
// - it returns, and reports no bug of its own (the "This is a bug in Podscope" diagnostic of a caught exception);
// - its work stays bounded, checked on what it returns rather than on the clock (tests never assert wall time):
//   at most MAX_DIAGNOSTICS + 1 diagnostics, every message under MAX_MESSAGE_CHARS (text quoted from the spec is
//   cut short), at most MAX_CONTAINERS_PER_LIST containers per list; a hang fails the test by its time-out;
// - every diagnostic has severity error, warning or info, a non-empty message, 1 ≤ line ≤ the text's lines and
//   1 ≤ column ≤ that line's length + 1 (lines split at '\n', as the editor counts them);
// - pod is null only when some diagnostic is an error;
// - nothing in the result has an own `__proto__`, `constructor` or `prototype` key or an unusual prototype, and
//   Object.prototype and Array.prototype are unchanged afterwards;
// - the same text gives the same result.
// Run counts are stated per property; PODSCOPE_FUZZ_RUNS raises them for a long run (../test-fuzz.ts).
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { check, FUZZ_TIMEOUT_MS, fuzzRuns, notPlainData } from '../test-fuzz';
import { MAX_CONTAINERS_PER_LIST, MAX_DIAGNOSTICS } from './limits';
import { loadPod } from './load-pod';
import { messages } from './messages';
import { arbMutatedSeed } from './test-yaml-mutations';

/**
 * Longest message allowed. The longest Podscope writes is "No pod template found" naming ten documents, each kind
 * and name cut to 60 characters: about 1,700 characters. Unbounded ones ran to megabytes.
 */
const MAX_MESSAGE_CHARS = 2000;
const SEVERITIES = new Set(['error', 'warning', 'info']);
const OWN_BUG = messages.unexpected('').slice(0, 30);

/** Own keys and values of the prototypes a careless copy could pollute. */
function prototypeState(): Array<[PropertyKey, unknown]> {
  return [Object.prototype, Array.prototype].flatMap((proto) =>
    Reflect.ownKeys(proto).map((key): [PropertyKey, unknown] => [key, Object.getOwnPropertyDescriptor(proto, key)?.value]));
}
const PROTOTYPES_BEFORE = prototypeState();

function checkLoad(text: string): void {
  const result = loadPod(text);
  const lines = text.split('\n');

  check(result.diagnostics.length <= MAX_DIAGNOSTICS + 1, () => `${result.diagnostics.length} diagnostics`);
  for (const d of result.diagnostics) {
    const where = () => `${d.severity} at ${d.line}:${d.column} "${String(d.message).slice(0, 200)}"`;
    check(SEVERITIES.has(d.severity), () => `severity: ${where()}`);
    check(typeof d.message === 'string' && d.message.length > 0, () => `empty message: ${where()}`);
    check(d.message.length <= MAX_MESSAGE_CHARS, () => `message of ${d.message.length} characters: ${where()}`);
    check(!d.message.startsWith(OWN_BUG), () => `loadPod caught its own exception: ${where()}`);
    check(Number.isInteger(d.line) && d.line >= 1 && d.line <= lines.length, () => `line outside the ${lines.length} lines: ${where()}`);
    const width = (lines[d.line - 1] ?? '').length;
    check(Number.isInteger(d.column) && d.column >= 1 && d.column <= width + 1, () => `column outside a line of ${width}: ${where()}`);
  }
  if (result.pod === null) check(result.diagnostics.some((d) => d.severity === 'error'), () => 'no pod, and no error to say why');
  else {
    check(result.pod.initContainers.length <= MAX_CONTAINERS_PER_LIST, () => `${result.pod?.initContainers.length} init containers`);
    check(result.pod.containers.length <= MAX_CONTAINERS_PER_LIST, () => `${result.pod?.containers.length} containers`);
  }

  const notPlain = notPlainData(result, 'result');
  check(notPlain === null, () => `${notPlain}`);
  const after = prototypeState();
  check(after.length === PROTOTYPES_BEFORE.length, () => 'a prototype gained or lost a member');
  after.forEach(([key, value], i) => {
    check(key === PROTOTYPES_BEFORE[i]?.[0] && Object.is(value, PROTOTYPES_BEFORE[i]?.[1]), () => `prototype member ${String(key)} changed`);
  });
  check(({} as Record<string, unknown>).polluted === undefined, () => 'Object.prototype.polluted is set');

  expect(loadPod(text)).toEqual(result);
}

// ---- pod-shaped documents with random values ----

/** Numbers that break careless arithmetic; YAML writes NaN and ±Infinity as .nan and ±.inf. */
const arbHostileNumber = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, -1, 0, 1e308, -1e308, 2 ** 31, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, 5e-324, 0.5),
  fc.double(),
  fc.integer(),
);
const arbLeaf = fc.oneof(arbHostileNumber, fc.string({ maxLength: 20 }), fc.boolean(), fc.constant(null), fc.constantFrom('__proto__', 'sleep 5', 'infinity'));
const arbValue = fc.oneof({ weight: 3, arbitrary: arbLeaf }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) });
/** Keys of the free-form maps (labels, annotations, resources), the unsafe ones among them. */
const arbMapKey = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'cpu'));
/** The podscope.io/roles annotation: entries naming the generated containers, near misses and junk. */
const arbRoles = fc
  .array(fc.tuple(fc.constantFrom('app', 'init', 'side', 'ghost', '', '__proto__', 'a'.repeat(70)), fc.constantFrom('main', 'sidecar', 'ambassador', 'adapter', 'init', 'boss', '')), { maxLength: 5 })
  .chain((entries) => fc.constantFrom(', ', ',', ' ,, ', '=').map((sep) => entries.map(([n, r]) => `${n}=${r}`).join(sep)));
const arbProbeSpec = fc.record(
  {
    exec: fc.record({ command: fc.oneof(fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }), arbValue) }),
    httpGet: fc.record({ port: fc.oneof(fc.integer({ min: -5, max: 70_000 }), arbValue), path: arbValue }),
    tcpSocket: fc.record({ port: arbValue }),
    sleep: fc.record({ seconds: arbHostileNumber }),
    initialDelaySeconds: arbHostileNumber,
    periodSeconds: arbHostileNumber,
    failureThreshold: arbHostileNumber,
    successThreshold: arbHostileNumber,
  },
  { requiredKeys: [] },
);
const arbContainerSpec = fc.record(
  {
    name: fc.oneof(fc.constantFrom('app', 'init', 'side', 'App', '', '__proto__', 'constructor', 'a'.repeat(70)), arbValue),
    image: fc.oneof(fc.constantFrom('busybox', 'nginx:1.27', 'envoy:v1', ''), arbValue),
    command: fc.oneof(fc.constantFrom(['sleep', '5'], ['sh', '-c', 'exit 3'], ['sleep', '1e400'], ['sleep', '9'.repeat(40)]), arbValue),
    args: arbValue,
    restartPolicy: fc.oneof(fc.constantFrom('Always', 'Never'), arbValue),
    ports: fc.oneof(fc.array(fc.record({ containerPort: arbHostileNumber, name: arbValue }, { requiredKeys: [] }), { maxLength: 3 }), arbValue),
    startupProbe: arbProbeSpec,
    readinessProbe: arbProbeSpec,
    livenessProbe: arbProbeSpec,
    lifecycle: fc.record({ postStart: arbProbeSpec, preStop: arbProbeSpec }, { requiredKeys: [] }),
    resources: fc.oneof(fc.record({ limits: fc.dictionary(arbMapKey, arbValue, { maxKeys: 3 }), requests: fc.dictionary(arbMapKey, arbValue, { maxKeys: 3 }) }), arbValue),
    extra: fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'comand', 'imagee'), arbValue, { maxKeys: 3 }),
  },
  { requiredKeys: [] },
).map(({ extra, ...fields }) => ({ ...fields, ...extra }));
const arbPodDocument = fc.record({
  apiVersion: fc.constantFrom('v1', 'apps/v1', 1),
  kind: fc.oneof(fc.constantFrom('Pod', 'pod', 'Deployment', 'List'), arbValue),
  metadata: fc.oneof(
    fc.record({ name: arbValue, labels: fc.dictionary(arbMapKey, arbValue, { maxKeys: 3 }), annotations: fc.dictionary(arbMapKey, arbValue, { maxKeys: 3 }) }, { requiredKeys: [] }),
    fc.record({ annotations: fc.record({ 'podscope.io/roles': fc.oneof(arbRoles, arbValue) }) }),
    arbValue,
  ),
  spec: fc.record(
    {
      initContainers: fc.oneof(fc.array(arbContainerSpec, { maxLength: 3 }), arbValue),
      containers: fc.oneof(fc.array(arbContainerSpec, { maxLength: 3 }), arbValue),
      restartPolicy: arbValue,
      terminationGracePeriodSeconds: arbHostileNumber,
      volumes: arbValue,
    },
    { requiredKeys: [] },
  ),
});
/** The document as YAML (block or flow style), or as JSON (which has no NaN: those become null). */
const arbPodDocumentText = fc.tuple(arbPodDocument, fc.constantFrom('block', 'flow', 'json')).map(([doc, style]) =>
  style === 'json' ? JSON.stringify(doc) : dump(doc, { flowLevel: style === 'flow' ? 0 : -1, lineWidth: -1 }));

// ---- wholly random text ----

const YAMLISH = [...'abcnkmp:- \n\r\t[]{}"\'&*!#|>%@`,?.0123456789\\<~', '\u0000', '\uFEFF', 'é', '🚀', '\u2028', '\uD800', '---', '<<', '__proto__'];
const arbRandomText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: fc.constantFrom(...YAMLISH), maxLength: 200 }),
  fc.json({ maxDepth: 3 }),
);

describe('loadPod, fuzzed', () => {
  it('mutated preset and article pods: returns, bounded, well-placed diagnostics, no pollution, deterministic', () => {
    fc.assert(fc.property(arbMutatedSeed(8), (seed) => checkLoad(seed.text)), fuzzRuns(800));
  }, FUZZ_TIMEOUT_MS);

  it('pod-shaped documents with random and hostile values, as YAML and JSON', () => {
    fc.assert(fc.property(arbPodDocumentText, checkLoad), fuzzRuns(300));
  }, FUZZ_TIMEOUT_MS);

  it('wholly random text', () => {
    fc.assert(fc.property(arbRandomText, checkLoad), fuzzRuns(1000));
  }, FUZZ_TIMEOUT_MS);
});
