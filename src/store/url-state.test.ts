// A store made from a link has the link's text, scenario and time; a link made from a store restores it exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTICLE_POD_YAML } from '../core/examples/article-pod';
import { bytesToBase64url, textToBytes } from '../core/share/base64url';
import { presetById } from '../presets/catalog';
import { selectActivePresetId } from './preset-slice';
import { testStore, testStoreFromFragment } from './test-store';
import { selectTimeline } from './selectors';
import { fragmentOf, registerPresetLookup, sharedStateOf } from './url-state';

// The presets a `#preset=` link may name, as the page registers them.
registerPresetLookup(presetById);

const TWO_APPS = `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
  - name: web
    image: nginx:1.27
  - name: logger
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3600']
`;

describe('url state', () => {
  it('restores text, scenario and cursor from a link made by the store', () => {
    const store = testStore(TWO_APPS);
    store.getState().seek(10);
    store.getState().crashContainer('logger', 2);
    store.getState().stepForward();
    const before = store.getState();
    for (const compress of [true, false]) {
      const { store: restored, link } = testStoreFromFragment(`#${fragmentOf(before, undefined, compress)}`);
      expect(link.problems).toEqual([]);
      const after = restored.getState();
      expect(after.specText).toBe(before.specText);
      expect(after.scenario).toEqual(before.scenario);
      expect(after.cursor).toBeCloseTo(before.cursor, 3);
      expect(selectTimeline(after).events).toEqual(selectTimeline(before).events);
    }
  });

  it('restores any cursor time within the timeline, to the millisecond', () => {
    const end = selectTimeline(testStore(TWO_APPS).getState()).end;
    fc.assert(
      fc.property(fc.double({ min: 0, max: end, noNaN: true }), (t) => {
        const store = testStore(TWO_APPS);
        store.getState().seek(t);
        const restored = testStoreFromFragment(fragmentOf(store.getState())).store.getState();
        expect(Math.abs(restored.cursor - store.getState().cursor)).toBeLessThanOrEqual(0.0005);
      }),
      { numRuns: 50 },
    );
  });

  it('carries the preset while the editor shows it, and restores it', () => {
    const store = testStore(TWO_APPS);
    store.getState().applyPreset({ id: 'two-apps', pod: TWO_APPS, scenario: { actions: [] } });
    expect(fragmentOf(store.getState())).toMatch(/&preset=two-apps/);
    const restored = testStoreFromFragment(fragmentOf(store.getState())).store.getState();
    expect(restored.presetId).toBe('two-apps');
    store.getState().loadText(TWO_APPS.replace('web}', 'site}'));
    expect(fragmentOf(store.getState())).not.toMatch(/preset=/);
  });

  it('opens a hand-written #yaml= link', () => {
    const { store } = testStoreFromFragment(`#yaml=${bytesToBase64url(textToBytes(TWO_APPS))}&t=2`);
    expect(store.getState().specText).toBe(TWO_APPS);
    expect(store.getState().cursor).toBe(2);
  });

  it('falls back to the example pod, with a message, when the link is broken', () => {
    const { store, link } = testStoreFromFragment('#z=not-deflate!!');
    expect(store.getState().specText).toBe(ARTICLE_POD_YAML);
    expect(link.problems[0]).toMatch(/example pod/);
  });

  it('starts on the example pod with no link, and leaves time 0 out of links', () => {
    const { store, link } = testStoreFromFragment('');
    expect(store.getState().specText).toBe(ARTICLE_POD_YAML);
    expect(link.problems).toEqual([]);
    expect(sharedStateOf(store.getState())).toEqual({ text: ARTICLE_POD_YAML, scenario: { actions: [] } });
    expect(fragmentOf(store.getState(), 'present')).toMatch(/^present&z=[\w-]+$/);
  });

  it('opens a #preset= link without pod text on that preset: its pod, its scenario, the link\'s time', () => {
    const preset = presetById('graceful-deletion')!;
    expect(preset.scenario.actions.length).toBeGreaterThan(0);
    const { store, link } = testStoreFromFragment('#preset=graceful-deletion&t=31');
    expect(link.problems).toEqual([]);
    const s = store.getState();
    expect(s.specText).toBe(preset.pod);
    expect(s.scenario).toEqual(preset.scenario);
    expect(s.cursor).toBe(31);
    // The Preset menu shows it, and the container it is about is selected as when chosen from the menu.
    expect(selectActivePresetId(s)).toBe('graceful-deletion');
    expect(s.selectedContainer).toBe(preset.focus);
    // Deleted at 30 s (the preset's scenario): at 31 s the pod is Terminating.
    expect(selectTimeline(s).at(31).kubectl.status).toBe('Terminating');
  });

  it('a #preset= link with its own scenario keeps that scenario over the preset\'s', () => {
    const own = { actions: [{ container: 'web', exitCode: 2, after: 4 }] };
    const scenario = bytesToBase64url(textToBytes(JSON.stringify(own)));
    const { store, link } = testStoreFromFragment(`#present&preset=graceful-deletion&scenario=${scenario}`);
    expect(link.problems).toEqual([]);
    expect(link.state.view).toBe('present');
    expect(store.getState().specText).toBe(presetById('graceful-deletion')!.pod);
    expect(store.getState().scenario).toEqual(own);
    expect(store.getState().cursor).toBe(0);
  });

  it('an unknown preset id says so politely and shows the example pod', () => {
    const { store, link } = testStoreFromFragment('#preset=no-such-preset&t=5');
    expect(store.getState().specText).toBe(ARTICLE_POD_YAML);
    expect(link.problems).toEqual([expect.stringMatching(/no preset called "no-such-preset".*example pod/)]);
    expect(selectActivePresetId(store.getState())).toBeNull();
  });
});
