// The YAML reader: values as js-yaml's core schema gives them, and where each field stands.
import { YAML11_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readYaml, type YamlDocument } from './read-yaml';
import { offsetOf } from './yaml-positions';

function documents(text: string): YamlDocument[] {
  const result = readYaml(text);
  if (result.kind !== 'parsed') throw new Error(`syntax error: ${result.reason}`);
  return result.documents;
}

describe('values', () => {
  it.each([
    'a: 1\nb: "1"\nc: 1.5\nd: true\ne: ~\nf: null\ng: 0x1F\nh: 0o17\ni: .inf\nj: yes\nk: 0644\n',
    'list: [1, two, "3", {x: y}]\nblock: |\n  line one\n  line two\nfolded: >\n  a\n  b\n',
    '{"json": {"nested": [1, 2, {"deep": true}]}, "s": "x"}',
  ])('builds the same value as js-yaml load with the YAML 1.1 schema: %j', (text) => {
    expect(documents(text)[0]?.value).toEqual(load(text, { schema: YAML11_SCHEMA }));
  });

  it.each([
    ['yes', true], ['No', false], ['on', true], ['off', false], ['0644', 420], ['"yes"', 'yes'], ['2024-01-01', '2024-01-01'],
  ])('reads %s as go-yaml v2 (YAML 1.1) does: %j', (scalar, value) => {
    expect(documents(`v: ${scalar}\n`)[0]?.value).toEqual({ v: value });
  });

  it('reads every document, empty ones as null', () => {
    expect(documents('a: 1\n---\n---\nb: 2\n').map((d) => d.value)).toEqual([{ a: 1 }, null, { b: 2 }]);
  });

  it('an explicit !!str keeps a number-looking scalar a string; !!int makes a quoted one a number', () => {
    expect(documents('a: !!str 80\nb: !!int "80"\n')[0]?.value).toEqual({ a: '80', b: 80 });
  });
});

describe('positions', () => {
  const text = 'kind: Pod\nspec:\n  containers:\n  - name: a\n    image: b\n  -\n    name: c\n  - &x {name: d}\n';
  const [doc] = documents(text);
  const at = (path: string) => offsetOf((doc as YamlDocument).positions, path);

  it.each([
    ['kind', 'kind: Pod'],
    ['spec', 'spec:'],
    ['spec.containers', 'containers:'],
    ['spec.containers[0]', '- name: a'],
    ['spec.containers[0].image', 'image: b'],
    ['spec.containers[1]', '-\n    name: c'],
    ['spec.containers[1].name', 'name: c'],
    ['spec.containers[2]', '- &x'],
    ['spec.containers[2].name', 'name: d'],
  ])('%s stands at %j', (path, fragment) => {
    expect(at(path)).toBe(text.indexOf(fragment));
  });

  it('a missing field resolves to its nearest written parent', () => {
    expect(at('spec.containers[0].ports[3].containerPort')).toBe(text.indexOf('- name: a'));
    expect(at('spec.containers[9]')).toBe(text.indexOf('containers:'));
  });

  it('a mapping with thousands of keys: lookups by key, the last duplicate winning', () => {
    const big = `${Array.from({ length: 5000 }, (_, i) => `k${i}: ${i}`).join('\n')}\nk42: again\n`;
    const [bigDoc] = documents(big);
    expect(offsetOf((bigDoc as YamlDocument).positions, 'k4999')).toBe(big.indexOf('k4999:'));
    expect(offsetOf((bigDoc as YamlDocument).positions, 'k42')).toBe(big.indexOf('k42: again'));
  });

  it('a syntax error gives the offset of js-yaml\'s mark', () => {
    const result = readYaml('a: b\n\tc: d\n');
    expect(result).toMatchObject({ kind: 'syntaxError', offset: 5 });
  });
});

describe('problems it reports instead of failing', () => {
  it('a duplicate key: the last value wins, the problem is at the second key', () => {
    const text = 'a: 1\nb: 2\na: 3\n';
    const [doc] = documents(text);
    expect(doc?.value).toEqual({ a: 3, b: 2 });
    expect(doc?.problems).toMatchObject([{ severity: 'error', offset: text.lastIndexOf('a:') }]);
  });

  it('an unknown alias is an error and reads as null', () => {
    const [doc] = documents('a: *nowhere\n');
    expect(doc?.value).toEqual({ a: null });
    expect(doc?.problems[0]?.message).toContain('*nowhere');
  });

  it('a list of more than 5,000 entries keeps the first 5,000 and says so at the list', () => {
    const text = `items: [${Array.from({ length: 6000 }, (_, i) => i).join(', ')}]\n`;
    const [doc] = documents(text);
    expect((doc?.value as { items: number[] }).items).toHaveLength(5000);
    expect(doc?.problems).toMatchObject([{ severity: 'warning', offset: 0 }]);
    expect(doc?.problems[0]?.message).toContain('6,000 entries');
  });
});

describe('scalar spans', () => {
  it('records where the values of the keys asked for stand, by their key, and only those', () => {
    const text = 'a:\n  roles: web=main\n  other: x\nb: {roles: "q\\tr"}\nc:\n  roles: |\n    one\n';
    const result = readYaml(text, { spanKeys: new Set(['roles']) });
    if (result.kind !== 'parsed') throw new Error('syntax error');
    const spans = [...(result.documents[0]?.scalarSpans ?? new Map()).entries()];
    expect(spans.map(([key, s]) => [text.slice(key, key + 5), text.slice(s.start, s.start + 1), s.raw, s.verbatim, text.startsWith(s.raw, s.contentStart)])).toEqual([
      ['roles', 'w', 'web=main', true, true],
      ['roles', '"', 'q\\tr', false, true],
      ['roles', ' ', '    one\n', false, true],
    ]);
    expect(documents(text)[0]?.scalarSpans).toBeUndefined();
  });
});
