/**
 * People: runs of 2–3 capitalised name words that the text marks as a person — a title before
 * ("Homeland Security Secretary Jeh Johnson", "Sen. Bernie Sanders"), a party tag after
 * ("Harry Reid, D-Nev."), "of <State>" after ("Chuck Schumer of New York"), or membership in a
 * list headed by such a name ("GOP contenders Donald Trump, Ted Cruz and Marco Rubio"). Roles
 * are kept as the articles word them.
 */
import { PLACE_NAMES } from './gazetteer.ts';
import type { Sentence } from './text.ts';
import { escapeRegExp, fold } from './text.ts';

export interface PersonMention {
  sentence: Sentence;
  name: string;
  /** Offsets within the sentence of the name, and of the whole "role + name + tag" phrase. */
  nameStart: number;
  nameEnd: number;
  phraseStart: number;
  phraseEnd: number;
  roleParts: string[];
  titles: string[];
}

export interface Person {
  key: string;
  names: string[];
  mentions: PersonMention[];
}

const NAME_WORD = /\p{Lu}(?:[’']\p{Lu})?\p{Ll}+(?:-\p{Lu}\p{Ll}+)?/uy;
export const TITLE_WORDS = new Set(
  ('sen senator senators rep representative president secretary spokesman spokeswoman spokesperson ' +
    'leader director editor candidate front-runner contender contenders gov governor mayor judge ' +
    'chairman chairwoman commissioner minister ambassador deputy chief officer attorney').split(' '),
);
/** Capitalised words that are never part of a person's name. */
const NON_NAME = new Set(
  ('the a an in on at as to of for and but or if so he she it they we our his her its this that these those ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december christmas democrats democratic democrat republicans republican ' +
    'senate house congress congressional caucus council committee department office post court state states ' +
    'administration agency images facebook twitter instagram homeland security immigration customs enforcement ' +
    'letter raids deportation comprehensive solution us here other among federal like follow not also').split(' '),
);
const ROLE_TOKEN =
  "(?:No\\. \\d+|U\\.S\\.|\\p{Lu}[\\p{L}.’'-]*|of|former|presidential|candidate|spokesman|spokeswoman|spokesperson|front-runner|liberal|top|leader|contenders?)";
const ROLE_PREFIX = new RegExp(`(?:${ROLE_TOKEN} (?:and former )?)+$`, 'u');
const HONORIFIC = /(?:^|\s)((?:U\.S\. )?(?:Sen\.|Rep\.|Senator|Representative))$/u;
const PARTY = /^(?:, | \()([DR]-(?:[A-Z][a-z]*\.)+|[DR]-[A-Z][a-z]+)\)?/u;
const PLACE_SUFFIX = new RegExp(`^ of (${PLACE_NAMES.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');
const APPOSITIVE = /^, (top [^,.;]+)/u;
const INCLUDING = /(?:(\p{L}+) )?(\p{L}+s),? including $/u;

interface Candidate {
  start: number;
  end: number;
  name: string;
}

/** Capitalised runs that could be names, in one sentence. */
function nameRuns(text: string): Candidate[] {
  const runs: Candidate[] = [];
  const wordStart = /(?<![\p{L}\p{N}’'./@-])(?=\p{Lu})/gu;
  let skipUntil = 0;
  for (const m of text.matchAll(wordStart)) {
    if (m.index < skipUntil) continue;
    let pos = m.index;
    const words: string[] = [];
    while (words.length < 3) {
      NAME_WORD.lastIndex = pos;
      const w = NAME_WORD.exec(text);
      if (!w || /[\p{L}\p{N}/@]/u.test(text[pos + w[0].length] ?? '') || NON_NAME.has(fold(w[0]))) break;
      if (TITLE_WORDS.has(fold(w[0]))) break;
      words.push(w[0]);
      pos += w[0].length;
      if (text[pos] !== ' ' && text[pos] !== '\u00a0') break;
      pos += 1;
    }
    if (words.length >= 2) {
      const name = words.join(' ');
      const end = m.index + name.length;
      if (!PLACE_NAMES.includes(name)) runs.push({ start: m.index, end, name });
      skipUntil = end;
    }
  }
  return runs;
}

/** Finds people in the sentences (two passes: marked names, then known names anywhere). */
export function findPeople(sentences: readonly Sentence[]): Person[] {
  const people = new Map<string, Person>();
  const add = (mention: PersonMention): void => {
    const key = fold(mention.name);
    const person = people.get(key) ?? { key, names: [], mentions: [] };
    if (!person.names.includes(mention.name)) person.names.push(mention.name);
    person.mentions.push(mention);
    people.set(key, person);
  };
  const unmarked: [Sentence, Candidate][] = [];
  for (const sentence of sentences) {
    let listOffice: string | undefined;
    let listEnd = -1;
    for (const run of nameRuns(sentence.text)) {
      let described = describe(sentence, run);
      const joined = listEnd >= 0 && /^(?:,|,? and)\s$/.test(sentence.text.slice(listEnd, run.start));
      const inList = joined && listOffice !== undefined && !described.ownOffice;
      if (inList) described = describe(sentence, run, listOffice);
      const { mention } = described;
      if (isMarked(mention)) {
        add(mention);
        listEnd = mention.phraseEnd;
        if (!inList) listOffice = described.listOffice;
      } else {
        unmarked.push([sentence, run]);
        listEnd = -1;
      }
    }
  }
  for (const [sentence, run] of unmarked) {
    if (people.has(fold(run.name.replace(/\s/g, ' ')))) add(describe(sentence, run).mention);
  }
  return [...people.values()];
}

function isMarked(m: PersonMention): boolean {
  return m.titles.length > 0 || m.roleParts.length > 0;
}

function hasTitleWord(phrase: string): boolean {
  return phrase.split(' ').some((w) => TITLE_WORDS.has(fold(w).replace(/\.$/, '')));
}

interface Described {
  mention: PersonMention;
  /** The mention names its own office (title before it, or "senators including"). */
  ownOffice: boolean;
  /** Office shared with the names listed after this one ("GOP contenders A, B and C"). */
  listOffice: string | undefined;
}

function describe(sentence: Sentence, run: Candidate, inheritedOffice?: string): Described {
  const text = sentence.text;
  const before = text.slice(0, run.start);
  const prefixMatch = ROLE_PREFIX.exec(before);
  // a party tag ends the previous list item ("…, D-Ill. Rep. Steny Hoyer")
  let prefix = (prefixMatch?.[0] ?? '').trim().replace(/^.*\b[DR]-\S+ /, '').replace(/^(?:of|and former) /, '');
  if (!hasTitleWord(prefix)) prefix = '';
  const phraseStart = prefix ? run.start - prefix.length - 1 : run.start;
  let after = run.end;
  const titles: string[] = [];
  const honorific = HONORIFIC.exec(prefix)?.[1];
  let office: string | undefined;
  if (honorific) {
    prefix = prefix.slice(0, prefix.length - honorific.length).trim();
    const bare = honorific.replace(/^U\.S\. /, '');
    office = bare.startsWith('Sen') ? 'Senator' : 'Representative';
    if (honorific.startsWith('U.S.')) office = `U.S. ${office}`;
    titles.push(bare, office.replace(/^U\.S\. /, ''));
  }
  if (office && prefix && !hasTitleWord(prefix)) {
    // "liberal Sen. Elizabeth Warren", "Vermont Sen. Patrick Leahy": the words qualify the office
    office = PLACE_NAMES.includes(prefix) ? office : `${prefix} ${office}`;
    prefix = '';
  }
  const including = !prefix && !office ? INCLUDING.exec(before) : null;
  if (including?.[2]) office = `${including[1] ?? ''} ${including[2].replace(/s$/, '')}`.trim();
  const ownOffice = Boolean(prefix || office);
  if (!ownOffice && inheritedOffice) office = inheritedOffice;
  const listOffice = office ?? (/s$/.test(prefix) && !/\s(?:of|and)\s/.test(prefix) ? prefix.replace(/s$/, '') : undefined);
  const placeSuffix = PLACE_SUFFIX.exec(text.slice(after));
  if (placeSuffix) after += placeSuffix[0].length;
  const place = placeSuffix?.[1] ?? placeBefore(prefixMatch?.[0], office);
  const party = PARTY.exec(text.slice(after));
  if (party) after += party[0].length;
  const appositive = APPOSITIVE.exec(text.slice(after));
  if (appositive) after += appositive[0].length;
  const roleParts: string[] = [];
  const tag = place ? ` from ${place}` : party ? `, ${party[1]}` : '';
  if (prefix) {
    const last = prefix.split(' ').at(-1) ?? '';
    if (/^\p{Lu}/u.test(last) && TITLE_WORDS.has(fold(last))) titles.push(last);
    // the whole title as written before the name ("Obama spokesman", "DHS Secretary"), if short
    if (TITLE_WORDS.has(fold(last)) && prefix.split(' ').length <= 4) titles.push(singularTitle(prefix));
    const singular = singularTitle(prefix);
    roleParts.push(office ? singular : `${singular}${tag}`);
  }
  if (office) roleParts.push(`${office}${tag}`);
  else if (!prefix && tag) roleParts.push(tag.replace(/^, /, '').trim());
  if (appositive?.[1]) roleParts.push(appositive[1]);
  const mention: PersonMention = {
    sentence,
    name: run.name.replace(/\s/g, ' '),
    nameStart: run.start,
    nameEnd: run.end,
    phraseStart,
    phraseEnd: after,
    roleParts: roleParts.filter((r) => r.length > 0),
    titles: [...new Set(titles)],
  };
  return { mention, ownOffice, listOffice };
}

/** "GOP contenders" → "GOP contender" (a list's shared title, said of one of them). */
function singularTitle(prefix: string): string {
  return prefix.replace(/(\p{L}+)s$/u, (w, stem: string) => (TITLE_WORDS.has(fold(stem)) ? stem : w));
}

/** "Vermont Sen. Patrick Leahy": a state right before the honorific is where the office is from. */
function placeBefore(rawPrefix: string | undefined, office: string | undefined): string | undefined {
  if (!rawPrefix || !office) return undefined;
  const place = rawPrefix.trim().split(' ').slice(0, -1).join(' ');
  return PLACE_NAMES.includes(place) ? place : undefined;
}

/** Role parts of all mentions, without any part that another part contains. */
export function composeRole(person: Person): string | undefined {
  const parts: string[] = [];
  for (const m of person.mentions) for (const p of m.roleParts) if (!parts.includes(p)) parts.push(p);
  const kept = parts.filter(
    (p, i) => !parts.some((q, j) => j !== i && fold(q).includes(fold(p)) && (q.length > p.length || j < i)),
  );
  return kept.length > 0 ? kept.join('; ') : undefined;
}
