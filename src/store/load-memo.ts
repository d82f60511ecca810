// The one memoised reading of the spec text, shared by the spec slice and the selectors.
import { loadPod } from '../core/index';
import { memoizeLast } from './memoize-last';

export const loadPodMemo = memoizeLast(loadPod);
