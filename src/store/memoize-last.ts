// Remember the last call: the same arguments (by identity) give the same object back.
// Derived state is memoised this way so that selectors return stable references (zustand v5 needs them).
/** `keyCount`: compare only the first n arguments; the rest are read by fn but do not decide whether to recompute. */
export function memoizeLast<Args extends unknown[], R>(fn: (...args: Args) => R, keyCount = Infinity): (...args: Args) => R {
  let lastArgs: Args | null = null;
  let lastResult: R;
  return (...args: Args): R => {
    if (lastArgs && sameArgs(lastArgs, args, Math.min(keyCount, args.length))) return lastResult;
    lastResult = fn(...args);
    lastArgs = args;
    return lastResult;
  };
}

/** A loop, not slice/every: selectors run for every subscriber on every playback frame, so this allocates nothing. */
function sameArgs(last: unknown[], args: unknown[], n: number): boolean {
  if (last.length !== args.length) return false;
  for (let i = 0; i < n; i++) if (!Object.is(last[i], args[i])) return false;
  return true;
}

/**
 * Remember the result for the last store state: on a playback frame every subscribed view calls the selector with
 * the same state object, so the first computes and the rest pay one comparison (no argument list is built).
 */
export function memoizePerState<S, R>(fn: (state: S) => R): (state: S) => R {
  let lastState: S | undefined;
  let lastResult: R;
  let called = false;
  return (state) => {
    if (called && state === lastState) return lastResult;
    lastResult = fn(state);
    lastState = state;
    called = true;
    return lastResult;
  };
}
