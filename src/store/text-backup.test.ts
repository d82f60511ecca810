// The spec text kept across reloads: restored when the link carries no pod, kept while it changes (debounced),
// never more than the cap, and a full or blocked storage is a reason shown in words, not an exception.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ARTICLE_POD_YAML } from '../core/examples/article-pod';
import { encodeText } from '../core/share/fragment';
import { testStoreFromFragment } from './test-store';
import { BACKUP_KEY, MAX_BACKUP_CHARS, startTextBackup, textBackupStatus, type BackupStorage } from './text-backup';

const MY_POD = `apiVersion: v1
kind: Pod
metadata: {name: mine}
spec:
  containers:
  - name: web
    image: nginx:1.27
`;

/** localStorage as a Map, with a switch to make writes fail as a full browser storage does. */
function fakeStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  let failWith: Error | null = null;
  const storage: BackupStorage & { writes: number; failWith(error: Error | null): void; items: Map<string, string> } = {
    items,
    writes: 0,
    getItem: (key) => items.get(key) ?? null,
    setItem(key, value) {
      if (failWith) throw failWith;
      storage.writes++;
      items.set(key, value);
    },
    removeItem: (key) => void items.delete(key),
    failWith(error) {
      failWith = error;
    },
  };
  return storage;
}

function start(storage: BackupStorage | null, fragment = '', isEmbed = () => false) {
  // As on the page: the store is made from the link first (use-podscope.ts), then the backup starts.
  const store = testStoreFromFragment(fragment).store;
  const events = new EventTarget();
  const stop = startTextBackup(store, { storage, fragment, isEmbed, events });
  return { store, stop, events };
}

beforeEach(() => {
  vi.useFakeTimers();
  textBackupStatus.setState({ problem: null });
});
afterEach(() => vi.useRealTimers());

describe('text backup: at start', () => {
  it('brings back the last text when the link carries no pod', () => {
    const { store } = start(fakeStorage({ [BACKUP_KEY]: MY_POD }), '#present');
    expect(store.getState().specText).toBe(MY_POD);
  });

  it('lets a link with a pod win over the backup', () => {
    const linked = MY_POD.replace('mine', 'linked');
    const { store } = start(fakeStorage({ [BACKUP_KEY]: MY_POD }), `#${encodeText(linked, true)}`);
    expect(store.getState().specText).toBe(linked);
  });

  it('keeps the example pod when a link tried to carry a pod and was damaged ("Showing the example pod instead")', () => {
    const { store } = start(fakeStorage({ [BACKUP_KEY]: MY_POD }), '#yaml=***');
    expect(store.getState().specText).toBe(ARTICLE_POD_YAML);
  });

  it('keeps the example pod when there is neither link nor backup, and then writes nothing', () => {
    const storage = fakeStorage();
    const { store } = start(storage);
    vi.runAllTimers();
    expect(store.getState().specText).toBe(ARTICLE_POD_YAML);
    expect(storage.writes).toBe(0);
  });

  it('ignores a stored value over the cap', () => {
    const { store } = start(fakeStorage({ [BACKUP_KEY]: 'x'.repeat(MAX_BACKUP_CHARS + 1) }));
    expect(store.getState().specText).toBe(ARTICLE_POD_YAML);
  });

  it('starts, without a backup, where the browser gives no storage or reading it throws', () => {
    expect(start(null).store.getState().specText).toBe(ARTICLE_POD_YAML);
    const throwing = { ...fakeStorage(), getItem: () => { throw new DOMException('blocked', 'SecurityError'); } };
    expect(start(throwing).store.getState().specText).toBe(ARTICLE_POD_YAML);
  });
});

describe('text backup: while editing', () => {
  it('writes once typing pauses, not on every keystroke', () => {
    const storage = fakeStorage();
    const { store } = start(storage);
    for (const text of ['a', 'ab', 'abc', MY_POD]) store.getState().loadText(text);
    expect(storage.writes).toBe(0);
    vi.advanceTimersByTime(500);
    expect(storage.writes).toBe(1);
    expect(storage.items.get(BACKUP_KEY)).toBe(MY_POD);
  });

  it('saves the pending text at once when the page is left (a reload right after typing)', () => {
    const storage = fakeStorage();
    const { store, events } = start(storage);
    store.getState().loadText(MY_POD);
    events.dispatchEvent(new Event('pagehide'));
    expect(storage.items.get(BACKUP_KEY)).toBe(MY_POD);
  });

  it('does not keep a text over the cap, drops the older one and says why', () => {
    const storage = fakeStorage({ [BACKUP_KEY]: MY_POD });
    const { store } = start(storage, '#yaml=' + 'a'.repeat(8)); // a link, so the old backup is not restored
    store.getState().loadText('# big\n'.repeat(Math.ceil((MAX_BACKUP_CHARS + 1) / 6)));
    vi.runAllTimers();
    expect(storage.items.has(BACKUP_KEY)).toBe(false);
    expect(textBackupStatus.getState().problem).toMatch(/over the 2\.0 M .* a reload will not bring it back/);
    store.getState().loadText(MY_POD);
    vi.runAllTimers();
    expect(storage.items.get(BACKUP_KEY)).toBe(MY_POD);
    expect(textBackupStatus.getState().problem).toBeNull();
  });

  it('catches a full storage (QuotaExceededError) and says so, then recovers once there is room', () => {
    const storage = fakeStorage();
    const { store } = start(storage);
    storage.failWith(new DOMException('full', 'QuotaExceededError'));
    expect(() => {
      store.getState().loadText(MY_POD);
      vi.runAllTimers();
    }).not.toThrow();
    expect(textBackupStatus.getState().problem).toMatch(/storage for Podscope is full/);
    storage.failWith(null);
    store.getState().loadText(`${MY_POD}# edited\n`);
    vi.runAllTimers();
    expect(storage.items.get(BACKUP_KEY)).toBe(`${MY_POD}# edited\n`);
    expect(textBackupStatus.getState().problem).toBeNull();
  });

  it('neither reads nor writes in the embed', () => {
    const storage = fakeStorage({ [BACKUP_KEY]: MY_POD });
    const { store } = start(storage, '#embed');
    expect(store.getState().specText).toBe(ARTICLE_POD_YAML);
    store.getState().loadText('edited by the host page');
    vi.runAllTimers();
    expect(storage.items.get(BACKUP_KEY)).toBe(MY_POD);
    expect(storage.writes).toBe(0);
  });

  it('stops writing when the page turns into the embed view later', () => {
    const storage = fakeStorage();
    let embed = false;
    const { store } = start(storage, '', () => embed);
    embed = true;
    store.getState().loadText(MY_POD);
    vi.runAllTimers();
    expect(storage.writes).toBe(0);
  });

  it('stops when asked, saving what was pending', () => {
    const storage = fakeStorage();
    const { store, stop } = start(storage);
    store.getState().loadText(MY_POD);
    stop();
    store.getState().loadText('after stop');
    vi.runAllTimers();
    expect(storage.items.get(BACKUP_KEY)).toBe(MY_POD);
  });
});
