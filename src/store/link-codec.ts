// The link compressor on the page (issue 7): fflate is about 4.5 KB gzipped, and the first paint needs none of it.
// - Links the page makes (the address bar, Copy link, Embed, Open in Podscope) are compressed once fflate has
//   loaded, right after the first paint (url-sync.ts starts it). Until then they are plain `yaml=`: longer, as valid.
// - The link the page was opened with, when compressed (`z=`, what Copy link and Embed make), is unpacked before the
//   first paint by the browser itself (DecompressionStream, nothing to download). Where the browser cannot, or
//   finds the link damaged, the page waits for fflate and lets it decide, as it always did.
import type { InflateResult } from '../core/share/deflate';
import { decodeFragmentWith, fragmentKeys, type Deflater, type Inflater } from '../core/share/fragment-format';
import { canInflateNatively, inflateCappedNatively } from '../core/share/inflate-stream';

let deflater: Deflater | null = null;
let inflater: Inflater | null = null;
let loading: Promise<boolean> | null = null;

/**
 * Loads fflate once; resolves false when it cannot be loaded (the network gone since the page opened): links are
 * then made plain and a `z=` link is reported as unreadable. A later call tries again.
 */
export function loadLinkCodec(): Promise<boolean> {
  loading ??= import('../core/share/deflate').then(
    ({ deflateBytes, inflateCapped }) => {
      deflater = deflateBytes;
      inflater = inflateCapped;
      return true;
    },
    () => {
      loading = null;
      return false;
    },
  );
  return loading;
}

/** The compressor for links made now, or null while it is not loaded (links are then plain). */
export const linkDeflater = (): Deflater | null => deflater;

/** A link whose pod text is compressed (`z=`). */
export function linkIsCompressed(fragment: string): boolean {
  return fragmentKeys(fragment).includes('z');
}

/** The page's own link, unpacked by the browser ahead of reading: the answers the decoder will ask for. */
let prepared: { fragment: string; inflate: Inflater } | null = null;

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);
const CORRUPT: InflateResult = { ok: false, reason: 'corrupt' };

/** Makes `fragment` readable (see the top of this file); resolves once readFragment can read it. */
export async function prepareToRead(fragment: string): Promise<void> {
  if (!linkIsCompressed(fragment) || inflaterFor(fragment)) return;
  if (canInflateNatively()) {
    // The decoder itself says which bytes it would unpack, with which ceiling; the browser unpacks them.
    const asked: Array<{ data: Uint8Array; maxBytes: number }> = [];
    decodeFragmentWith(fragment, (data, maxBytes) => {
      asked.push({ data, maxBytes });
      return CORRUPT;
    });
    const answers = await Promise.all(asked.map(({ data, maxBytes }) => inflateCappedNatively(data, maxBytes)));
    if (answers.every((a) => a.ok)) {
      prepared = { fragment, inflate: (data) => answers[asked.findIndex((a) => sameBytes(a.data, data))] ?? CORRUPT };
      return;
    }
  }
  await loadLinkCodec();
}

/** What unpacks `fragment`'s pod text: the answers prepared for it, else fflate once loaded, else nothing yet. */
export function inflaterFor(fragment: string): Inflater | null {
  return prepared?.fragment === fragment ? prepared.inflate : inflater;
}

/** Whether readFragment can read `fragment` now, or must wait for prepareToRead. */
export const linkReadable = (fragment: string): boolean => !linkIsCompressed(fragment) || inflaterFor(fragment) !== null;
