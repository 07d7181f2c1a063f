/**
 * The lexicon of count-noun classes (tables/count-nouns.json) as the compiler reads it: noun →
 * classes, and whether the noun is too vague to add confidence. Data, not code, so a class gains
 * a noun ("asylum seekers", "congresistas") without touching the matcher.
 */
import data from './tables/count-nouns.json';
import type { NounClassInfo } from './lexicon.ts';
import { spellings } from './spanish.ts';

interface Pairs {
  joiners: string[];
  one: string[];
  other: string[];
}
interface Group {
  classes: string[];
  generic?: boolean;
  listOnly?: boolean;
  nouns: string[];
  pairs?: Pairs[];
}

/** "moms and kids", "kids and moms", "children and their mothers": each pairing, either order. */
function paired({ joiners, one, other }: Pairs): string[] {
  const out: string[] = [];
  for (const a of one) for (const b of other) for (const j of joiners) out.push(`${a} ${j} ${b}`, `${b} ${j} ${a}`);
  return out;
}

function build(): Record<string, NounClassInfo> {
  const out: Record<string, NounClassInfo> = {};
  for (const group of data.groups as Group[]) {
    const info: NounClassInfo = {
      classes: group.classes,
      generic: group.generic ?? false,
      ...(group.listOnly ? { listOnly: true } : {}),
    };
    const nouns = [...group.nouns, ...(group.pairs ?? []).flatMap(paired)];
    for (const noun of nouns) for (const s of spellings(noun)) out[s] = info;
  }
  return out;
}

export const COUNT_NOUNS: Readonly<Record<string, NounClassInfo>> = build();

interface StateChambers {
  states: string[];
  chambers: string[];
  joiners: string[];
  class: string;
}
const stateChambers = (data as { stateChambers: StateChambers }).stateChambers;

/** The class a state legislature's chamber gives a count: no fact of the story has it. */
export const STATE_LEGISLATORS = stateChambers.class;

/** Chamber phrases after a count noun, by the class they narrow it to (see tables/count-nouns.json). */
export const CHAMBER_TAILS: readonly (readonly [string, string])[] = [
  ...Object.entries((data as { tails: Record<string, string[]> }).tails).flatMap(([cls, tails]) =>
    tails.flatMap(spellings).map((tail) => [tail, cls] as const),
  ),
  ...stateChambers.joiners.flatMap((j) =>
    stateChambers.states.flatMap((st) =>
      stateChambers.chambers.map((ch) => [`${j} ${st} ${ch}`, STATE_LEGISLATORS] as const),
    ),
  ),
];
