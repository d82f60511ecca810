// The page without fflate at first: links it makes are plain until fflate has loaded, and the link it was opened
// with is read all the same, unpacked by the platform, or by fflate where the platform fails. Each test gets fresh
// modules, as each page load does.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ARTICLE_POD_YAML } from '../core/examples/article-pod';
import { bytesToBase64url } from '../core/share/base64url';
import { decodeFragment, encodeFragment } from '../core/share/fragment';

const POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: linked}\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n';
const Z_LINK = `#${encodeFragment({ text: POD, t: 4 }, { compress: true })}`;

async function freshPage() {
  vi.resetModules();
  const codec = await import('./link-codec');
  const state = await import('./url-state');
  const { createPodscopeStore } = await import('./podscope-store');
  const { inProcessAnalysis } = await import('./analysis/in-process-analysis');
  return { ...codec, ...state, store: () => createPodscopeStore(inProcessAnalysis()) };
}

beforeEach(() => vi.resetModules());

describe('link compressor, loaded on demand', () => {
  it('makes plain links until it has loaded, compressed ones after', async () => {
    const page = await freshPage();
    const s = page.store().getState();
    expect(page.linkDeflater()).toBeNull();
    expect(page.fragmentOf(s)).toMatch(/^yaml=/);
    expect(decodeFragment(page.fragmentOf(s)).state.text).toBe(ARTICLE_POD_YAML);
    expect(await page.loadLinkCodec()).toBe(true);
    expect(page.fragmentOf(s)).toMatch(/^z=/);
    expect(decodeFragment(page.fragmentOf(s)).state.text).toBe(ARTICLE_POD_YAML);
  });

  it('reads the link the page opened with once prepared, without loading fflate', async () => {
    const page = await freshPage();
    expect(page.linkReadable(Z_LINK)).toBe(false);
    await page.prepareToRead(Z_LINK);
    expect(page.linkReadable(Z_LINK)).toBe(true);
    expect(page.linkDeflater()).toBeNull(); // the platform unpacked it
    expect(page.readFragment(Z_LINK)).toEqual(decodeFragment(Z_LINK));
    const { store, link } = page.createStoreFromFragment(Z_LINK, (await import('./analysis/in-process-analysis')).inProcessAnalysis());
    expect(link.problems).toEqual([]);
    expect(store.getState().specText).toBe(POD);
    expect(store.getState().cursor).toBe(4);
  });

  it.each([
    ['damaged', `#z=${bytesToBase64url(new Uint8Array([0xff, 0xff, 0xff, 0x00, 0x12]))}`],
    ['empty', '#z=&t=2'],
  ])('lets fflate decide a %s link the platform cannot unpack, so it reads as it always did', async (_, link) => {
    const page = await freshPage();
    await page.prepareToRead(link);
    expect(page.linkDeflater()).not.toBeNull();
    expect(page.readFragment(link)).toEqual(decodeFragment(link));
  });

  it('says what happened when nothing can unpack a compressed link', async () => {
    const page = await freshPage();
    expect(page.readFragment(Z_LINK).problems.join()).toMatch(/could not load the code that unpacks it/);
  });
});
