/**
 * What a number counts (scan-quantity.ts): up to MAX_MODIFIERS modifiers, then the longest known
 * count noun; a list of nouns of one class ("121 mothers, fathers and children"); the chamber
 * named after it ("22 members of the Senate Democratic caucus"), which narrows a vague noun, or a
 * state's chamber, which makes the count a state legislature's.
 */
import type { Compiled } from './compiled.ts';
import { compoundModifierEnd } from './compound.ts';
import { STATE_LEGISLATORS, stateChamberEnd } from './count-nouns.ts';
import { CLASS_MODIFIERS, MAX_MODIFIERS, type NounClassInfo } from './lexicon.ts';
import { isModifier } from './token-shape.ts';
import type { Tokens } from './tokenize.ts';
import type { Meter } from './trie.ts';

export interface CountedNoun {
  last: number;
  info: NounClassInfo;
  nounFirst: number;
  /** The one class a modifier or chamber narrows the noun's classes to ("House Democrats"). */
  narrowed: string | undefined;
}

/** Words that join listed nouns ("mothers, fathers and children", "moms with kids", "madres y niños"). */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'with', 'y', 'e', 'o', 'con']);
/** Possessives allowed right after a joiner ("children and their mothers", "madres con sus hijos"). */
const LIST_POSSESSIVES: ReadonlySet<string> = new Set(['their', 'sus']);
/** Words between "of" and the group a count is part of. */
const PARTITIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'our', 'its', 'my', 'your']);
/** The most nouns a list adds to its first. */
const MAX_LISTED = 3;

/** The noun phrase a number counts, from token `from` (right after the number), or undefined. */
export function countedNoun(c: Compiled, t: Tokens, from: number, meter: Meter): CountedNoun | undefined {
  // "146 of his colleagues", "121 of our neighbors": a part of a group named after "of".
  if (t.lower[from] === 'of' && PARTITIVE_DETERMINERS.has(t.lower[from + 1]!)) from += 2;
  const noun = nounAfterModifiers(c, t, from, meter);
  if (!noun) return undefined;
  const listed = withList(c, t, noun, meter);
  if (!listed) return undefined;
  // "100 immigrants' rights protesters": the noun names a cause, and the count is of others.
  if (t.raw[listed.last + 1] === "'" && t.lower[listed.last + 2] === 'rights') return undefined;
  return withChamber(c, t, listed, meter);
}

/** Up to MAX_MODIFIERS modifiers (a hyphenated compound is one), then the longest known count noun. */
function nounAfterModifiers(c: Compiled, t: Tokens, from: number, meter: Meter): CountedNoun | undefined {
  let best: CountedNoun | undefined;
  let narrowed: string | undefined;
  for (let skip = 0, at = from; skip <= MAX_MODIFIERS && at < t.count; skip++, at++) {
    for (const hit of c.nouns.walk(t, t.lower, at, 1, meter)) {
      if (!best || hit.edge > best.last) best = { last: hit.edge, info: hit.items[0]!, nounFirst: at, narrowed };
    }
    const compound = compoundModifierEnd(t, at);
    if (compound > at) {
      at = compound;
      continue;
    }
    if (!isModifier(t, at)) break;
    narrowed = CLASS_MODIFIERS[t.lower[at]!] ?? narrowed;
  }
  return best;
}

/**
 * More nouns of the noun's class, listed after it, are one group; a list ends with a joiner
 * ("121 personas, detenidas el domingo" is no list). A noun that counts only in a list
 * ("fathers") alone counts nothing.
 */
function withList(c: Compiled, t: Tokens, noun: CountedNoun, meter: Meter): CountedNoun | undefined {
  let end = noun.last;
  for (let n = 0, at = noun.last + 1; n < MAX_LISTED; n++) {
    const comma = t.raw[at] === ',';
    if (comma) at++;
    const joined = COORDINATORS.has(t.lower[at]!);
    if (joined) at++;
    if (!comma && !joined) break;
    // "… and their children", "… con sus hijos".
    if (joined && LIST_POSSESSIVES.has(t.lower[at]!)) at++;
    const next = c.nouns
      .walk(t, t.lower, at, 1, meter)
      .filter((h) => h.items[0]!.classes.some((k) => noun.info.classes.includes(k)));
    if (next.length === 0) break;
    const edge = next[next.length - 1]!.edge;
    // The next noun may be a pair itself ("…, fathers and children").
    let ends = joined;
    for (let k = at; k <= edge && !ends; k++) ends = COORDINATORS.has(t.lower[k]!);
    if (ends) end = edge;
    at = edge + 1;
  }
  if (!noun.info.listOnly) return { ...noun, last: end };
  return end > noun.last ? { ...noun, last: end, info: { classes: noun.info.classes, generic: false } } : undefined;
}

/** "… members of the Senate Democratic caucus", "… congresistas de la Cámara de Representantes". */
function withChamber(c: Compiled, t: Tokens, noun: CountedNoun, meter: Meter): CountedNoun {
  // A state's chamber ("of the Maryland Senate") makes any count of legislators a state's.
  const state = stateChamberEnd(t.lower, noun.last + 1);
  if (state >= 0)
    return { ...noun, last: state, narrowed: undefined, info: { classes: [STATE_LEGISLATORS], generic: false } };
  let best = noun;
  for (const hit of c.tails.walk(t, t.lower, noun.last + 1, 1, meter)) {
    const cls = hit.items.find((k) => noun.info.classes.includes(k) && (!noun.narrowed || noun.narrowed === k));
    // A vague noun ("members", "legisladores") named with its chamber is as specific as "senators".
    if (cls) best = { ...noun, last: hit.edge, narrowed: cls, info: { classes: noun.info.classes, generic: false } };
  }
  return best;
}
