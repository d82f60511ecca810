// The one place that writes the URL fragment from the store (debounced, with history.replaceState, so typing and
// playing never flood the history), and reads it again when the user edits the address bar or goes back.
// It also keeps the view the fragment names (full app, presentation, embed) and what was wrong with the link.
import { createStore } from 'zustand/vanilla';
import type { LinkView } from '../core/share/fragment';
import type { PodscopeStore } from './podscope-store';
import { linkDeflater, linkReadable, loadLinkCodec, prepareToRead } from './link-codec';
import { applySharedState, fragmentOf, readFragment } from './url-state';

export type AppView = 'app' | LinkView;

export interface LinkStatus {
  view: AppView;
  /** What could not be used from the link the page was opened with, in words; empty when all was well. */
  problems: string[];
}

const DEBOUNCE_MS = 400;
/**
 * Specs larger than this (in characters) get no link: not in the address bar (deflating them on every pause would
 * cost too much) and not from "Copy link" (a link of that size is too long to paste anywhere).
 */
export const MAX_LINKED_TEXT = 512 * 1024;

/** Whether a link can carry this pod text. */
export function linkCarries(text: string): boolean {
  return text.length <= MAX_LINKED_TEXT;
}

const hash = () => (typeof location === 'undefined' ? '' : location.hash);

function statusOf(fragment: string): LinkStatus {
  const link = readFragment(fragment);
  return { view: link.state.view ?? 'app', problems: link.problems };
}

// The link's problems are read by startUrlSync, once the page has loaded what its link needs (presets, compressor).
export const linkStatusStore = createStore<LinkStatus>()(() => ({ view: statusOf(hash()).view, problems: [] }));

export function dismissLinkProblems(): void {
  linkStatusStore.setState({ problems: [] });
}

/** The view part of the fragment for the current view; `fixedView` views (embed.html) keep none. */
function viewForLink(view: AppView): LinkView | undefined {
  return view === 'app' ? undefined : view;
}

/** Writes the fragment for the store's state now, or once the compressor has loaded (else the link would be plain). */
function writeFragment(store: PodscopeStore, push = false): void {
  if (linkDeflater()) writeFragmentNow(store, push);
  else void loadLinkCodec().then(() => writeFragmentNow(store, push));
}

function writeFragmentNow(store: PodscopeStore, push: boolean): void {
  const s = store.getState();
  const view = viewForLink(linkStatusStore.getState().view);
  const fragment = linkCarries(s.specText) ? fragmentOf(s, view) : (view ?? '');
  const url = `${location.pathname}${location.search}${fragment ? `#${fragment}` : ''}`;
  if (`#${fragment}` === location.hash || (fragment === '' && location.hash === '')) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(history.state, '', url);
}

/** Switch to a view; entering the presentation adds a history entry, so Back leaves it as Esc does. */
export function setView(store: PodscopeStore, view: AppView): void {
  const entering = view !== 'app' && linkStatusStore.getState().view === 'app';
  linkStatusStore.setState({ view });
  writeFragment(store, entering);
}

/**
 * A link to the full app at this state (for "Copy link" and "Open in Podscope"), from any page of the build. Plain
 * (`yaml=`) until the compressor has loaded: `await loadLinkCodec()` first for the short form.
 */
export function appLink(store: PodscopeStore, view?: LinkView): string {
  const base = new URL('./', location.href);
  base.hash = fragmentOf(store.getState(), view);
  return base.href;
}

/** A link to the embed entry at this state (plain until the compressor has loaded, as appLink). */
export function embedLink(store: PodscopeStore): string {
  const url = new URL('./embed.html', location.href);
  url.hash = fragmentOf(store.getState());
  return url.href;
}

/** Starts syncing; returns a function that stops it. `fixedView`: the page is one view whatever the fragment says. */
export function startUrlSync(store: PodscopeStore, fixedView?: AppView): () => void {
  // Read again now that the page has registered its presets: a `#preset=` name it does not know is a problem.
  linkStatusStore.setState({ ...statusOf(hash()), ...(fixedView ? { view: fixedView } : {}) });
  // Links made from now on are compressed; the first paint is done, so fetching the compressor delays nothing.
  void loadLinkCodec();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => writeFragment(store), DEBOUNCE_MS);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    // The cursor is written once playback stops, not on every frame.
    if (s.specText !== prev.specText || s.scenario !== prev.scenario || (!s.playing && s.cursor !== prev.cursor)) schedule();
  });
  let stopped = false;
  const onHashChange = () => {
    clearTimeout(timer);
    // A compressed link pasted before the compressor arrived is read once it can be (or is found unreadable).
    if (linkReadable(location.hash)) applyHash();
    else void prepareToRead(location.hash).then(() => stopped || applyHash());
  };
  const applyHash = () => {
    const link = readFragment(location.hash);
    const s = store.getState();
    // Back from the presentation lands on the entry made before it: same pod, older time. Keep what is on screen
    // and only switch the view; a different pod or scenario (a link pasted into the address bar) is applied.
    const samePod =
      (link.state.text === undefined || link.state.text === s.specText) &&
      JSON.stringify(link.state.scenario ?? { actions: [] }) === JSON.stringify(s.scenario);
    if (!samePod || link.problems.length > 0) applySharedState(store, link.state);
    linkStatusStore.setState({ view: fixedView ?? link.state.view ?? 'app', problems: link.problems });
    if (samePod) writeFragment(store);
  };
  window.addEventListener('hashchange', onHashChange);
  return () => {
    stopped = true;
    clearTimeout(timer);
    unsubscribe();
    window.removeEventListener('hashchange', onHashChange);
  };
}
