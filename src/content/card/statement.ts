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

/**
 * Facts in the order a reader wants them: for a quantity, the facts that state the entry's own
 * figure first (the "146" before the letter's page count); otherwise as the dataset lists them.
 */
export function factsInReadingOrder<F extends { value?: number | undefined }>(facts: readonly F[], figure?: number): F[] {
  if (figure === undefined) return [...facts];
  const states = (fact: F) => (fact.value === figure ? 0 : 1);
  return [...facts].sort((a, b) => states(a) - states(b));
}
