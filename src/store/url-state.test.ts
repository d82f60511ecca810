// A store made from a link has the link's text, scenario and time; a link made from a store restores it exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTICLE_POD_YAML } from '../core/examples/article-pod';
import { bytesToBase64url, textToBytes } from '../core/share/base64url';
import { testStore, testStoreFromFragment } from './test-store';
import { selectTimeline } from './selectors';
import { fragmentOf, sharedStateOf } from './url-state';

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
});
