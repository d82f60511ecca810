// The React binding of the store: one app-wide store, read through narrow selectors.
import { useEffect, useLayoutEffect, useState, type DependencyList, type RefObject } from 'react';
import { useStore } from 'zustand';
import { workerAnalysis } from './analysis/worker-analysis';
import type { PodscopeState } from './podscope-store';
import { linkReadable, prepareToRead } from './link-codec';
import { createStoreFromFragment, linkNamesPreset, registerPresetLookup } from './url-state';

const fragment = typeof location === 'undefined' ? '' : location.hash;
// A link that names a preset (`#preset=sidecar-log-shipper`, maybe with no pod text) needs the preset files before the
// store can be made; they load on demand, so an embed's first paint carries them only when its link names one. A
// compressed link (`#z=`, what Copy link and Embed make) is unpacked first, by the browser (link-codec.ts).
if (linkNamesPreset(fragment) || !linkReadable(fragment)) {
  await Promise.all([
    linkNamesPreset(fragment) && import('../presets/catalog').then(({ presetById }) => registerPresetLookup(presetById)),
    prepareToRead(fragment),
  ]);
}

// The page's link decides what it opens on (DESIGN.md, "Links and embedding"); no link: the example pod.
// The pod is read and simulated in a Worker (issue 7), so a big spec never freezes the page.
const analysis = workerAnalysis();
export const podscopeStore = createStoreFromFragment(fragment, analysis).store;

/**
 * Specs up to this size (about 100 containers) are read and simulated on the page while the editor is open: the
 * canvas then follows a keystroke in the frame that draws it (analysis/worker-analysis.ts says why), and a spec
 * this size takes the model about 10 ms.
 */
export const ANALYSE_ON_PAGE_UP_TO = 40_000;

/**
 * For the editor, when it is first focused (someone is about to type or paste): from now on, small specs are analysed
 * on the page, and the page's model warms up on the pod in the editor (worker-analysis.ts, warmUpWhileIdle). Not before: the
 * model is a chunk of its own, and a page nobody types into (the embed, a reader of the article) never loads it.
 */
export function getReadyForTyping(): void {
  analysis.analyseOnPageUpTo(ANALYSE_ON_PAGE_UP_TO);
  analysis.warmUpOnPage(() => podscopeStore.getState().analysisRequest);
}

export function usePodscope<T>(selector: (s: PodscopeState) => T): T {
  return useStore(podscopeStore, selector);
}

/**
 * For what follows playback at frame rate (the time shown, the slider's thumb): writes `select(state)` into an
 * element whenever it changes, without a React render. Re-rendering those on every animation frame was most of the
 * JavaScript of a playback frame (issue 4). `select` and `write` are read when `deps` change, like an effect's.
 */
export function usePodscopeWrite<E extends Element, T>(
  ref: RefObject<E | null>,
  select: (s: PodscopeState) => T,
  write: (element: E, value: T) => void,
  deps: DependencyList,
): void {
  useLayoutEffect(() => {
    let written = false;
    let last: T;
    const apply = (s: PodscopeState) => {
      const element = ref.current;
      if (!element) return;
      const value = select(s);
      if (written && Object.is(value, last)) return;
      written = true;
      last = value;
      write(element, value);
    };
    apply(podscopeStore.getState());
    return podscopeStore.subscribe(apply);
    // The caller's deps stand for select and write (module-level or rebuilt with them).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ref, ...deps]);
}

/**
 * Like usePodscope, but a change is shown in the animation frame after the one it happened in. For what explains the
 * picture (the narration, the events log): the frame in which the pod changes redraws the canvas and the status,
 * the words follow about 16 ms later, so no playback frame does both (issue 4: JavaScript per frame). `select` must
 * be stable (module level).
 */
export function usePodscopeNextFrame<T>(select: (s: PodscopeState) => T): T {
  const [shown, setShown] = useState(() => select(podscopeStore.getState()));
  useEffect(() => {
    let frame = 0;
    let last = select(podscopeStore.getState());
    const show = () => {
      frame = 0;
      setShown(() => last);
    };
    show();
    const unsubscribe = podscopeStore.subscribe((s) => {
      const value = select(s);
      if (Object.is(value, last)) return;
      last = value;
      if (frame === 0) frame = requestAnimationFrame(show);
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [select]);
  return shown;
}
