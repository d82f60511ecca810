// Share links with the compressor bound in (fragment-format.ts has the format itself): what Node, the tests and the
// headless API use. The page loads the compressor on demand instead (store/url-state.ts).
import { deflateBytes, inflateCapped } from './deflate';
import { decodeFragmentWith, encodeFragmentWith, encodeTextWith, type DecodedFragment, type SharedState } from './fragment-format';

export { MAX_LINK_TEXT_BYTES, encodeScenario, fragmentKeys } from './fragment-format';
export type { DecodedFragment, Deflater, Inflater, LinkView, SharedState } from './fragment-format';

export interface EncodeOptions {
  /** true: `z=` (deflate-raw, for share links); false: `yaml=` (readable by hand). */
  compress: boolean;
}

export function encodeText(text: string, compress: boolean): string {
  return encodeTextWith(text, compress ? deflateBytes : null);
}

/** The fragment, without its leading '#'. `encodedText` lets a caller reuse an encoding of an unchanged text. */
export function encodeFragment(state: SharedState, options: EncodeOptions, encodedText?: string): string {
  return encodeFragmentWith(state, options.compress ? deflateBytes : null, encodedText);
}

/** Reads a fragment (with or without its '#'). Never throws; says in words what it could not use. */
export function decodeFragment(fragment: string): DecodedFragment {
  return decodeFragmentWith(fragment, inflateCapped);
}
