/** Whether a fact's statement is worth showing above its quote. Pure: no DOM, no browser API. */

const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * True when a fact's statement only repeats the start of its own quote ("The two-page letter
 * states the deportation raids…" above the same sentence): the card then shows the quote alone.
 * Short lead phrases ("146 congressional lawmakers") stay: they say which part of the quote counts.
 */
export function statementRepeatsQuote(statement: string, quote: string): boolean {
  const said = words(statement);
  return said.split(' ').length >= 6 && words(quote).startsWith(said);
}
