/**
 * Checks for another sense of a candidate, read from the tokens around it: a shouted heading, an
 * organisation cue ("ICE agents"), a unit or other meaning ("40,000 TPS", "TPS reports"), another
 * person of the same surname ("Boris Johnson"), a year outside the story's. Used by judge.ts.
 */
import type { Compiled } from './compile.ts';
import { CALENDAR, HONORIFICS, ORGANISATION_CUES, OTHER_SENSE_AFTER, STOPWORDS } from './lexicon.ts';
import type { Candidate, Scan } from './scan.ts';
import { isAllCaps, isCapitalised } from './token-shape.ts';
import { NUM, PUNCT, WORD, type Tokens } from './tokenize.ts';
import type { Meter } from './trie.ts';

/** Tokens on each side in which a year outside the story's years vetoes a quantity. */
const YEAR_WINDOW = 12;

/** The checks for one block's tokens and scan. */
export function senseChecks(c: Compiled, t: Tokens, scan: Scan, meter: Meter) {
  /** ALL-CAPS surroundings (a shouted heading) say nothing about an acronym. */
  function isShouted(cand: Candidate): boolean {
    let caps = 0;
    let lower = 0;
    const scanAround = (from: number, step: 1 | -1): void => {
      const line = t.line[cand.first];
      for (
        let i = from, words = 0, n = 0;
        i >= 0 && i < t.count && words < 3 && n < 12 && t.line[i] === line;
        i += step, n++
      ) {
        if (t.kind[i] !== WORD) continue;
        words++;
        const raw = t.raw[i]!;
        if (c.acronyms.has(raw)) continue;
        if (isAllCaps(raw)) caps++;
        else if (raw !== raw.toUpperCase()) lower++;
      }
    };
    scanAround(cand.first - 1, -1);
    scanAround(cand.last + 1, 1);
    return caps > lower;
  }

  /** "ICE agents", "DHS said": a word right next to the acronym that only an organisation takes. */
  function organisationCue(cand: Candidate): string | undefined {
    for (const i of [cand.last + 1, cand.last + 2, cand.first - 1]) {
      if (t.kind[i] === WORD && ORGANISATION_CUES.has(t.lower[i]!) && t.line[i] === t.line[cand.first])
        return t.lower[i];
    }
    return undefined;
  }

  function hasOtherSense(cand: Candidate): boolean {
    const next = t.kind[cand.last + 1] === WORD ? t.lower[cand.last + 1]! : '';
    if (OTHER_SENSE_AFTER[t.lower[cand.first]!]?.includes(next)) return true;
    // "40,000 TPS": a count before an acronym makes it a unit (years excepted: "2016 ICE raids").
    const prev = cand.first - 1;
    return t.kind[prev] === NUM && !isYear(prev);
  }

  /**
   * "Boris Johnson", "Sarah Huckabee Sanders": another person's first or middle name before the
   * surname (judge.ts then treats a bare surname as ambiguous on the rest of the page).
   */
  function isNamesake(cand: Candidate): boolean {
    const prev = cand.first - 1;
    if (t.kind[prev] !== WORD || !isCapitalised(t.raw[prev])) return false;
    const w = t.lower[prev]!;
    return !c.entries[cand.entry]!.firstNames.has(w) && !HONORIFICS.has(w) && !STOPWORDS.has(w);
  }

  /** "Colonel Sanders", "Boris Johnson", "Johnson City", "Johnson & Wales": another person or thing. */
  function isOtherPerson(cand: Candidate): boolean {
    const prev = cand.first - 1;
    if (isNamesake(cand)) return true;
    if (t.kind[prev] === PUNCT && t.raw[prev] === '.' && t.kind[prev - 1] === WORD) {
      const w = t.lower[prev - 1]!;
      if (isCapitalised(t.raw[prev - 1]) && w.length <= 2 && !HONORIFICS.has(w)) return true; // "J. Johnson"
    }
    const next = cand.last + 1;
    if (t.raw[next] === '&' && t.kind[next + 1] === WORD && isCapitalised(t.raw[next + 1])) return true;
    // In a headline in title case every word is capitalised: "Leahy Questions Secretary Johnson".
    if (titleCaseLine(cand.first)) return false;
    return t.kind[next] === WORD && isCapitalised(t.raw[next]) && !CALENDAR.has(t.lower[next]!);
  }

  /** Whether the line around token `i` is written in title case (most of its longer words capitalised). */
  function titleCaseLine(i: number): boolean {
    const line = t.line[i];
    let words = 0;
    let capitalised = 0;
    // A headline is short: a line running on past 24 tokens either side is none (and costs no more).
    let k = i;
    for (; k >= 0 && k > i - 24 && t.line[k] === line; k--) count(k);
    if (k >= 0 && t.line[k] === line) return false;
    for (k = i + 1; k < t.count && k < i + 24 && t.line[k] === line; k++) count(k);
    if (k < t.count && t.line[k] === line) return false;
    return words >= 4 && capitalised >= 0.8 * words;
    function count(k: number): void {
      if (t.kind[k] !== WORD || t.raw[k]!.length < 4 || STOPWORDS.has(t.lower[k]!)) return;
      words++;
      if (isCapitalised(t.raw[k]) && !isAllCaps(t.raw[k]!)) capitalised++;
    }
  }

  function isYear(i: number): boolean {
    const k = firstAtOrAfter(scan.years.length, (j) => scan.years[j]!, i);
    return scan.years[k] === i;
  }

  function hasForeignYear(cand: Candidate): boolean {
    const years = scan.years;
    const line = t.line[cand.first];
    for (let k = firstAtOrAfter(years.length, (j) => years[j]!, cand.first - YEAR_WINDOW); k < years.length; k++) {
      const y = years[k]!;
      meter.steps++;
      if (y > cand.last + YEAR_WINDOW) break;
      if (t.line[y] === line && !c.storyYears.has(Number(t.raw[y]))) return true;
    }
    return false;
  }

  return { isShouted, organisationCue, hasOtherSense, isOtherPerson, isNamesake, hasForeignYear };
}

/** Binary search: first index whose key is >= value, over keys sorted ascending. */
export function firstAtOrAfter(length: number, key: (i: number) => number, value: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(mid) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
