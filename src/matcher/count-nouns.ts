/**
 * The lexicon of count-noun classes (tables/count-nouns.json) as the compiler reads it: noun →
 * classes, and whether the noun is too vague to add confidence. Data, not code, so a class gains
 * a noun ("asylum seekers", "congresistas") without touching the matcher.
 */
import data from './tables/count-nouns.json';
import type { NounClassInfo } from './lexicon.ts';
import { spellings } from './spanish.ts';

function build(): Record<string, NounClassInfo> {
  const out: Record<string, NounClassInfo> = {};
  for (const group of data.groups as { classes: string[]; generic?: boolean; nouns: string[] }[]) {
    const info: NounClassInfo = { classes: group.classes, generic: group.generic ?? false };
    for (const noun of group.nouns) for (const s of spellings(noun)) out[s] = info;
  }
  return out;
}

export const COUNT_NOUNS: Readonly<Record<string, NounClassInfo>> = build();
