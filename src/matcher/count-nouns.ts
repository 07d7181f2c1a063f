/**
 * The lexicon of count-noun classes (tables/count-nouns.json) as the compiler reads it: noun →
 * classes, and whether the noun is too vague to add confidence. Data, not code, so a class gains
 * a noun ("asylum seekers", "congresistas") without touching the matcher.
 */
import data from './tables/count-nouns.json';
import type { NounClassInfo } from './lexicon.ts';
import { spellings } from './spanish.ts';

interface Group {
  classes: string[];
  generic?: boolean;
  listOnly?: boolean;
  nouns: string[];
}

function build(): Record<string, NounClassInfo> {
  const out: Record<string, NounClassInfo> = {};
  for (const group of data.groups as Group[]) {
    const info: NounClassInfo = {
      classes: group.classes,
      generic: group.generic ?? false,
      ...(group.listOnly ? { listOnly: true } : {}),
    };
    for (const noun of group.nouns) for (const s of spellings(noun)) out[s] = info;
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
export const CHAMBER_TAILS: readonly (readonly [string, string])[] = Object.entries(
  (data as { tails: Record<string, string[]> }).tails,
).flatMap(([cls, tails]) => tails.flatMap(spellings).map((tail) => [tail, cls] as const));

const STATES = new Set(stateChambers.states);
const CHAMBERS = new Set(stateChambers.chambers);
const STATE_JOINERS = new Set(stateChambers.joiners);

/**
 * The last token of a state's chamber named after a count noun at `from` ("of the Maryland
 * Senate", "in the state House of Delegates"), or -1. Read word by word rather than as one phrase
 * per state and chamber: 50 states times 7 chambers would make compiling the matcher 8 ms slower.
 */
export function stateChamberEnd(lower: readonly string[], from: number): number {
  if (!STATE_JOINERS.has(`${lower[from]} ${lower[from + 1]}`)) return -1;
  for (const stateWords of [1, 2]) {
    const state = lower.slice(from + 2, from + 2 + stateWords).join(' ');
    if (!STATES.has(state)) continue;
    const at = from + 2 + stateWords;
    for (const chamberWords of [4, 3, 2, 1]) {
      if (CHAMBERS.has(lower.slice(at, at + chamberWords).join(' '))) return at + chamberWords - 1;
    }
  }
  return -1;
}
