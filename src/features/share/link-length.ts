// When a link is long enough that some chat apps and mail clients may cut it (several cap around 8,000 characters).
export const LONG_LINK = 8000;

export function longLinkWarning(link: string): string | null {
  return link.length > LONG_LINK
    ? `This link is ${link.length.toLocaleString('en')} characters long: long links may be cut by some chat apps. It still works when pasted whole.`
    : null;
}
