// Share links round-trip (decode(encode(x)) equals x, as mermaid-live-editor's verifySerde checks), hand-written
// #yaml= links work, and anything malformed becomes a message and a fallback, never an exception.
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Action, Scenario } from '../sim/scenario';
import { bytesToBase64url, textToBytes } from './base64url';
import { decodeFragment, encodeFragment, MAX_LINK_TEXT_BYTES, type SharedState } from './fragment';
import { decodeFragmentWith, encodeFragmentWith, fragmentKeys } from './fragment-format';

const POD = `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
  - name: web
    image: nginx:1.27
`;

const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/);
const secs = fc.double({ min: 0, max: 86_400, noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x));
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ container: name, exitCode: fc.integer({ min: 0, max: 255 }), after: secs }),
  fc.record({ container: name, exitCode: fc.integer({ min: 0, max: 255 }), after: secs, run: fc.integer({ min: 1, max: 50 }) }),
  fc.record({ container: name, exitCode: fc.integer({ min: 0, max: 255 }), at: secs }),
  fc.record({ container: name, probe: fc.constantFrom('startup' as const, 'readiness' as const, 'liveness' as const), failFrom: secs }),
  fc.record({ container: name, probe: fc.constantFrom('startup' as const, 'readiness' as const, 'liveness' as const), failFrom: secs, failUntil: secs }),
  fc.record({ container: name, oomKilled: fc.constant(true as const), after: secs }),
  fc.record({ container: name, oomKilled: fc.constant(true as const), at: secs }),
  fc.record({ deletePod: fc.constant(true as const), at: secs }),
);
const scenario: fc.Arbitrary<Scenario> = fc.record({ actions: fc.array(action, { minLength: 1, maxLength: 20 }) });
const state: fc.Arbitrary<SharedState> = fc.record(
  {
    text: fc.string({ unit: 'grapheme', maxLength: 400 }),
    scenario,
    t: secs.filter((t) => t > 0),
    preset: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/),
    view: fc.constantFrom('present' as const, 'embed' as const),
  },
  { requiredKeys: [] },
);

const b64 = (text: string) => bytesToBase64url(textToBytes(text));

describe('share link fragment', () => {
  it.each([true, false])('round-trips any state (compress: %s)', (compress) => {
    fc.assert(
      fc.property(state, (s) => {
        const decoded = decodeFragment(`#${encodeFragment(s, { compress })}`);
        expect(decoded.problems).toEqual([]);
        expect(decoded.state).toEqual(s);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips any unicode text, lone surrogates aside (they are not UTF-8)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), fc.boolean(), (text, compress) => {
        fc.pre(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text));
        expect(decodeFragment(encodeFragment({ text }, { compress })).state.text).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a hand-written #yaml= link, with or without padding, in either base64 alphabet', () => {
    const standard = Buffer.from(POD, 'utf8').toString('base64');
    expect(decodeFragment(`#yaml=${b64(POD)}`).state.text).toBe(POD);
    expect(decodeFragment(`#yaml=${standard}`).state.text).toBe(POD);
    expect(decodeFragment(`#yaml=${encodeURIComponent(standard)}&t=12.5`).state).toEqual({ text: POD, t: 12.5 });
    expect(decodeFragment(`yaml=${b64('é ✓ 🚀')}`).state.text).toBe('é ✓ 🚀');
  });

  it('reads the view flags and ignores keys it does not know', () => {
    expect(decodeFragment('#present&yaml=' + b64(POD) + '&utm_source=x').state).toEqual({ view: 'present', text: POD });
    expect(decodeFragment('#embed').state).toEqual({ view: 'embed' });
    expect(decodeFragment('').state).toEqual({});
  });

  it.each([
    ['bad base64', '#yaml=ab$cd', /base64url/],
    ['impossible length', '#yaml=abcde', /base64url/],
    ['not UTF-8', `#yaml=${bytesToBase64url(new Uint8Array([0xff, 0xfe, 0x80]))}`, /UTF-8/],
    ['bad deflate', `#z=${bytesToBase64url(new Uint8Array([0xff, 0xff, 0xff, 0x00, 0x12]))}`, /cannot be unpacked/],
    ['truncated deflate', `#z=${bytesToBase64url(deflateSync(textToBytes(POD.repeat(20))).subarray(0, 40))}`, /cannot be unpacked/],
    ['bad scenario base64', `#yaml=${b64(POD)}&scenario=%%%`, /scenario/],
    ['bad scenario JSON', `#yaml=${b64(POD)}&scenario=${b64('{"actions": [')}`, /not valid JSON/],
    ['scenario not an object', `#yaml=${b64(POD)}&scenario=${b64('[1,2]')}`, /\{"actions"/],
    ['bad time', `#yaml=${b64(POD)}&t=-3`, /not a number of seconds/],
    ['bad time text', `#yaml=${b64(POD)}&t=soon`, /not a number of seconds/],
    ['bad preset', `#preset=${encodeURIComponent('<script>')}`, /preset/],
  ])('says what is wrong with %s, and never throws', (_, fragment, message) => {
    const decoded = decodeFragment(fragment);
    expect(decoded.problems.join('\n')).toMatch(message);
  });

  it('keeps the good parts of a link whose scenario is broken', () => {
    const decoded = decodeFragment(`#yaml=${b64(POD)}&scenario=${b64('{"actions": [')}&t=4`);
    expect(decoded.state).toEqual({ text: POD, t: 4 });
  });

  it('stops unpacking at 5 MiB (a link crafted to expand without end)', () => {
    const bomb = deflateSync(new Uint8Array(MAX_LINK_TEXT_BYTES + 1024).fill(32), { level: 9 });
    expect(bomb.length).toBeLessThan(20_000);
    const decoded = decodeFragment(`#z=${bytesToBase64url(bomb)}`);
    expect(decoded.state.text).toBeUndefined();
    expect(decoded.problems.join()).toMatch(/more than 5 MiB/);
  });

  it('checks scenario actions field by field, keeping the good ones and only their own fields', () => {
    const actions = [
      { container: 'web', exitCode: 1, after: 5, extra: 'dropped' },
      { container: 'web', exitCode: 300, after: 5 },
      { container: 'web', exitCode: 1, after: -1 },
      { container: 42, exitCode: 1, after: 5 },
      { container: 'web', probe: 'sideways', failFrom: 3 },
      { container: 'web', probe: 'liveness', failFrom: 3, failUntil: 'later' },
      { deletePod: 'yes', at: 3 },
      { deletePod: true, at: 30 },
      { container: 'web', oomKilled: true, at: 1e300 },
      { __proto__: { exitCode: 1 }, container: 'web', after: 2 },
      null,
      'crash',
    ];
    const decoded = decodeFragment(`#yaml=${b64(POD)}&scenario=${b64(JSON.stringify({ actions }))}`);
    expect(decoded.state.scenario).toEqual({ actions: [{ container: 'web', exitCode: 1, after: 5 }, { deletePod: true, at: 30 }] });
    expect(decoded.problems.length).toBe(6); // five reasons, then "… and 5 more."
    expect(decoded.problems.at(-1)).toMatch(/and 5 more/);
  });

  it('uses at most 200 actions', () => {
    const actions = Array.from({ length: 250 }, (_, i) => ({ container: 'web', exitCode: 1, at: i }));
    const decoded = decodeFragment(`#scenario=${b64(JSON.stringify({ actions }))}`);
    expect(decoded.state.scenario?.actions.length).toBe(200);
    expect(decoded.problems.join()).toMatch(/only the first 200/);
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        for (const prefix of ['', '#yaml=', '#z=', '#scenario=', '#t=', '#preset=']) decodeFragment(prefix + s);
      }),
      { numRuns: 300 },
    );
  });

  it('makes shorter links when compressed', () => {
    const text = POD.repeat(10);
    expect(encodeFragment({ text }, { compress: true }).length).toBeLessThan(encodeFragment({ text }, { compress: false }).length / 3);
  });
});

describe('share link fragment, with the compressor passed in', () => {
  it('says so, without throwing, when a compressed link comes and there is nothing to unpack it with', () => {
    const link = `#z=${bytesToBase64url(deflateSync(textToBytes(POD)))}&t=3`;
    const decoded = decodeFragmentWith(link, null);
    expect(decoded.state).toEqual({ t: 3 });
    expect(decoded.problems.join()).toMatch(/could not load the code that unpacks it/);
    expect(encodeFragmentWith({ text: POD }, null)).toBe(encodeFragment({ text: POD }, { compress: false }));
  });

  it('lists the keys of a fragment without decoding anything', () => {
    expect(fragmentKeys('#embed&z=!!!&preset=x&t')).toEqual(['embed', 'z', 'preset', 't']);
    expect(fragmentKeys('')).toEqual([]);
  });
});
