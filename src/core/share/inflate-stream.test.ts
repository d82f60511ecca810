// The platform's DecompressionStream unpacks share links exactly as inflateCapped (fflate) does: same bytes, same
// ceiling, same verdict on damaged data. The page relies on that to read a link before fflate has loaded.
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { textToBytes } from './base64url';
import { deflateBytes, inflateCapped } from './deflate';
import { MAX_LINK_TEXT_BYTES } from './fragment';
import { canInflateNatively, inflateCappedNatively } from './inflate-stream';

const POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n';

describe('inflateCappedNatively', () => {
  it('is there on the Node the tests run on (as in every browser Podscope supports)', () => {
    expect(canInflateNatively()).toBe(true);
  });

  it('gives the bytes inflateCapped gives, for any data deflated as share links are', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 20_000 }), async (bytes) => {
        const packed = deflateBytes(bytes);
        expect(await inflateCappedNatively(packed, MAX_LINK_TEXT_BYTES)).toEqual(inflateCapped(packed, MAX_LINK_TEXT_BYTES));
      }),
      { numRuns: 60 },
    );
  });

  it('stops at the ceiling, as inflateCapped does, for a link crafted to expand without end', async () => {
    const bomb = deflateSync(new Uint8Array(MAX_LINK_TEXT_BYTES + 1024).fill(32), { level: 9 });
    expect(await inflateCappedNatively(bomb, MAX_LINK_TEXT_BYTES)).toEqual({ ok: false, reason: 'too-big' });
    const justUnder = deflateBytes(new Uint8Array(1000).fill(7));
    expect(await inflateCappedNatively(justUnder, 1000)).toEqual(inflateCapped(justUnder, 1000));
    expect(await inflateCappedNatively(justUnder, 999)).toEqual({ ok: false, reason: 'too-big' });
  });

  it.each([
    ['not deflate', new Uint8Array([0xff, 0xff, 0xff, 0x00, 0x12])],
    ['cut short', deflateBytes(textToBytes(POD.repeat(20))).subarray(0, 40)],
  ])('calls data that is %s corrupt, as inflateCapped does', async (_, data) => {
    expect(inflateCapped(data, MAX_LINK_TEXT_BYTES)).toEqual({ ok: false, reason: 'corrupt' });
    expect(await inflateCappedNatively(data, MAX_LINK_TEXT_BYTES)).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('may be stricter than inflateCapped (no data at all), never more lenient: the page asks fflate whenever it fails', async () => {
    const empty = new Uint8Array(0);
    expect(inflateCapped(empty, MAX_LINK_TEXT_BYTES)).toEqual({ ok: true, bytes: new Uint8Array(0) });
    expect(await inflateCappedNatively(empty, MAX_LINK_TEXT_BYTES)).toEqual({ ok: false, reason: 'corrupt' });
  });
});
