// What the form reads: the pod of the text in the store NOW. The store's analysis comes from a Worker and may still
// be of an older text for a moment (two quick form edits in a row); then the form reads the text itself. The form
// is loaded on demand, so loadPod here never weighs on the page's first paint.
import { loadPod, type LoadResult } from '../../core/index';
import { memoizeLast } from '../../store/memoize-last';
import type { PodscopeState } from '../../store/podscope-store';
import { selectLoad, selectLoadedText } from '../../store/selectors';

const loadOf = memoizeLast(loadPod);

export function currentLoad(s: PodscopeState): LoadResult {
  return selectLoadedText(s) === s.specText ? selectLoad(s) : loadOf(s.specText);
}
