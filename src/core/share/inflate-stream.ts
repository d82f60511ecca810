// Raw DEFLATE unpacked by the platform's own DecompressionStream (browsers, Workers, Node 20.12+): no code to
// download, so a page can read a compressed link before its first paint and fetch fflate (deflate.ts) after it.
// The same ceiling as inflateCapped: input goes in small chunks and output is counted as it comes, so a link made
// to expand to gigabytes stops at the cap with memory to spare.
import type { InflateResult } from './deflate';
import { joinChunks } from './join-chunks';

const CHUNK = 1024;

/** Whether this platform unpacks raw DEFLATE itself. */
export function canInflateNatively(): boolean {
  if (typeof DecompressionStream !== 'function') return false;
  try {
    new DecompressionStream('deflate-raw');
    return true;
  } catch {
    return false; // an older browser knows only 'gzip' and 'deflate'
  }
}

/** inflateCapped, asynchronously, by the platform. Callers check canInflateNatively first. */
export async function inflateCappedNatively(data: Uint8Array, maxBytes: number): Promise<InflateResult> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  let tooBig = false;

  const feeding = (async () => {
    for (let i = 0; i < data.length && !tooBig; i += CHUNK) {
      await writer.ready;
      await writer.write(data.slice(i, i + CHUNK)); // a copy: typed as the ArrayBuffer a stream takes
    }
    if (!tooBig) await writer.close();
  })();
  feeding.catch(() => {}); // the reader below sees the same error

  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        tooBig = true;
        await reader.cancel();
        break;
      }
      parts.push(value);
    }
    if (!tooBig) await feeding;
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (tooBig) return { ok: false, reason: 'too-big' };
  return { ok: true, bytes: joinChunks(parts, total) };
}
