/**
 * Text inside a web address or an e-mail address is never a mention: "https://example.org/TPS/"
 * and "ice@example.org" name paths and mailboxes, not the story's TPS or ICE.
 */
const LOOK = 200; // no address in running text is longer than this on either side of a word
const ADDRESS = /:\/\/|^www\.|^[^@\s]+@[^@\s]+\.[a-z]{2,}/i;
const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;

/** True when [start, end) sits in a whitespace-delimited run that is a URL or e-mail address. */
export function insideAddress(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < LOOK && !isSpace(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < LOOK && !isSpace(text.charCodeAt(to))) to++;
  if (from === start && to === end) return false;
  return ADDRESS.test(text.slice(from, to).replace(/^[("'<[]+/, ''));
}
