// How long the editor waits after a keystroke before the store gets the text. Apart from the editor so that it is
// tested without the store.

/** Up to this many characters (about 250 containers) each keystroke is sent to the store at once. */
export const SEND_AT_ONCE_UP_TO = 100_000;
/** Past it, typing is sent this long after the last keystroke, growing with the size (see typingDebounceFor). */
export const TYPING_DEBOUNCE_MS = 150;

/**
 * How long to wait after a keystroke before the store gets the text. The Worker reads an ordinary spec in a few
 * milliseconds and skips texts that a newer one replaced while it was busy, so the canvas follows the typing
 * (issue 4: keystroke to redrawn canvas under 50 ms). A huge document costs the page itself a copy of the text per
 * send, so it waits for a pause in typing: 150 ms past 100,000 characters, rising to 1 s at 5 MiB.
 */
export function typingDebounceFor(length: number): number {
  if (length <= SEND_AT_ONCE_UP_TO) return 0;
  return TYPING_DEBOUNCE_MS + Math.min(850, Math.floor(length / 6000));
}
