// Broken and hostile input: loadPod never throws, never hangs, and says what it refused.
import { describe, expect, it } from 'vitest';
import { MAX_CONTAINERS_PER_LIST, MAX_DIAGNOSTICS, MAX_TEXT_CHARS, MAX_YAML_LIST_ITEMS } from './limits';
import { loadPod } from './load-pod';
import { errors } from './test-pods';

describe('broken input', () => {
  it.each([
    ['empty text', ''],
    ['only whitespace', '  \n\n\t \n'],
    ['only a comment', '# nothing here\n'],
  ])('%s: no pod, one error at 1:1 (or the comment)', (_, text) => {
    const result = loadPod(text);
    expect(result.pod).toBeNull();
    expect(errors(result)).toHaveLength(1);
    expect(errors(result)[0]).toMatchObject({ line: 1, column: 1 });
  });

  it('binary garbage: an error, no throw', () => {
    let garbage = '';
    for (let i = 0; i < 4096; i++) garbage += String.fromCharCode((i * 7919) % 256);
    const result = loadPod(garbage);
    expect(result.pod).toBeNull();
    expect(errors(result)[0]?.message).toContain('binary');
  });

  it('a plain scalar document is not a pod', () => {
    const result = loadPod('hello world');
    expect(result.pod).toBeNull();
    expect(errors(result)[0]?.message).toContain('No pod template found');
  });

  it('a Service: "no pod template found", listing the kinds accepted', () => {
    const result = loadPod('apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  ports: [{port: 80}]\n');
    const [error] = errors(result);
    expect(result.pod).toBeNull();
    expect(error?.message).toContain('No pod template found (found Service "web")');
    for (const kind of ['Pod', 'Deployment', 'StatefulSet', 'CronJob', 'PodTemplate']) expect(error?.message).toContain(`\`${kind}\``);
    expect(error?.message).toContain('`kind: List`');
  });

  it('a non-string argument does not throw', () => {
    expect(() => loadPod(undefined as unknown as string)).not.toThrow();
    expect(loadPod(42 as unknown as string).pod).toBeNull();
  });
});

describe('hostile input', () => {
  it('a "billion laughs" alias bomb is refused with an error at the alias that crosses the limit', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const text = `${levels.join('\n')}\nkind: Pod\nspec: {containers: [{name: a, image: b, command: *i}]}\n`;
    const started = performance.now();
    const result = loadPod(text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.pod).toBeNull();
    const bomb = errors(result).find((d) => d.message.includes('billion laughs'));
    expect(bomb?.line).toBeGreaterThan(1);
    expect(bomb?.line).toBeLessThanOrEqual(9);
  });

  it('a few aliases, as real manifests use them, are fine', () => {
    const text = 'kind: Pod\nspec:\n  containers:\n  - &base {name: a, image: busybox, command: [sleep, "1"]}\n  - {name: b, image: busybox}\n';
    const result = loadPod(text);
    expect(result.pod?.containers.map((c) => c.name)).toEqual(['a', 'b']);
  });

  it('merge keys (<<) work, and written keys win', () => {
    const text = 'x-base: &base {image: busybox:1.36, command: [sleep, "60"]}\nkind: Pod\nspec:\n  containers:\n  - <<: *base\n    name: a\n    image: busybox:1.37\n';
    expect(loadPod(text).pod?.containers[0]).toMatchObject({ name: 'a', image: 'busybox:1.37', command: ['sleep', '60'] });
  });

  it('a recursive alias is an error, not a cycle', () => {
    const result = loadPod('kind: Pod\nspec: &s\n  self: *s\n  containers: [{name: a, image: b}]\n');
    expect(errors(result).some((d) => d.message.includes('inside its own anchor'))).toBe(true);
    expect(result.pod?.containers).toHaveLength(1);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('a `%s` key is reported, ignored, and pollutes nothing', (key) => {
    const text = `kind: Pod\n${key}: {polluted: yes}\nmetadata:\n  ${key}: {polluted: yes}\n  labels: {${key}: x}\nspec:\n  containers:\n  - name: a\n    image: b\n    ${key}: {polluted: yes}\n`;
    const result = loadPod(text);
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.pod?.labels)).toBe(Object.prototype);
    expect(Object.keys(result.pod?.labels ?? {})).toEqual([]);
    const reported = result.diagnostics.filter((d) => d.message.includes(`\`${key}\``));
    expect(reported.map((d) => d.line)).toEqual([2, 4, 5, 10]);
    expect(result.pod?.containers[0]?.name).toBe('a');
  });

  it('a mapping with a `toString` key where a string belongs is a diagnostic, not a crash (found by fuzzing)', () => {
    const text = "kind: Pod\nmetadata:\n  annotations:\n    podscope.io/roles:\n      toString: ''\n  labels:\n    app: [{toString: ''}]\nspec:\n  containers:\n  - name: a\n    image: b\n    args: [{toString: 1}]\n";
    const result = loadPod(text);
    expect(result.pod?.containers[0]?.name).toBe('a');
    expect(errors(result).map((d) => `${d.line}: ${d.message}`)).toEqual([
      '4: `podscope.io/roles` must be a string, not a mapping. Write it like `podscope.io/roles: "some text"`.',
      '7: `app` must be a string, not a list. Write it like `app: "some text"`.',
      '12: `args[0]` must be a string, not a mapping. Write it like `"some text"`.',
    ]);
  });

  it.each([
    ['flow', '['.repeat(5000) + ']'.repeat(5000)],
    ['block', Array.from({ length: 5000 }, () => '-').join(' ') + ' x'],
    ['mapping', Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i % 2000)}k${i}:`).join('\n')],
  ])('5,000 levels of %s nesting: an error, no stack overflow', (_, text) => {
    const result = loadPod(text);
    expect(result.pod).toBeNull();
    expect(errors(result)).toHaveLength(1);
  });

  it('text over the size cap is refused before parsing', () => {
    const result = loadPod(`# ${'x'.repeat(MAX_TEXT_CHARS)}\n`);
    expect(result.pod).toBeNull();
    expect(errors(result)[0]?.message).toContain('KiB');
  });

  it(`more than ${MAX_CONTAINERS_PER_LIST} containers: the first ones are read and the drop is reported`, () => {
    const n = MAX_CONTAINERS_PER_LIST + 10;
    const lines = ['kind: Pod', 'spec:', '  containers:'];
    for (let i = 0; i < n; i++) lines.push(`  - {name: c-${i}, image: busybox}`);
    const result = loadPod(lines.join('\n'));
    expect(result.pod?.containers).toHaveLength(MAX_CONTAINERS_PER_LIST);
    const [warning] = result.diagnostics.filter((d) => d.message.includes(`${n.toLocaleString('en')} entries`));
    expect(warning).toMatchObject({ severity: 'warning', line: 3, column: 3 });
  });

  // No time is asserted (timings belong to `npm run bench`); the generous timeout only covers a busy CI machine.
  it('a 5 MiB spec with thousands of containers loads, the first 5,000 read', () => {
    const entry = (i: number) =>
      `  - name: worker-${i}\n    image: registry.example.com/worker:1.${i % 50}\n    command: ['sh', '-c', 'sleep 3600']\n` +
      `    ports:\n    - containerPort: ${1024 + (i % 60_000)}\n    env:\n    - name: INDEX\n      value: "${i}"\n`;
    const parts = ['kind: Pod\nmetadata: {name: big}\nspec:\n  containers:\n'];
    let size = parts[0]?.length ?? 0;
    let n = 0;
    while (size < 5 * 1024 * 1024) {
      const e = entry(n++);
      parts.push(e);
      size += e.length;
    }
    const result = loadPod(parts.join(''));
    expect(n).toBeGreaterThan(MAX_CONTAINERS_PER_LIST);
    expect(result.pod?.containers).toHaveLength(MAX_CONTAINERS_PER_LIST);
    expect(result.pod?.containers.at(-1)?.position).toEqual({ line: 4 + 8 * (MAX_CONTAINERS_PER_LIST - 1) + 1, column: 3 });
  }, 30_000);

  // Found reading messages.ts after fuzzing found four messages like it: the list's key was quoted whole.
  it('a list too long to read, under a long key, is reported with the key cut short', () => {
    const result = loadPod(`kind: Pod\n${'k'.repeat(10_000)}: [${Array(MAX_YAML_LIST_ITEMS + 1).fill(0).join(',')}]\nspec: {containers: [{name: a, image: b}]}\n`);
    const [warning] = result.diagnostics.filter((d) => d.message.includes('entries'));
    expect(warning?.message).toContain(`${(MAX_YAML_LIST_ITEMS + 1).toLocaleString('en')} entries`);
    expect(warning?.message.length).toBeLessThan(300);
  });

  it(`at most ${MAX_DIAGNOSTICS} diagnostics, then one saying how many more`, () => {
    const lines = ['kind: Pod', 'spec:', '  containers:'];
    for (let i = 0; i < MAX_DIAGNOSTICS + 100; i++) lines.push(`  - {name: C${i}, image: busybox}`);
    const result = loadPod(lines.join('\n'));
    expect(result.diagnostics).toHaveLength(MAX_DIAGNOSTICS + 1);
    expect(result.diagnostics.at(-1)?.message).toContain('100 more problems');
  });

  it('thousands of unknown fields: reported (up to the cap) without spending long on suggestions', () => {
    const fields = Array.from({ length: 20_000 }, (_, i) => `    unknownField${i}: x`).join('\n');
    const started = performance.now();
    const result = loadPod(`kind: Pod\nspec:\n  containers:\n  - name: a\n    image: b\n${fields}\n`);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result.pod?.containers).toHaveLength(1);
    expect(result.diagnostics.at(-1)?.message).toContain(`${20_000 - MAX_DIAGNOSTICS} more problems`);
  });

  it('a key a megabyte long is reported with its name cut short', () => {
    const key = 'k'.repeat(1024 * 1024);
    const result = loadPod(`kind: Pod\nspec:\n  containers:\n  - name: a\n    image: b\n    ${key}: x\n`);
    const [warning] = result.diagnostics.filter((d) => d.severity === 'warning');
    expect(warning).toMatchObject({ line: 6, column: 5 });
    expect(warning?.message.length).toBeLessThan(300);
  });

  // Found by load-pod.fuzz.test.ts: documents were named with their whole kind and metadata.name, so ten documents
  // with 100 KiB names made a 2 MiB message.
  it('documents with 100 KiB kinds and names are named cut short, in the error and in the skipped-documents info', () => {
    const long = 'w'.repeat(100 * 1024);
    const others = Array.from({ length: 10 }, (_, i) => `kind: ${long}${i}\nmetadata: {name: ${long}${i}}`).join('\n---\n');
    const [notFound] = errors(loadPod(others));
    expect(notFound?.message).toContain('No pod template found (found wwww');
    expect(notFound?.message.length).toBeLessThan(2000);
    const skipped = loadPod(`kind: Pod\nspec: {containers: [{name: a, image: b}]}\n---\n${others}`).diagnostics.find((d) => d.message.includes('skipped'));
    expect(skipped?.message).toContain('document 2 (wwww');
    expect(skipped?.message.length).toBeLessThan(2000);
  });

  // Found by load-pod.fuzz.test.ts: js-yaml's reason for a syntax error can quote the text, here a bad tag name,
  // and the message repeated it whole.
  it('a syntax error that quotes a long piece of the text is cut short', () => {
    const [error] = errors(loadPod(`kind: Pod\nspec:\n  containers:\n  - name: a\n    image: !!|${'w'.repeat(100_000)}\n`));
    expect(error?.message).toContain('The YAML cannot be read: tag name cannot contain such characters: |www');
    expect(error?.message.length).toBeLessThan(400);
  });

  it('ten thousand documents with no pod: one error naming the first few', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `kind: ConfigMap\nmetadata: {name: c${i}}`).join('\n---\n');
    const [error, ...rest] = loadPod(text).diagnostics;
    expect(rest).toEqual([]);
    expect(error?.message).toContain('ConfigMap "c0"');
    expect(error?.message).toContain('9990 more');
  });

  it('an unknown tag is a warning, and the value is still read', () => {
    const result = loadPod('kind: Pod\nspec:\n  containers:\n  - name: a\n    image: !custom busybox\n');
    expect(result.pod?.containers[0]?.image).toBe('busybox');
    expect(result.diagnostics.some((d) => d.severity === 'warning' && d.message.includes('!custom'))).toBe(true);
  });
});
