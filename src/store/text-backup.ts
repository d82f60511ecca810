// The last spec text kept in this browser (localStorage), so a reload or a closed tab loses nothing. Restored at
// start only when the page's link carries no pod: a link wins over the backup, and with neither the example pod
// stays. The embed never reads or writes it: an article's pod is not the reader's work.
import { createStore } from 'zustand/vanilla';
import { readFragment } from './url-state';
import { linkStatusStore } from './url-sync';
import { podscopeStore } from './use-podscope';
import type { PodscopeStore } from './podscope-store';

export const BACKUP_KEY = 'podscope:spec';
/** Typing is saved once it pauses this long (and at once when the page is left). */
const DEBOUNCE_MS = 500;
/**
 * Browsers give an origin about 5 M characters of localStorage (Chromium and Firefox count UTF-16 code units).
 * Up to 2 M is kept, leaving room for everything else the origin stores.
 */
export const MAX_BACKUP_CHARS = 2 * 1024 * 1024;

export type BackupStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface TextBackupStatus {
  /** Why the current text is not kept, in words; null while it is (or nothing needed keeping). */
  problem: string | null;
}

/** For a view that wants to say why a reload would not bring the text back. */
export const textBackupStatus = createStore<TextBackupStatus>()(() => ({ problem: null }));

export interface TextBackupOptions {
  /** null: the browser gives no storage (turned off, or a sandboxed frame). */
  storage?: BackupStorage | null;
  /** The fragment the page was opened with (location.hash). */
  fragment?: string;
  /** Whether the page is the embed view now (index.html#embed can become one after start). */
  isEmbed?: () => boolean;
  /** Where 'pagehide' is heard, to save the newest text before the page goes; null: nowhere. */
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null;
}

function browserStorage(): BackupStorage | null {
  try {
    // Reading localStorage itself throws a SecurityError where storage is blocked.
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function readBackup(storage: BackupStorage): string | null {
  try {
    const text = storage.getItem(BACKUP_KEY);
    return text !== null && text.length <= MAX_BACKUP_CHARS ? text : null;
  } catch {
    return null;
  }
}

const megaChars = (n: number) => `${(n / 1024 / 1024).toFixed(1)} M`;

/** Writes `text`; returns why it was not kept, or null. */
function writeBackup(storage: BackupStorage, text: string): string | null {
  if (text.length > MAX_BACKUP_CHARS) {
    // An older, smaller text left behind would come back on reload as if it were the newest.
    try {
      storage.removeItem(BACKUP_KEY);
    } catch {
      // Nothing kept either way.
    }
    return `The spec (${megaChars(text.length)} characters) is over the ${megaChars(MAX_BACKUP_CHARS)} this browser keeps, so a reload will not bring it back. Save it to a file.`;
  }
  try {
    storage.setItem(BACKUP_KEY, text);
    return null;
  } catch (error) {
    const full = error instanceof DOMException && error.name === 'QuotaExceededError';
    return full
      ? 'This browser\'s storage for Podscope is full, so a reload will not bring the spec back. Save it to a file.'
      : 'This browser does not let Podscope keep the spec, so a reload will not bring it back. Save it to a file.';
  }
}

/**
 * Restores the backup into `store` when the link carries no pod, then keeps the spec text backed up while it
 * changes. Returns a function that stops (and saves what is pending).
 */
export function startTextBackup(store: PodscopeStore = podscopeStore, options: TextBackupOptions = {}): () => void {
  const storage = options.storage === undefined ? browserStorage() : options.storage;
  const link = readFragment(options.fragment ?? (typeof location === 'undefined' ? '' : location.hash));
  const isEmbed = options.isEmbed ?? (() => linkStatusStore.getState().view === 'embed');
  const events = options.events === undefined ? (typeof window === 'undefined' ? null : window) : options.events;
  if (!storage || link.state.view === 'embed' || isEmbed()) return () => {};

  // A link that tried to carry a pod but could not (it says "Showing the example pod instead") also wins.
  const linkHasPod = link.state.text !== undefined || link.problems.length > 0;
  if (!linkHasPod) {
    const text = readBackup(storage);
    if (text !== null) store.getState().loadText(text);
  }

  let saved = store.getState().specText;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    const text = store.getState().specText;
    if (isEmbed()) return;
    const problem = text === saved ? null : writeBackup(storage, text);
    if (problem === null) saved = text;
    textBackupStatus.setState({ problem });
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.specText === prev.specText) return;
    clearTimeout(timer);
    timer = setTimeout(save, DEBOUNCE_MS);
  });
  const onPageHide = () => {
    if (timer !== undefined) save();
  };
  events?.addEventListener('pagehide', onPageHide);
  return () => {
    onPageHide();
    unsubscribe();
    events?.removeEventListener('pagehide', onPageHide);
  };
}
