/**
 * Rough HTML → text for evaluation and benchmarks (not for the extension, which reads the DOM):
 * drops scripts, styles and comments, turns block-level tags into paragraph breaks, strips the
 * other tags and decodes the common entities. Returns the non-empty paragraphs.
 */
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  mdash: '\u2014',
  ndash: '\u2013',
  rsquo: '\u2019',
  lsquo: '\u2018',
  rdquo: '\u201d',
  ldquo: '\u201c',
  hellip: '\u2026',
  copy: '\u00a9',
};

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

export function htmlToParagraphs(html: string): string[] {
  const text = html
    .replace(/<(script|style|noscript|template|svg)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(
      /<\/?(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|blockquote|pre|figure|figcaption|nav|aside|dd|dt)\b[^>]*>/gi,
      '\n',
    )
    .replace(/<[^>]*>/g, ' ');
  return decode(text)
    .split('\n')
    .map((p) => p.replace(/[ \t\r\f\v]+/g, ' ').trim())
    .filter((p) => p.length > 0);
}
