// Whether the reader asked for less motion: then flows are a static highlighted path, never moving dots.
import { useSyncExternalStore } from 'react';

// One query list for every edge: matchMedia is not free, and each flow edge reads this on every render.
let query: MediaQueryList | null = null;
function reducedMotionQuery(): MediaQueryList {
  query ??= window.matchMedia('(prefers-reduced-motion: reduce)');
  return query;
}

function subscribe(onChange: () => void): () => void {
  const list = reducedMotionQuery();
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, () => reducedMotionQuery().matches, () => false);
}
