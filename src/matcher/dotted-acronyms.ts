/**
 * Acronyms written with full stops ("I.C.E.", "D.H.S", "T.P.S."), as some outlets' style and older
 * copy write them. Each letter and stop is a token of its own, so the dotted form is a phrase of
 * one-character keys: its trigger key (triggers.ts) is the whole dotted string, which any match
 * holds, since a dotted acronym only counts when written without spaces (see scan.ts).
 */

/** "ICE" → ["I.C.E.", "I.C.E"]; acronyms of fewer than two letters, or with other marks, have none. */
export function dottedForms(acronym: string): string[] {
  if (!/^[A-Z]{2,6}$/.test(acronym)) return [];
  const dotted = acronym.split('').join('.');
  return [`${dotted}.`, dotted];
}

/** A phrase's keys for the trigger test: a dotted acronym's keys joined into one ("i.c.e."). */
export function triggerKeys(keys: readonly string[]): readonly string[] {
  return keys.length >= 3 && keys.every((k) => k.length === 1) && keys.includes('.') ? [keys.join('')] : keys;
}
