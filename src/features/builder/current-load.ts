// What the form reads: the whole pod of the text in the store now, read here. The store's analysis comes from a
// Worker, may be of an older text for a moment (two quick form edits in a row), and leaves out what no other view
// shows (environment variables). The form is loaded on demand, so loadPod here never weighs on the first paint.
import { loadPod, type LoadResult } from '../../core/index';
import { memoizeLast } from '../../store/memoize-last';
import type { PodscopeState } from '../../store/podscope-store';

const loadOf = memoizeLast(loadPod);

export function currentLoad(s: PodscopeState): LoadResult {
  return loadOf(s.specText);
}
