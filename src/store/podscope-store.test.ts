// The store driven as the views drive it: a fresh vanilla store per test.
import { describe, expect, it } from 'vitest';
import { ARTICLE_POD_YAML } from '../core/examples/article-pod';
import { testStore } from './test-store';
import { selectEventsUpToCursor, selectLoad, selectPod, selectSnapshot, selectStale, selectTimeline } from './selectors';

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

describe('podscope store', () => {
  it('starts on the article pod, with its metadata warning, at time 0', () => {
    const store = testStore();
    const s = store.getState();
    expect(s.specText).toBe(ARTICLE_POD_YAML);
    expect(selectLoad(s).diagnostics.some((d) => d.line === 3 && d.severity === 'warning')).toBe(true);
    expect(selectPod(s).initContainers.map((c) => c.name)).toEqual(['init-myservice']);
    expect(s.cursor).toBe(0);
  });

  it('steps forward event by event and back again', () => {
    const store = testStore();
    const { stepForward, stepBack } = store.getState();
    stepForward();
    const first = store.getState().cursor;
    stepForward();
    const second = store.getState().cursor;
    expect(second).toBeGreaterThan(first);
    expect(selectEventsUpToCursor(store.getState()).every((e) => e.t <= second)).toBe(true);
    stepBack();
    expect(store.getState().cursor).toBe(first);
  });

  it('reaches Running for the article pod once the init container has completed', () => {
    const store = testStore();
    const statuses = new Set<string>();
    for (let i = 0; i < 40 && store.getState().cursor < selectTimeline(store.getState()).end; i++) {
      statuses.add(selectSnapshot(store.getState()).kubectl.status);
      store.getState().stepForward();
    }
    expect([...statuses]).toContain('Init:0/1');
    expect([...statuses]).toContain('Running');
  });

  it('keeps the last good pod, marked stale, while the text is broken, and the text as typed', () => {
    const store = testStore(TWO_APPS);
    const broken = TWO_APPS.replace('- name: logger', '- name: Logger_!');
    store.getState().loadText(broken);
    const s = store.getState();
    expect(s.specText).toBe(broken);
    expect(selectStale(s)).toBe(true);
    expect(selectPod(s).containers.map((c) => c.name)).toEqual(['web', 'logger']);
    store.getState().loadText(TWO_APPS.replace('logger', 'shipper'));
    expect(selectStale(store.getState())).toBe(false);
    expect(selectPod(store.getState()).containers.map((c) => c.name)).toEqual(['web', 'shipper']);
  });

  it('records "crash now" as a scenario action at the cursor, so the timeline is recomputed', () => {
    const store = testStore(TWO_APPS);
    store.getState().seek(30);
    store.getState().crashContainer('logger', 2);
    expect(store.getState().scenario.actions).toEqual([{ container: 'logger', exitCode: 2, at: 30 }]);
    const events = selectTimeline(store.getState()).events;
    expect(events.some((e) => e.container === 'logger' && e.t >= 30 && /code 2/.test(e.message))).toBe(true);
  });

  it('returns the same derived objects for the same state (stable selectors)', () => {
    const store = testStore();
    const s = store.getState();
    expect(selectTimeline(s)).toBe(selectTimeline(s));
    expect(selectSnapshot(s)).toBe(selectSnapshot(s));
  });

  it('plays, jumping over the quiet hour of `sleep 3600`, and stops at the end', () => {
    const store = testStore();
    store.getState().play();
    let jumped = false;
    for (let i = 0; i < 10_000 && store.getState().playing; i++) {
      store.getState().tick(1 / 60);
      if (store.getState().skipped) jumped = true;
    }
    expect(jumped).toBe(true);
    expect(store.getState().playing).toBe(false);
    expect(store.getState().cursor).toBe(selectTimeline(store.getState()).end);
  });
});

describe('events up to the cursor', () => {
  it('is the same list while the cursor moves between two events, and grows at the next one', () => {
    const store = testStore();
    store.getState().stepForward();
    const atEvent = selectEventsUpToCursor(store.getState());
    store.getState().seek(store.getState().cursor + 0.01);
    expect(selectEventsUpToCursor(store.getState())).toBe(atEvent);
    store.getState().stepForward();
    expect(selectEventsUpToCursor(store.getState()).length).toBeGreaterThan(atEvent.length);
  });
});
