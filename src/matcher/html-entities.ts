/**
 * HTML character references left in text ("Immigration &amp; Customs Enforcement",
 * "121&nbsp;people", "Sanders&#8217;", "Guti&eacute;rrez"): copy pasted or scraped twice keeps
 * them. normalize.ts reads each as the character it stands for; a browser's DOM text never holds
 * one unless the page itself shows it.
 */

/** A reference may start here: cheap test before reading a text character by character. */
export const HAS_ENTITY = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[a-zA-Z]{2,8});/;

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  nbsp: '\u00a0',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  ndash: '\u2013',
  mdash: '\u2014',
  shy: '\u00ad',
  szlig: '\u00df',
};
/** "eacute" → e + U+0301: the Latin letters with a mark are a letter and the mark's name. */
const MARKS: Readonly<Record<string, string>> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  uml: '\u0308',
  tilde: '\u0303',
  cedil: '\u0327',
};
const LETTER_WITH_MARK = /^([a-zA-Z])(acute|grave|circ|uml|tilde|cedil)$/;

/** The character a reference starting at `i` (on "&") stands for, and where it ends; or undefined. */
export function entityAt(text: string, i: number): { char: string; end: number } | undefined {
  const semi = text.indexOf(';', i + 2);
  if (semi < 0 || semi - i > 9) return undefined;
  const name = text.slice(i + 1, semi);
  let char: string | undefined;
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    if (Number.isInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code < 0xe000)) {
      char = String.fromCodePoint(code);
    }
  } else {
    const marked = LETTER_WITH_MARK.exec(name);
    char = NAMED[name] ?? (marked ? (marked[1]! + MARKS[marked[2]!]!).normalize('NFC') : undefined);
  }
  return char === undefined ? undefined : { char, end: semi + 1 };
}
