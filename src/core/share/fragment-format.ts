// What a link carries in its URL fragment (DESIGN.md, "Links and embedding"), and how it is written and read:
// `#yaml=<base64url UTF-8>` (by hand) or `#z=<base64url deflate-raw>` (share links), then `&scenario=<base64url JSON>`,
// `&t=<seconds>`, `&preset=<id>`, and a view flag (`present`, `embed`). The fragment never reaches a server.
// Everything read is untrusted: decodeFragmentWith never throws, and says in words what it could not use.
// The compressor is passed in (deflate.ts, bound by fragment.ts for Node and the tests), so a page can do without it
// at first: fflate would be about 4.5 KB of the embed's first paint (issue 7); see store/url-state.ts.
import type { Scenario } from '../sim/scenario';
import { base64urlToBytes, bytesToBase64url, bytesToText, textToBytes } from './base64url';
import type { InflateResult } from './deflate';
import { readScenario } from './scenario-json';

/** Raw DEFLATE (deflate.ts deflateBytes). */
export type Deflater = (bytes: Uint8Array) => Uint8Array;
/** Raw DEFLATE unpacked, never to more than maxBytes (deflate.ts inflateCapped). */
export type Inflater = (data: Uint8Array, maxBytes: number) => InflateResult;

export type LinkView = 'present' | 'embed';

export interface SharedState {
  /** The pod spec text; left out when the link names only a preset, or nothing. */
  text?: string;
  scenario?: Scenario;
  /** Cursor time, pod seconds. */
  t?: number;
  preset?: string;
  view?: LinkView;
}

export interface DecodedFragment {
  state: SharedState;
  /** Plain-language reasons parts of the link were not used. Empty for a good link. */
  problems: string[];
}

/** The largest spec a link may unpack to: the largest text the editor is built for (5 MiB). */
export const MAX_LINK_TEXT_BYTES = 5 * 1024 * 1024;
/** Longer fragment values are not even decoded (a #yaml= link of a 5 MiB spec is about 7 M characters). */
const MAX_VALUE_CHARS = 8 * 1024 * 1024;
const MAX_SCENARIO_CHARS = 256 * 1024;
const PRESET_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const FALLBACK = 'Showing the example pod instead.';

/** The text part of a link: `z=` (deflate-raw, for share links) with a deflater, `yaml=` (readable by hand) with null. */
export function encodeTextWith(text: string, deflate: Deflater | null): string {
  const bytes = textToBytes(text);
  return deflate ? `z=${bytesToBase64url(deflate(bytes))}` : `yaml=${bytesToBase64url(bytes)}`;
}

export function encodeScenario(scenario: Scenario): string {
  return bytesToBase64url(textToBytes(JSON.stringify(scenario)));
}

/**
 * The fragment, without its leading '#': the text compressed with `deflate`, plain with null. `encodedText` lets a
 * caller reuse an encoding of an unchanged text.
 */
export function encodeFragmentWith(state: SharedState, deflate: Deflater | null, encodedText?: string): string {
  const parts: string[] = [];
  if (state.view) parts.push(state.view);
  if (state.text !== undefined) parts.push(encodedText ?? encodeTextWith(state.text, deflate));
  if (state.preset !== undefined) parts.push(`preset=${encodeURIComponent(state.preset)}`);
  if (state.scenario && state.scenario.actions.length > 0) parts.push(`scenario=${encodeScenario(state.scenario)}`);
  if (state.t !== undefined && state.t > 0) parts.push(`t=${String(state.t)}`);
  return parts.join('&');
}

function percentDecoded(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function readText(key: 'yaml' | 'z', value: string, inflate: Inflater | null, problems: string[]): string | undefined {
  if (value.length > MAX_VALUE_CHARS) {
    problems.push(`The pod spec in this link is too long to read (over ${MAX_VALUE_CHARS / 1024 / 1024} M characters). ${FALLBACK}`);
    return undefined;
  }
  const bytes = base64urlToBytes(value);
  if (!bytes) {
    problems.push(`The pod spec in this link is damaged: "${key}=" must be followed by base64url text (A–Z, a–z, 0–9, - and _). Was the link cut short? ${FALLBACK}`);
    return undefined;
  }
  let raw = bytes;
  if (key === 'z') {
    if (!inflate) {
      // The page could not load the code that unpacks links (offline since it opened, or a newer version deployed).
      problems.push(`The pod spec in this link is compressed, and this page could not load the code that unpacks it. Reloading the page may help. ${FALLBACK}`);
      return undefined;
    }
    const inflated = inflate(bytes, MAX_LINK_TEXT_BYTES);
    if (!inflated.ok) {
      problems.push(
        inflated.reason === 'too-big'
          ? `The pod spec in this link unpacks to more than 5 MiB, more than Podscope reads. ${FALLBACK}`
          : `The pod spec in this link is damaged and cannot be unpacked. Was the link cut short? ${FALLBACK}`,
      );
      return undefined;
    }
    raw = inflated.bytes;
  } else if (bytes.length > MAX_LINK_TEXT_BYTES) {
    problems.push(`The pod spec in this link is larger than 5 MiB, more than Podscope reads. ${FALLBACK}`);
    return undefined;
  }
  const text = bytesToText(raw);
  if (text === null) problems.push(`The pod spec in this link is not UTF-8 text. ${FALLBACK}`);
  return text ?? undefined;
}

function readScenarioValue(value: string, problems: string[]): Scenario | undefined {
  const bytes = value.length <= MAX_SCENARIO_CHARS ? base64urlToBytes(value) : null;
  const json = bytes ? bytesToText(bytes) : null;
  if (json === null) {
    problems.push('The scenario in this link is damaged (not base64url JSON); the pod runs without it.');
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    problems.push('The scenario in this link is not valid JSON; the pod runs without it.');
    return undefined;
  }
  const read = readScenario(parsed, 'The scenario in this link');
  problems.push(...read.problems);
  return read.scenario;
}

function partsOf(fragment: string): string[] {
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  return body.length === 0 ? [] : body.split('&');
}

const keyOf = (part: string): string => {
  const eq = part.indexOf('=');
  return eq < 0 ? part : part.slice(0, eq);
};

/** The keys of a fragment, in order, nothing decoded: enough to know what a page must load before reading it. */
export function fragmentKeys(fragment: string): string[] {
  return partsOf(fragment).map(keyOf);
}

/**
 * Reads a fragment (with or without its '#'); a `z=` text is unpacked with `inflate` (with null, it is a problem).
 * Unknown keys are ignored, as a browser ignores unknown URL parameters.
 */
export function decodeFragmentWith(fragment: string, inflate: Inflater | null): DecodedFragment {
  const state: SharedState = {};
  const problems: string[] = [];
  for (const part of partsOf(fragment)) {
    const eq = part.indexOf('=');
    const key = keyOf(part);
    const value = eq < 0 ? '' : percentDecoded(part.slice(eq + 1)).trim();
    switch (key) {
      case 'yaml':
      case 'z': {
        if (state.text !== undefined) break; // the first text wins
        const text = readText(key, value, inflate, problems);
        if (text !== undefined) state.text = text;
        break;
      }
      case 'scenario': {
        const scenario = readScenarioValue(value, problems);
        if (scenario) state.scenario = scenario;
        break;
      }
      case 't': {
        const t = value === '' ? NaN : Number(value);
        if (Number.isFinite(t) && t >= 0) state.t = t;
        else problems.push(`The time in this link ("t=${value.slice(0, 20)}") is not a number of seconds; starting at 0.`);
        break;
      }
      case 'preset': {
        if (PRESET_ID.test(value)) state.preset = value;
        else problems.push('The preset named in this link is not a preset name; it was left out.');
        break;
      }
      case 'present':
      case 'embed':
        state.view = key;
        break;
      default:
        break;
    }
  }
  return { state, problems };
}
