/**
 * Other spellings of a person's full name that copy uses and a story's articles may not: the
 * formal first name for a short one and back (name-variants.json, a general table), the surname
 * without its hyphen ("Roybal Allard"), and interchangeable surname endings ("Velasquez" /
 * "Velazquez"). The matcher itself folds accents and capitals and allows middle initials.
 */
import { readFileSync } from 'node:fs';
import { fold } from './text.ts';

interface NameTables {
  given: string[][];
  surnameEndings: [string, string][];
}

const TABLES = JSON.parse(readFileSync(new URL('./name-variants.json', import.meta.url), 'utf8')) as NameTables;

/**
 * Folded first name → the first names it may stand for: a formal name its short forms, a short
 * form its formal names ("al": Albert, Alan…), never one short form another ("Ed" is not "Ted").
 */
const GIVEN = new Map<string, Set<string>>();
const link = (from: string, to: string): void => {
  GIVEN.set(from, (GIVEN.get(from) ?? new Set<string>()).add(to));
};
for (const [formal, ...short] of TABLES.given) {
  for (const nick of short) {
    link(formal!, nick);
    link(nick, formal!);
  }
}

/** "charles" → "Charles", keeping the original's case pattern for all-caps input. */
const capitalise = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** Spellings of one surname: without hyphens, and with each interchangeable ending swapped. */
function surnameSpellings(surname: string): string[] {
  const out = new Set<string>([surname]);
  if (surname.includes('-')) out.add(surname.replace(/-/g, ' '));
  for (const spelling of [...out]) {
    for (const [a, b] of TABLES.surnameEndings) {
      for (const [from, to] of [
        [a, b],
        [b, a],
      ] as const) {
        const folded = fold(spelling);
        if (folded.endsWith(from) && folded.length > from.length + 2) {
          out.add(spelling.slice(0, spelling.length - from.length) + to);
        }
      }
    }
  }
  return [...out];
}

/**
 * Full names a person also goes by in copy, besides `fullNames` themselves ("Chuck Schumer" →
 * "Charles Schumer"; "Nydia Velasquez" → "Nydia Velazquez"). Only two-part changes of a name the
 * articles use: first names from the table, surnames by the spelling rules.
 */
export function personNameVariants(fullNames: readonly string[], surname: string): string[] {
  const out = new Set<string>();
  for (const full of fullNames) {
    if (!full.endsWith(surname)) continue;
    const given = full.slice(0, full.length - surname.length).trim();
    if (!given) continue;
    const [first, ...middle] = given.split(' ');
    const firsts = [first!, ...[...(GIVEN.get(fold(first!)) ?? [])].map(capitalise)];
    for (const f of firsts) {
      for (const s of surnameSpellings(surname)) out.add([f, ...middle, s].join(' '));
    }
  }
  for (const full of fullNames) out.delete(full);
  return [...out].sort();
}
