/**
 * The matcher's only built-in tables: small, English, story-independent. Count-noun classes let
 * "22 Democratic members of the Senate" meet a fact counted as "senators"; qualifiers say how a
 * stated number relates to the true one; the rest are sense cues.
 */

export type QualifierKind = 'exact' | 'more-than' | 'at-least' | 'nearly' | 'about' | 'fewer-than';

/** Class names. A noun with several classes is generic ("lawmakers" may be senators). */
export const SENATE = 'senate-members';
export const HOUSE = 'house-members';
export const PEOPLE = 'people';

export interface NounClassInfo {
  classes: readonly string[];
  /** Too vague to add confidence on its own ("people", "members"). */
  generic: boolean;
  /** Counted only in a list of nouns ("121 mothers, fathers and children", never "121 fathers"). */
  listOnly?: boolean;
}

/** Count nouns by class: data in tables/count-nouns.json (see count-nouns.ts). */
export { COUNT_NOUNS } from './count-nouns.ts';

/** Modifiers that narrow the class of the noun after them ("146 congressional lawmakers"). */
export const CLASS_MODIFIERS: Readonly<Record<string, string>> = {
  house: HOUSE,
  congressional: HOUSE,
  senate: SENATE,
};

/** Lowercase words allowed between a number and its noun besides capitalised ones. */
export const MODIFIERS = new Set([
  'democratic',
  'republican',
  'congressional',
  'federal',
  'undocumented',
  'other',
  'more',
  'additional',
  'immigrant',
  'central',
  'american',
  'liberal',
  'progressive',
  'senior',
  'top',
  'house',
  'senate',
  'prominent',
  'female',
  'male',
  'young',
  'adult',
  'detained',
  'foreign',
  'illegal',
  'unauthorized',
  'salvadoran',
  'honduran',
  'guatemalan',
  'latino',
  'hispanic',
]);
export const ADJECTIVE_SUFFIXES = ['al', 'ic', 'an', 'ian', 'ese', 'ish', 'ive', 'ous'];
/** Number + modifiers + noun: at most this many modifiers are skipped. */
export const MAX_MODIFIERS = 2;

export interface QualifierInfo {
  kind: QualifierKind;
  /** Part of the highlighted span ("Nearly 150 House Democrats", but "a group of" stays out). */
  inSpan: boolean;
}
const q = (kind: QualifierKind, inSpan = true): QualifierInfo => ({ kind, inSpan });
export const QUALIFIERS: Readonly<Record<string, QualifierInfo>> = {
  'more than': q('more-than'),
  over: q('more-than'),
  'just over': q('more-than'),
  'well over': q('more-than'),
  'a little over': q('more-than'),
  'slightly more than': q('more-than'),
  'upward of': q('more-than'),
  'just shy of': q('nearly'),
  'close to': q('nearly'),
  'upwards of': q('more-than'),
  'at least': q('at-least'),
  'as many as': q('at-least'),
  nearly: q('nearly'),
  almost: q('nearly'),
  'just under': q('nearly'),
  about: q('about'),
  some: q('about'),
  roughly: q('about'),
  around: q('about'),
  approximately: q('about'),
  'an estimated': q('about'),
  'fewer than': q('fewer-than'),
  'less than': q('fewer-than'),
  under: q('fewer-than'),
  'up to': q('fewer-than'),
  'a group of': q('exact', false),
  // "all 121 had final orders", "all 22 senators": the whole count, exactly.
  all: q('exact'),
};

/** Common words: a capitalised one at a sentence start is not someone's first name. */
export const STOPWORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'but',
  'or',
  'so',
  'yet',
  'then',
  'later',
  'when',
  'while',
  'as',
  'at',
  'in',
  'on',
  'of',
  'for',
  'to',
  'by',
  'with',
  'after',
  'before',
  'since',
  'also',
  'meanwhile',
  'still',
  'if',
  'that',
  'this',
  'there',
  'here',
  'however',
  'instead',
  'now',
  'today',
  'yesterday',
  'said',
  'says',
  'according',
  'from',
  'why',
  'how',
  'what',
  'where',
  'who',
  'both',
  'even',
  'only',
  'secretary',
  'president',
]);

/** Honorifics that may precede a surname without being a first name. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'senator', 'rep', 'secretary', 'gov', 'sec']);

/** Capitalised words that may follow a surname without making it another name ("Johnson Monday"). */
export const CALENDAR = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jr',
  'sr',
]);

/** Words that give an acronym another sense when they follow it ("TPS report", "ICE train"). */
export const OTHER_SENSE_AFTER: Readonly<Record<string, readonly string[]>> = {
  tps: ['report', 'reports', 'cover', 'sheet', 'sheets', 'rate', 'benchmark'],
  ice: [
    'train',
    'trains',
    'hockey',
    'cream',
    'age',
    'storm',
    'rink',
    'cube',
    'cubes',
    'engine',
    'engines',
    'vehicle',
    'vehicles',
    'car',
    'cars',
  ],
};

/** Words next to an acronym that only an organisation takes ("ICE agents", "DHS said"). */
export const ORGANISATION_CUES = new Set([
  'agents',
  'agent',
  'officers',
  'officials',
  'agency',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'director',
  'secretary',
  'chief',
  'deputy',
]);

/** Skipped when reading a definition's initials: "Department of Human Services (DHS)". */
export const DEFINITION_GLUE = new Set(['of', 'and', 'for', 'the', 'on', 'in', '&', 'to']);

export const CURRENCY = new Set(['$', '£', '€', '¥']);
