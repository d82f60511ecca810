// parsePreset reports what is wrong with a preset file instead of throwing, and reads a good one.
import { describe, expect, it } from 'vitest';
import { parsePreset } from './parse-preset';
import { readAction } from './read-scenario';

const POD = `  apiVersion: v1
  kind: Pod
  metadata: {name: demo}
  spec:
    containers:
    - name: app
      image: busybox:1.36
      command: ['sh', '-c', 'sleep 3600']
`;

function presetText(overrides: Record<string, string> = {}): string {
  const fields: Record<string, string> = {
    id: 'demo',
    title: 'Demo',
    section: 'share',
    summary: 'A demo.',
    scenario: '\n  actions:\n  - {container: app, exitCode: 1, after: 5}',
    expect: '\n  statuses: [Running]',
    ...overrides,
  };
  const head = Object.entries(fields).filter(([, v]) => v !== '').map(([k, v]) => `${k}: ${v}`).join('\n');
  return `${head}\npod: |\n${POD}`;
}

describe('parsePreset', () => {
  it('reads a good preset', () => {
    const { preset, diagnostics } = parsePreset(presetText());
    expect(diagnostics).toEqual([]);
    expect(preset).toMatchObject({ id: 'demo', section: 'share', scenario: { actions: [{ container: 'app', exitCode: 1, after: 5 }] } });
    expect(preset?.pod).toBe(POD.replace(/^ {2}/gm, ''));
  });

  it.each([
    ['an unknown key', { colour: 'blue' }, /"colour" is not a preset field/],
    ['a missing title', { title: '' }, /"title" is required/],
    ['an id that is not kebab-case', { id: 'My_Preset' }, /kebab-case/],
    ['an unknown section', { section: 'networking' }, /"section" must be one of/],
    ['no expectation', { expect: '' }, /"expect" is required/],
    ['an unknown expectation', { expect: '\n  colour: red' }, /not an expectation/],
    ['an action of no known shape', { scenario: '\n  actions:\n  - {container: app, explode: true}' }, /An action needs exitCode/],
    ['an action with a stray key', { scenario: '\n  actions:\n  - {container: app, exitCode: 1, after: 5, when: 3}' }, /"when" is not a field of an exit/],
    ['an exit with both after and at', { scenario: '\n  actions:\n  - {container: app, exitCode: 1, after: 5, at: 3}' }, /exactly one of "after"/],
    ['an unknown probe', { scenario: '\n  actions:\n  - {container: app, probe: health, failFrom: 3}' }, /startup, readiness or liveness/],
    ['a container the pod does not have', { scenario: '\n  actions:\n  - {container: web, exitCode: 1, after: 5}' }, /no container named "web"/],
    ['a probe the container does not have', { scenario: '\n  actions:\n  - {container: app, probe: readiness, failFrom: 3}' }, /has no readinessProbe/],
    ['a focus on no container', { focus: 'web' }, /"focus" names web/],
  ])('reports %s', (_what, overrides, message) => {
    const { preset, diagnostics } = parsePreset(presetText(overrides));
    expect(diagnostics.map((d) => d.message).join('\n')).toMatch(message);
    expect(preset).toBeUndefined();
  });

  it('reports a pod spec that does not load, at its line in the preset file', () => {
    const text = presetText().replace("- name: app", '- name: App_1');
    const { preset, diagnostics } = parsePreset(text);
    expect(preset).toBeUndefined();
    const problem = diagnostics.find((d) => /pod spec does not load/.test(d.message));
    expect(problem?.line).toBe(text.split('\n').findIndex((l) => l.includes('App_1')) + 1);
  });

  it('reports text that is not YAML, or not a mapping, without throwing', () => {
    expect(parsePreset('id: [unclosed').diagnostics[0]?.message).toMatch(/not valid YAML/);
    expect(parsePreset('- a list').diagnostics[0]?.message).toMatch(/A preset is a mapping/);
    expect(parsePreset('').preset).toBeUndefined();
  });
});

describe('readAction', () => {
  it.each([
    [{ deletePod: true, at: 30 }],
    [{ container: 'a', probe: 'readiness', failFrom: 3, failUntil: 9 }],
    [{ container: 'a', oomKilled: true, after: 4, run: 2 }],
    [{ container: 'a', exitCode: 0, at: 12 }],
  ])('accepts %j', (action) => {
    expect(readAction(action, 'a')).toEqual({ action, diagnostics: [] });
  });

  it('names the missing field', () => {
    expect(readAction({ deletePod: true }, 'x').diagnostics[0]?.message).toBe('A pod deletion needs "at".');
  });
});

describe('groupPresets', () => {
  it("groups by the article's sections in reading order, then by order and title", async () => {
    const { groupPresets } = await import('./preset-groups');
    const make = (id: string, section: 'share' | 'init' | 'article', order?: number) =>
      ({ id, title: id, summary: '', section, scenario: { actions: [] }, expect: {}, pod: '', ...(order === undefined ? {} : { order }) });
    const groups = groupPresets([make('z', 'init'), make('b', 'init', 2), make('a', 'init', 1), make('s', 'share'), make('art', 'article')]);
    expect(groups.map((g) => [g.section, g.presets.map((p) => p.id)])).toEqual([['article', ['art']], ['share', ['s']], ['init', ['a', 'b', 'z']]]);
  });
});
