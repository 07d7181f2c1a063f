/**
 * Another event with the same figure: "22 GOP senators", "in July 2019, 22 senators", "146
 * lawmakers urging the governor", "Mexican authorities detained 121 migrants". A quantity entry
 * carries who, when and to whom (EventAttributes, from its quotes); a candidate whose own words
 * or sentence state otherwise is not that entry, and the reason says what differs.
 */
import type { Compiled } from './compiled.ts';
import type { Candidate } from './scan.ts';
import data from './tables/events.json';
import { BREAK, NUM, PUNCT, WORD, type Tokens } from './tokenize.ts';

/** Tokens around a candidate read for its event: about a sentence's worth. */
const SENTENCE = 15;
/** Words after a count that still describe who is counted ("22 senators from the PAN"). */
const AFTER_SPAN = 4;

/** Party words in lowercase match any case; those written with capitals match only as written. */
const PARTY = new Map<string, string>();
const PARTY_AS_WRITTEN = new Map<string, string>();
for (const [party, words] of Object.entries(data.parties)) {
  for (const w of words) (w === w.toLowerCase() ? PARTY : PARTY_AS_WRITTEN).set(w, party);
}
const MONTHS = new Map(Object.entries(data.months));
const WEEKDAYS = new Set(data.weekdays);
const ADDRESS_CUES = new Set(data.addressCues);
const TO_PRESIDENT = new Set(data.addressees.president);
const TO_OTHER = new Set(data.addressees.other);
const DEMONYMS = new Set(data.demonyms);
const AUTHORITIES = new Set(data.authorities);
/** Skipped between an address cue and its head ("to the acting", "al gobernador"). */
const ADDRESS_FILLER = new Set(['the', 'el', 'la', 'acting', 'then', 'state', 'u.s', 'us', '.', 'its', 'their']);

/** Words for the office itself, after which a name says which president ("President Trump"). */
const OFFICE_WORDS = new Set(['president', 'presidente']);
const presidents = new WeakMap<Compiled, Set<string>>();
/** Lowercase names (surnames, first names) of the dataset's people titled president. */
function presidentsOf(c: Compiled): Set<string> {
  let names = presidents.get(c);
  if (!names) {
    names = new Set();
    for (const e of c.entries) {
      if (e.rule.type !== 'person' || !e.rule.titles.some((title) => /\bpresident$/i.test(title))) continue;
      for (const part of e.rule.surname.toLowerCase().split(/\s+/)) names.add(part);
      for (const first of e.firstNames) names.add(first);
    }
    presidents.set(c, names);
  }
  return names;
}

export function otherEventChecks(c: Compiled, t: Tokens, years: readonly number[]) {
  const word = (i: number): string | undefined => (t.kind[i] === WORD ? t.lower[i] : undefined);
  const partyAt = (i: number): string | undefined =>
    t.kind[i] === WORD ? (PARTY_AS_WRITTEN.get(t.raw[i]!) ?? PARTY.get(t.lower[i]!)) : undefined;

  /** The sentence around the candidate, on its line: [from, to]. */
  function sentenceOf(cand: Candidate): [number, number] {
    let from = cand.first;
    while (from > 0 && cand.first - from < SENTENCE && t.kind[from - 1] !== BREAK && !endsSentence(from - 1)) from--;
    let to = cand.last;
    while (to + 1 < t.count && to - cand.last < SENTENCE && t.kind[to + 1] !== BREAK && !endsSentence(to + 1)) to++;
    return [from, to];
  }
  const endsSentence = (i: number): boolean =>
    t.kind[i] === PUNCT && (t.raw[i] === '.' || t.raw[i] === ';') && t.kind[i + 1] !== WORD;

  /** "22 GOP senators", "22 senadores del PAN": a party in the count's own words, not the entry's. */
  function otherParty(cand: Candidate, party: string): string | undefined {
    let other: string | undefined;
    for (let i = cand.first; i <= cand.last + AFTER_SPAN && i < t.count && t.kind[i] !== BREAK; i++) {
      if (i > cand.last && t.kind[i] === PUNCT) break;
      const p = partyAt(i);
      if (p === party) return undefined;
      if (p && !other) other = t.raw[i];
    }
    return other;
  }

  /**
   * The month token of the date a year token ends: "July 2019", "agosto de 2019", "Dec. 3, 2015",
   * "December 3, 2015", "3 de diciembre de 2015".
   */
  function monthBefore(y: number): number | undefined {
    let i = y - 1;
    if (word(i) === 'de') i--;
    if (t.raw[i] === ',' && t.kind[i - 1] === NUM) i -= 2;
    if (t.raw[i] === '.') i--;
    return MONTHS.has(word(i) ?? '') ? i : undefined;
  }

  /** "In July 2019", "en agosto de 2019": a month and year in the sentence other than the event's. */
  function otherMonth(from: number, to: number, months: readonly string[]): string | undefined {
    for (const y of years) {
      if (y < from || y > to) continue;
      const at = monthBefore(y);
      const m = at === undefined ? undefined : MONTHS.get(word(at)!);
      if (m === undefined) continue;
      const stated = Number(t.raw[y]) * 12 + m - 1;
      const near = months.some(
        (ym) => Math.abs(Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1 - stated) <= 1,
      );
      if (!near) return `${t.raw[at!]} ${t.raw[y]}`;
    }
    return undefined;
  }

  /** "urging the governor of Texas": a letter to someone else than the event's addressee. */
  function otherAddressee(cand: Candidate, to: number): string | undefined {
    for (let i = cand.last + 1; i <= to; i++) {
      if (!ADDRESS_CUES.has(word(i) ?? '')) continue;
      // Skip "the acting", and the capitalised words of an office ("Homeland Security Secretary").
      let k = i + 1;
      for (let caps = 0; k <= to; k++) {
        if (ADDRESS_FILLER.has(t.lower[k]!)) continue;
        const w = word(k);
        if (!w || TO_PRESIDENT.has(w) || TO_OTHER.has(w) || caps >= 3 || !/^\p{Lu}/u.test(t.raw[k]!)) break;
        caps++;
      }
      const head = word(k);
      if (head && TO_PRESIDENT.has(head)) {
        // "to President Trump": a president, not the story's.
        const next = t.lower[k + 1] ?? '';
        const capitalised = t.kind[k + 1] === WORD && /^\p{Lu}/u.test(t.raw[k + 1]!);
        const name = capitalised && !WEEKDAYS.has(next) && !MONTHS.has(next) ? next : undefined;
        return name && OFFICE_WORDS.has(head) && !presidentsOf(c).has(name) ? `${t.raw[k]} ${t.raw[k + 1]}` : undefined;
      }
      if (head && TO_OTHER.has(head)) return t.raw[k];
    }
    return undefined;
  }

  /** "Mexican authorities", "las autoridades mexicanas": another country acting. */
  function foreignActor(from: number, to: number): string | undefined {
    for (let i = from; i <= to; i++) {
      const w = word(i);
      if (!w || !DEMONYMS.has(w)) continue;
      if (AUTHORITIES.has(word(i + 1) ?? '')) return `${t.raw[i]} ${t.raw[i + 1]}`;
      if (AUTHORITIES.has(word(i - 1) ?? '')) return `${t.raw[i - 1]} ${t.raw[i]}`;
    }
    return undefined;
  }

  /** Why the candidate tells of another event than its entry's, or undefined. */
  function otherEvent(cand: Candidate): string | undefined {
    const event = c.entries[cand.entry]!.event;
    const [from, to] = sentenceOf(cand);
    const actor = foreignActor(from, to);
    if (actor) return `another country's authorities (${actor})`;
    if (!event) return undefined;
    const party = event.party && otherParty(cand, event.party);
    if (party) return `another party (${party}; the sources: ${event.party})`;
    const month = event.months && otherMonth(from, to, event.months);
    if (month) return `another date (${month}; the sources: ${event.months!.join(', ')})`;
    const addressee = event.addressee && otherAddressee(cand, to);
    if (addressee) return `addressed to someone else (${addressee}; the sources: the ${event.addressee})`;
    return undefined;
  }

  return { otherEvent };
}
