/**
 * The single pass over a block's tokens: at each token, one walk of the surface trie (all
 * entries at once), one of the context-term trie, and a bounded number parse. Produces the
 * candidates and the evidence that judging needs; decides nothing about sense.
 */
import type { Compiled, SurfaceItem } from './compile.ts';
import { CLASS_MODIFIERS, MAX_MODIFIERS, OTHER_SENSE_AFTER } from './lexicon.ts';
import type { NounClassInfo, QualifierKind } from './lexicon.ts';
import { compatible, compatibleRange, isNumberWord, NEAR_MISS, parseNumberAt, type ParsedNumber } from './numbers.ts';
import { bareFigureEntries } from './bare-figures.ts';
import { compoundModifierEnd } from './compound.ts';
import { STATE_LEGISLATORS, stateChamberEnd } from './count-nouns.ts';
import { parseFractionAt, sameShare, type ParsedFraction } from './fractions.ts';
import { parseSpanishNumberAt, type Lang } from './spanish.ts';
import type { Meter } from './trie.ts';
import { BREAK, NUM, WORD, type Tokens } from './tokenize.ts';
import { STARTS_CONTEXT, STARTS_NUMBER, STARTS_SURFACE } from './word-flags.ts';

import type { CandidateForm, QuantityInfo, Scan } from './scan-types.ts';
import { initialsAfter, initialsBefore, isAllCaps, isCapitalised, isModifier } from './token-shape.ts';

export type { Candidate, CandidateForm, ContextHit, Definition, QuantityInfo, Scan } from './scan-types.ts';

/** `lang`: the block's language (see spanish.ts); Spanish number words are read only in Spanish. */
export function scan(c: Compiled, t: Tokens, collect: boolean, meter: Meter, lang: Lang = 'en'): Scan {
  const out: Scan = { candidates: [], hits: [], years: [], definitions: [], foreignFigures: [] };
  /** token index → entries whose name ends there (for "Name (ACR)" definitions). */
  const nameEnds = new Map<number, number[]>();

  const defineAcronym = (item: SurfaceItem, at: number, acronym: string): void => {
    if (t.raw[at - 1] === '(' && t.raw[at + 1] === ')') {
      let before = at - 2;
      if (t.lower[before] === 's' && t.raw[before - 1] === "'") before -= 2; // possessive "Security's (DHS)"
      if (nameEnds.get(before)?.includes(item.entry)) out.definitions.push({ entry: item.entry, same: true });
      else if (initialsBefore(t, before, acronym.length).toUpperCase() === acronym.toUpperCase()) {
        out.definitions.push({ entry: item.entry, same: false });
      }
    } else if (t.raw[at + 1] === '(') {
      const named = c.surface
        .walk(t, t.lower, at + 2, 1, meter)
        .some((h) => h.items.some((n) => n.entry === item.entry && n.form === 'name') && t.raw[h.edge + 1] === ')');
      if (named) out.definitions.push({ entry: item.entry, same: true });
      else if (initialsAfter(t, at + 2, acronym.length).toUpperCase() === acronym.toUpperCase()) {
        out.definitions.push({ entry: item.entry, same: false });
      }
    }
  };

  for (let i = 0; i < t.count; i++) {
    meter.steps++;
    const kind = t.kind[i];
    // Most tokens start no phrase and no number: one lookup says so without a walk.
    const flags = kind === WORD ? c.wordFlags(t.lower[i]!) : 0;
    if (kind === WORD) {
      if (flags & STARTS_SURFACE) {
        for (const hit of c.surface.walk(t, t.lower, i, 1, meter)) {
          for (const item of hit.items) surfaceHit(item, i, hit.edge);
        }
      }
      if (flags & STARTS_CONTEXT) {
        for (const hit of c.context.walk(t, t.stem, i, 1, meter)) {
          for (const term of hit.items) {
            const exact = c.terms[term]!.exact;
            const otherSense =
              exact === undefined
                ? i === hit.edge && isAcronymNotWord(i)
                : t.raw.slice(i, hit.edge + 1).join('') !== exact || otherSenseAfter(i, hit.edge);
            if (!otherSense) out.hits.push({ first: i, last: hit.edge, term });
          }
        }
      }
    } else if (kind === NUM && /^(19|20)\d\d$/.test(t.raw[i]!)) {
      out.years.push(i);
    }
    // Only a digit, a number word or "a" ("a dozen") starts a number (see parseNumberAt).
    if (collect && (kind === NUM || flags & STARTS_NUMBER)) {
      quantityAt(i);
    }
  }
  return out;

  /**
   * "RAID 5 array", "the NATO summit": a short word in capitals amid ordinary text is an acronym,
   * not the story's word ("raids"). In a shouted heading ("DEPORTATION RAIDS CONTINUE") it is
   * the word: a neighbouring word in capitals says so.
   */
  function isAcronymNotWord(i: number): boolean {
    const raw = t.raw[i]!;
    if (raw.length < 2 || raw.length > 4 || !isAllCaps(raw)) return false;
    return !isAllCaps(neighbourWord(i, -1)) && !isAllCaps(neighbourWord(i, 1));
  }

  function isLowercase(first: number, last: number): boolean {
    for (let k = first; k <= last; k++) if (t.kind[k] === WORD && t.raw[k] !== t.lower[k]) return false;
    return true;
  }

  function neighbourWord(i: number, step: 1 | -1): string {
    for (let k = i + step, n = 0; n < 3 && k >= 0 && k < t.count && t.kind[k] !== BREAK; k += step, n++) {
      if (t.kind[k] === WORD) return t.raw[k]!;
    }
    return '';
  }

  /** "ICE vehicle", "TPS report": an acronym term in another sense is no evidence either. */
  function otherSenseAfter(first: number, last: number): boolean {
    const next = t.kind[last + 1] === WORD ? t.lower[last + 1]! : '';
    return OTHER_SENSE_AFTER[t.lower[first]!]?.includes(next) ?? false;
  }

  function surfaceHit(item: SurfaceItem, first: number, last: number): void {
    switch (item.form) {
      case 'acronym': {
        const written = t.raw.slice(first, last + 1).join('');
        if (written !== item.exact) return;
        // "I.C.E." only as one unspaced run (so its trigger key, the whole run, is in the text).
        for (let k = first; k < last; k++) if (t.end[k] !== t.start[k + 1]) return;
        defineAcronym(item, first, written);
        break;
      }
      case 'name': {
        const ends = nameEnds.get(last);
        if (ends) ends.push(item.entry);
        else nameEnds.set(last, [item.entry]);
        break;
      }
      case 'fullName':
      case 'surname':
        // A full name in a lowercase tag line ("filed under: bernie sanders") still names the
        // person (judged more warily); otherwise every word of a name is capitalised.
        if (!(item.form === 'fullName' && isLowercase(first, last))) {
          for (let k = first; k <= last; k++) if (t.kind[k] === WORD && !isCapitalised(t.raw[k]!)) return;
        }
        break;
    }
    if (!collect) return;
    // "U.S. Dept. of Homeland Security", "United States Department of …": the country's name
    // before an agency's is part of its name, as "the" is not.
    if (item.form === 'name' && AGENCY_KINDS.has(c.entries[item.entry]!.kind)) first = nationalPrefixStart(t, first);
    let form: CandidateForm = item.form;
    if (form === 'surname') {
      const titled = c.titles.walk(t, t.lower, first - 1, -1, meter).some((h) => h.items.includes(item.entry));
      if (titled) form = 'titleSurname';
    }
    out.candidates.push({ entry: item.entry, first, last, form, item });
  }

  function quantityAt(i: number): void {
    const number = parseNumberAt(t, i) ?? (lang === 'es' ? parseSpanishNumberAt(t, i) : undefined);
    const fraction = number ? undefined : parseFractionAt(t, i);
    if (!number && !fraction) return;
    const start = fraction ? fraction.first : i;
    let qualifier: QualifierKind = 'exact';
    let first = start;
    for (const hit of c.qualifiers.walk(t, t.lower, start - 1, -1, meter)) {
      const info = hit.items[0]!;
      qualifier = info.kind;
      if (info.inSpan) first = hit.edge;
    }
    // "a dozen House Democrats" is a round figure, not a count of exactly twelve.
    if (number?.round && qualifier === 'exact') qualifier = 'about';
    let numberLast = number ? number.last : fraction!.last;
    // "120-plus", "a hundred plus": a floor, as "more than" before it would be.
    const suffix = number ? floorSuffixEnd(numberLast) : -1;
    if (suffix >= 0) {
      numberLast = suffix;
      if (qualifier === 'exact' || qualifier === 'about') qualifier = 'at-least';
    }
    const best = countedNoun(groupStart(number, fraction, numberLast));
    if (!best) {
      if (number) {
        for (const entry of bareFigureEntries(c, t, first, numberLast, number.value, qualifier)) {
          const quantity = {
            stated: number.value,
            qualifier,
            numberFirst: start,
            numberLast,
            nounFirst: numberLast + 1,
          };
          out.candidates.push({
            entry,
            first,
            last: numberLast,
            form: 'quantity',
            quantity: { ...quantity, generic: true, bare: true },
          });
        }
      }
      return;
    }
    const classes = best.narrowed ? best.info.classes.filter((k) => k === best.narrowed) : best.info.classes;
    const push = (entry: number, stated: number, extra: Partial<QuantityInfo>): void => {
      out.candidates.push({
        entry,
        first,
        last: best.last,
        form: 'quantity',
        quantity: {
          stated,
          qualifier,
          numberFirst: start,
          numberLast,
          nounFirst: best.nounFirst,
          generic: best.info.generic,
          ...extra,
        },
      });
    };
    if (fraction) {
      for (const cls of classes) {
        for (const fact of c.fractions.get(cls) ?? []) {
          if (Math.abs(fact.value - fraction.value) < 0.01 && sameShare(qualifier, fact.qualifier)) {
            push(fact.entry, fraction.value, { fraction: true });
          }
        }
      }
      return;
    }
    const value = number!.value;
    if (classes.every((k) => !c.quantities.has(k) && !c.fractions.has(k))) {
      out.foreignFigures.push({ at: first, value });
      return;
    }
    const [lo, hi] = compatibleRange(value);
    const seen = new Set<number>();
    for (const cls of classes) {
      const facts = c.quantities.get(cls);
      if (!facts) continue;
      for (let k = lowerBound(facts, lo); k < facts.length && facts[k]!.value <= hi; k++) {
        meter.steps++;
        const fact = facts[k]!;
        const sameClaim = fact.claim === qualifier && fact.value === value;
        // "147 House Democrats" for 146: the judge asks for the story all around it.
        const near =
          qualifier === 'exact' && !best.info.generic && fact.value >= 10 && Math.abs(value - fact.value) <= NEAR_MISS;
        if (seen.has(fact.entry) || !(sameClaim || near || compatible(qualifier, value, fact.value))) continue;
        seen.add(fact.entry);
        push(fact.entry, value, fact.value !== value && qualifier === 'exact' && !sameClaim ? { near: true } : {});
      }
    }
  }

  /**
   * The last token of a "-plus" / " plus" / "-odd" right after a number's last token ("120-plus",
   * "a hundred-odd"), or -1 ("121 plus 3" is a sum; "odd" only hyphenated).
   */
  function floorSuffixEnd(last: number): number {
    const hyphen = t.raw[last + 1] === '-';
    const at = hyphen ? last + 2 : last + 1;
    const word = t.lower[at];
    if (word !== 'plus' && !(word === 'odd' && hyphen)) return -1;
    if (t.kind[at + 1] === NUM || isNumberWord(t.lower[at + 1] ?? '')) return -1;
    return at;
  }

  /** Where the counted group may start: after the number ("un centenar de personas": after "de"). */
  function groupStart(number: ParsedNumber | undefined, fraction: ParsedFraction | undefined, last: number): number {
    if (fraction) return fraction.groupFrom;
    // "146<br>House Democrats": a wrapped line between the number and what it counts.
    const after = last + (t.kind[last + 1] === BREAK && t.kind[last + 2] !== BREAK ? 2 : 1);
    return number!.round && lang === 'es' && t.lower[after] === 'de' ? after + 1 : after;
  }

  /** Up to MAX_MODIFIERS modifiers (a hyphenated compound is one), then the longest known count noun. */
  function countedNoun(
    from: number,
  ): { last: number; info: NounClassInfo; nounFirst: number; narrowed: string | undefined } | undefined {
    let best: { last: number; info: NounClassInfo; nounFirst: number; narrowed: string | undefined } | undefined;
    let narrowed: string | undefined;
    // "146 of his colleagues", "121 of our neighbors": a part of a group named after "of".
    if (t.lower[from] === 'of' && PARTITIVE_DETERMINERS.has(t.lower[from + 1]!)) from += 2;
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
      const narrows = CLASS_MODIFIERS[t.lower[at]!];
      if (narrows) narrowed = narrows;
    }
    // "121 mothers, fathers and children": more nouns of the same class, listed, are one group; a
    // list ends with "and" or "or" ("121 personas, detenidas el domingo" is no list).
    if (best) {
      const group = best;
      let end = group.last;
      for (let n = 0, at = group.last + 1; n < 3; n++) {
        const comma = t.raw[at] === ',';
        if (comma) at++;
        const joined = COORDINATORS.has(t.lower[at]!);
        if (joined) at++;
        // "… and their children", "… con sus hijos".
        if (joined && LIST_POSSESSIVES.has(t.lower[at]!)) at++;
        if (!comma && !joined) break;
        const next = c.nouns
          .walk(t, t.lower, at, 1, meter)
          .filter((h) => h.items[0]!.classes.some((k) => group.info.classes.includes(k)));
        if (next.length === 0) break;
        const edge = next[next.length - 1]!.edge;
        // The noun may be a pair itself ("…, fathers and children").
        let listed = joined;
        for (let k = at; k <= edge && !listed; k++) listed = COORDINATORS.has(t.lower[k]!);
        at = edge + 1;
        if (listed) end = edge;
      }
      // A noun that counts only in a list ("fathers") alone counts nothing.
      best = group.info.listOnly
        ? end > group.last
          ? { ...group, last: end, info: { classes: group.info.classes, generic: false } }
          : undefined
        : { ...group, last: end };
    }
    // "100 immigrants' rights protesters": the noun names a cause, and the count is of others.
    if (best && t.raw[best.last + 1] === "'" && t.lower[best.last + 2] === 'rights') return undefined;
    // "… members of the Senate Democratic caucus", "… congresistas de la Cámara de Representantes".
    if (best) {
      // A state's chamber ("of the Maryland Senate") makes any count of legislators a state's.
      const state = stateChamberEnd(t.lower, best.last + 1);
      if (state >= 0) {
        return { ...best, last: state, narrowed: undefined, info: { classes: [STATE_LEGISLATORS], generic: false } };
      }
      for (const hit of c.tails.walk(t, t.lower, best.last + 1, 1, meter)) {
        const cls = hit.items.find((k) => best!.info.classes.includes(k) && (!best!.narrowed || best!.narrowed === k));
        // A vague noun ("members", "legisladores") named with its chamber is as specific as "senators".
        if (cls)
          best = { ...best, last: hit.edge, narrowed: cls, info: { classes: best.info.classes, generic: false } };
      }
    }
    return best;
  }
}

const AGENCY_KINDS: ReadonlySet<string> = new Set(['acronym', 'organization']);
/** Words that join listed nouns ("mothers, fathers and children", "moms with kids", "madres y niños"). */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'with', 'y', 'e', 'o', 'con']);
/** Possessives allowed right after a joiner ("children and their mothers", "madres con sus hijos"). */
const LIST_POSSESSIVES: ReadonlySet<string> = new Set(['their', 'sus']);
/** Words between "of" and the group a count is part of. */
const PARTITIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'our', 'its', 'my', 'your']);

/** Where "U.S.", "US" or "United States" right before token `first` starts, else `first`. */
function nationalPrefixStart(t: Tokens, first: number): number {
  const raw = (k: number): string => t.raw[first - k] ?? '';
  if (raw(1) === 'States' && raw(2) === 'United') return first - 2;
  if (raw(1) === 'US') return first - 1;
  const dots = raw(1) === '.' ? 1 : 0;
  if (raw(1 + dots) === 'S' && raw(2 + dots) === '.' && raw(3 + dots) === 'U') return first - 3 - dots;
  return first;
}

function lowerBound(facts: readonly { value: number }[], value: number): number {
  let lo = 0;
  let hi = facts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (facts[mid]!.value < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
