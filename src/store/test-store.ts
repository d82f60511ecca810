// Stores for Node tests: the model runs in-process, so every answer is in the store before the action returns.
import { ARTICLE_POD_YAML } from '../core/examples/article-pod';
import { inProcessAnalysis } from './analysis/in-process-analysis';
import { createPodscopeStore } from './podscope-store';
import { loadLinkCodec } from './link-codec';
import { createStoreFromFragment } from './url-state';

// As on the page once it has painted: links are compressed (`z=`) and compressed links read.
await loadLinkCodec();

export const testStore = (text: string = ARTICLE_POD_YAML) => createPodscopeStore(inProcessAnalysis(), text);
export const testStoreFromFragment = (fragment: string) => createStoreFromFragment(fragment, inProcessAnalysis());
