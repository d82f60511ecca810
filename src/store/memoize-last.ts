// Remember the last call: the same arguments (by identity) give the same object back.
// Derived state is memoised this way so that selectors return stable references (zustand v5 needs them).
/** `keyCount`: compare only the first n arguments; the rest are read by fn but do not decide whether to recompute. */
export function memoizeLast<Args extends unknown[], R>(fn: (...args: Args) => R, keyCount = Infinity): (...args: Args) => R {
  let lastArgs: Args | null = null;
  let lastResult: R;
  return (...args: Args): R => {
    const n = Math.min(keyCount, args.length);
    if (lastArgs && lastArgs.length === args.length && lastArgs.slice(0, n).every((a, i) => Object.is(a, args[i]))) {
      return lastResult;
    }
    lastResult = fn(...args);
    lastArgs = args;
    return lastResult;
  };
}
