/**
 * The number-phrase parser: finds countable claims in a sentence — "more than 140 members of
 * Congress", "Twenty-two Democratic senators", "at least 121 people", "hundreds of families" —
 * with value, qualifier and what is counted, as worded. Dates, years and ranks are skipped.
 */
import type { Qualifier } from '../../src/shared/dataset-schema.ts';

export interface QuantityPhrase {
  /** Offsets within the text given to `findQuantities`. */
  start: number;
  end: number;
  surface: string;
  value: number;
  qualifier: Qualifier;
  /** What is counted, as worded ("Democratic senators", "members of Congress"). */
  counted: string;
  /** Last noun of the counted phrase, lowercase ("senators", "members"); clusters claims. */
  head: string;
  isPercent: boolean;
  /** True for "hundreds of", "tens of thousands of": the text states no number. */
  vague: boolean;
  /** True for "half of all Democrats": a share of an unstated whole, not a count. */
  share: boolean;
}

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const QUALIFIERS: [RegExp, Qualifier][] = [
  [/^more than$/i, 'more-than'],
  [/^over$/i, 'over'],
  [/^nearly$/i, 'nearly'],
  [/^almost$/i, 'almost'],
  [/^at least$/i, 'at-least'],
  [/^(?:about|around|approximately|roughly|some)$/i, 'about'],
  [/^(?:fewer|less) than$/i, 'fewer-than'],
];
/** Vague amounts: the value is the least the words can mean ("hundreds" ≥ 200); `vague` marks it. */
const VAGUE: Record<string, { value: number; qualifier: Qualifier }> = {
  dozens: { value: 24, qualifier: 'dozens' },
  hundreds: { value: 200, qualifier: 'hundreds' },
  thousands: { value: 2000, qualifier: 'thousands' },
  'tens of thousands': { value: 20000, qualifier: 'tens-of-thousands' },
};

const unitWord = Object.keys(UNITS).join('|');
const tensWord = Object.keys(TENS).join('|');
const QUALIFIER_RE = '(?:more than|fewer than|less than|at least|nearly|almost|over|about|around|approximately|roughly|some)';
const NUMBER_RE = [
  '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?',
  '\\d+(?:\\.\\d+)?',
  `(?:${tensWord})(?:[- ](?:${unitWord}))?`,
  `(?:${unitWord})`,
  'a dozen',
  'half',
  'tens of thousands',
  'dozens',
  'hundreds',
  'thousands',
].join('|');
// A hyphen after the number makes a compound ("two-page letter", "10-year-old"): an attribute of
// the thing named, not a count of it; the lookahead skips it.
const PHRASE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}.,-])(?:(${QUALIFIER_RE}) )?(${NUMBER_RE})(%| percent)?(?![\\p{L}\\p{N}]|,\\d|-\\p{L})`,
  'giu',
);

const MONTHS = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,? $/;
/** Words that end a counted noun phrase (function words and common verbs). */
const STOP = new Set(
  ('has have had who that which were was are is be been being will would could can may might ' +
    'from in on at to for with by as into after before since than said says wrote the a an it its ' +
    'their they this these those while when where not also so but or met asked told sent signed ' +
    'agreed urged called comprise spoke took got left came made remain remained say').split(' '),
);

export function parseNumberWord(word: string): number | undefined {
  const w = word.toLowerCase().replace(/,/g, '');
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  if (w === 'a dozen') return 12;
  if (w === 'half') return 0.5;
  const [tens, unit] = w.split(/[- ]/);
  if (tens !== undefined && TENS[tens] !== undefined) return TENS[tens] + (unit ? (UNITS[unit] ?? NaN) : 0);
  return tens !== undefined ? UNITS[tens] : undefined;
}

export function findQuantities(text: string): QuantityPhrase[] {
  const found: QuantityPhrase[] = [];
  for (const m of text.matchAll(PHRASE_RE)) {
    const [whole, qualifierWord, numberWord = '', percent] = m;
    const start = m.index;
    const vague = VAGUE[numberWord.toLowerCase()];
    const value = vague ? vague.value : parseNumberWord(numberWord);
    if (value === undefined || Number.isNaN(value)) continue;
    if (isDateOrRank(text, start, numberWord, value)) continue;
    const qualifier = vague?.qualifier ?? qualifierOf(qualifierWord) ?? (numberWord.toLowerCase() === 'a dozen' ? 'about' : 'exact');
    let end = start + whole.length;
    const isPercent = percent !== undefined;
    const share = value === 0.5 && !isPercent;
    const rest = text.slice(end);
    const needsOf = isPercent || vague !== undefined || share;
    const lead = needsOf ? /^ of /.exec(rest) : /^ /.exec(rest);
    const np = lead ? countedPhrase(rest.slice(lead[0].length), isPercent) : undefined;
    if (!np || !lead) continue; // a bare number ("85 percent", "The score was 22") counts nothing we can name
    // "85 percent of detained families": the unit belongs to what is counted (85 families is another claim)
    const counted = isPercent ? `percent of ${np.words}` : np.words;
    end += lead[0].length + np.length;
    found.push({
      start, end, surface: text.slice(start, end), value, qualifier, counted, head: np.head, isPercent,
      vague: vague !== undefined, share,
    });
  }
  return found;
}

function qualifierOf(word: string | undefined): Qualifier | undefined {
  if (!word) return undefined;
  return QUALIFIERS.find(([re]) => re.test(word))?.[1];
}

function isDateOrRank(text: string, start: number, numberWord: string, value: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  if (/^\d{4}$/.test(numberWord) && value >= 1900 && value <= 2099) return true; // a year
  if (/^\d+$/.test(numberWord) && MONTHS.test(before)) return true; // "Jan. 5", "May, 1"
  if (/No\. $/.test(before)) return true; // "No. 2 Senate Democratic leader"
  return false;
}

/** The counted noun phrase right after a number: up to 5 words, "X and Y", "members of Congress". */
function countedPhrase(rest: string, afterPercent: boolean): { words: string; head: string; length: number } | undefined {
  const wordRe = /^([\p{L}][\p{L}’'-]*)/u;
  const words: string[] = [];
  let length = 0;
  let head = '';
  let pos = 0;
  while (words.length < 6) {
    const m = wordRe.exec(rest.slice(pos));
    if (!m?.[1]) break;
    const word = m[1];
    const lower = word.toLowerCase();
    const isCap = /^\p{Lu}/u.test(word);
    const firstAfterPercent = afterPercent && words.length === 0;
    const verbLike = !isCap && /(?:ed|ing)$/.test(lower) && !firstAfterPercent;
    if (lower === 'and' && words.length > 0) {
      const next = wordRe.exec(rest.slice(pos + 4));
      if (!next?.[1] || STOP.has(next[1].toLowerCase()) || /(?:ed|ing)$/.test(next[1])) break;
    } else if (lower === 'of' && words.length > 0) {
      // "members of Congress", "members of the Senate": only into a capitalised name
      const ofPhrase = /^of (?:the )?(\p{Lu}[\p{L}]*)/u.exec(rest.slice(pos));
      if (!ofPhrase) break;
      words.push(ofPhrase[0]);
      length = pos + ofPhrase[0].length;
      break;
    } else if (STOP.has(lower) || verbLike) {
      break;
    }
    words.push(word);
    if (lower !== 'and') {
      head = lower;
      length = pos + word.length;
    }
    pos += word.length;
    if (rest[pos] !== ' ') break;
    pos += 1;
  }
  if (words.at(-1)?.toLowerCase() === 'and') words.pop();
  if (words.length === 0) return undefined;
  return { words: rest.slice(0, length), head, length };
}
