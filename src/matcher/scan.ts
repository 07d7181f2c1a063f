/**
 * The single pass over a block's tokens: at each token, one walk of the surface trie (all
 * entries at once), one of the context-term trie, and a bounded number parse (scan-quantity.ts).
 * Produces the candidates and the evidence that judging needs; decides nothing about sense.
 */
import type { Compiled, SurfaceItem } from './compile.ts';
import { OTHER_SENSE_AFTER } from './lexicon.ts';
import { scanQuantity } from './scan-quantity.ts';
import type { Lang } from './spanish.ts';
import type { Meter } from './trie.ts';
import { BREAK, NUM, WORD, type Tokens } from './tokenize.ts';
import { STARTS_CONTEXT, STARTS_NUMBER, STARTS_SURFACE } from './word-flags.ts';
import type { CandidateForm, Scan } from './scan-types.ts';
import { initialsAfter, initialsBefore, isAllCaps, isCapitalised } from './token-shape.ts';

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
      scanQuantity(c, t, i, lang, meter, out);
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
}

const AGENCY_KINDS: ReadonlySet<string> = new Set(['acronym', 'organization']);

/** Where "U.S.", "US" or "United States" right before token `first` starts, else `first`. */
function nationalPrefixStart(t: Tokens, first: number): number {
  const raw = (k: number): string => t.raw[first - k] ?? '';
  if (raw(1) === 'States' && raw(2) === 'United') return first - 2;
  if (raw(1) === 'US') return first - 1;
  const dots = raw(1) === '.' ? 1 : 0;
  if (raw(1 + dots) === 'S' && raw(2 + dots) === '.' && raw(3 + dots) === 'U') return first - 3 - dots;
  return first;
}
