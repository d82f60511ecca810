// Raw DEFLATE for share links (fflate: small, synchronous, no dependencies), and inflation with a ceiling, so a
// link crafted to expand to gigabytes (a "zip bomb") stops at the cap instead of filling memory.
import { deflateSync, Inflate } from 'fflate';
import { joinChunks } from './join-chunks';

export function deflateBytes(bytes: Uint8Array): Uint8Array {
  return deflateSync(bytes, { level: 9 });
}

export type InflateResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'corrupt' | 'too-big' };

/** Input is fed in small chunks: one chunk can expand at most ~1000×, so the work stays bounded too. */
const CHUNK = 1024;

export function inflateCapped(data: Uint8Array, maxBytes: number): InflateResult {
  const parts: Uint8Array[] = [];
  let total = 0;
  let tooBig = false;
  const stream = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) tooBig = true;
    else parts.push(chunk.slice()); // a copy: the stream may reuse its buffer
  });
  try {
    for (let i = 0; i < data.length && !tooBig; i += CHUNK) {
      const end = Math.min(i + CHUNK, data.length);
      stream.push(data.subarray(i, end), end === data.length);
    }
    if (data.length === 0) stream.push(data, true);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (tooBig) return { ok: false, reason: 'too-big' };
  return { ok: true, bytes: joinChunks(parts, total) };
}
