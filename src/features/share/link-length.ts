// What "Copy link" says about a link's size: long enough that some chat apps and mail clients may cut it (several cap
// around 8,000 characters), or a pod spec too large for any link, which is then shared as a file.
import { MAX_LINKED_TEXT } from '../../store/url-sync';

export const LONG_LINK = 8000;

export function longLinkWarning(link: string): string | null {
  return link.length > LONG_LINK
    ? `This link is ${link.length.toLocaleString('en')} characters long: long links may be cut by some chat apps. It still works when pasted whole.`
    : null;
}

const kib = (chars: number) => `${Math.ceil(chars / 1024).toLocaleString('en')} KiB`;

/** Why there is no link for this pod text, or null when a link can carry it. */
export function noLinkReason(text: string): string | null {
  return text.length > MAX_LINKED_TEXT
    ? `No link was copied: this pod spec is ${kib(text.length)}, and a link carries at most ${kib(MAX_LINKED_TEXT)}. To share it, send the YAML file instead.`
    : null;
}
