/**
 * Names of an organisation that copy derives from its long form, by rule, for any story pack:
 * - exact forms: "Homeland Security Department" for "Department of Homeland Security" (AP style),
 *   "Dept." for "Department", "&" for "and", and the "U.S." the articles put before the name ("U.S. Immigration and
 *   Customs Enforcement");
 * - loose forms (a shortened, reordered or misspelt name), which the matcher accepts only where
 *   the story is around them: the name without its first qualifier ("Hispanic Caucus" for
 *   "Congressional Hispanic Caucus"), its two qualifiers swapped ("Hispanic Congressional Caucus",
 *   "Customs and Immigration Enforcement"), and one word of a long form inflected as copy misspells it
 *   ("Custom" for "Customs", "Securities" for "Security", "Protective" for "Protected"), or its
 *   "and" dropped ("Immigration Customs Enforcement").
 */
import { escapeRegExp } from './text.ts';

const HEAD_INITIAL = /^(Department|Office|Ministry|Bureau|Agency|Committee) (?:of|on) (?:the )?(\p{Lu}.*)$/u;
const BODY_FINAL = /^(\p{Lu}\S*) ((?:\p{Lu}\S* )+(?:Caucus|Committee|Department|Agency))$/u;
/** Head words and the abbreviations copy writes for them. */
const ABBREVIATIONS: readonly [string, string][] = [
  ['Department', 'Dept.'],
  ['Committee', 'Cmte.'],
  ['Association', 'Assn.'],
  ['Administration', 'Admin.'],
];
const MINOR = new Set(['of', 'and', 'the', 'for', 'on', 'in', '&', 'to']);

/** Exact forms besides `names`: reordered, ampersand, and "U.S." where the articles write it. */
export function exactOrgForms(names: readonly string[], texts: readonly string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    const headed = HEAD_INITIAL.exec(name);
    if (headed) out.add(`${headed[2]!} ${headed[1]!}`);
    if (name.includes(' and ')) out.add(name.replace(/ and /g, ' & '));
    // Copy abbreviates the head word: "Dept. of Homeland Security", "Homeland Security Dept."
    for (const form of [name, ...(headed ? [`${headed[2]!} ${headed[1]!}`] : [])]) {
      for (const [word, short] of ABBREVIATIONS) {
        if (new RegExp(`\\b${word}\\b`).test(form)) out.add(form.replace(new RegExp(`\\b${word}\\b`), short));
      }
    }
    const prefixed = new RegExp(`(?<![\\p{L}\\p{N}])U\\.S\\. ${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u');
    if (texts.some((t) => prefixed.test(t))) out.add(`U.S. ${name}`);
  }
  for (const name of names) out.delete(name);
  return [...out].sort();
}

/** One content word of a long name inflected the ways copy gets it wrong. */
function misspellings(word: string): string[] {
  const out: string[] = [];
  if (/[^su]s$/.test(word))
    out.push(word.slice(0, -1)); // Customs → Custom
  else if (/ity$/.test(word))
    out.push(`${word.slice(0, -1)}ies`); // Security → Securities
  else if (/.{6}ed$/.test(word))
    out.push(`${word.slice(0, -2)}ive`, `${word.slice(0, -2)}ion`); // Protected → Protective
  else if (/(?:ion|ment)$/.test(word)) out.push(`${word}s`); // Immigration → Immigrations
  return out;
}

/** Loose forms: without the first qualifier, and long forms with one word misspelt. */
export function looseOrgForms(names: readonly string[], exact: readonly string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    const body = BODY_FINAL.exec(name);
    if (body && body[2]!.split(' ').length >= 2) {
      out.add(body[2]!);
      // Two qualifiers reordered: "Hispanic Congressional Caucus".
      const [first, ...rest] = [body[1]!, ...body[2]!.split(' ')];
      if (rest.length === 2) out.add(`${rest[0]} ${first} ${rest[1]}`);
    }
    const words = name.split(' ');
    // Two qualifiers around "and" reordered: "Customs and Immigration Enforcement".
    const pair = /^(\p{Lu}\p{Ll}+) and (\p{Lu}\p{Ll}+) (\p{Lu}.*)$/u.exec(name);
    if (pair) out.add(`${pair[2]} and ${pair[1]} ${pair[3]}`);
    if (words.filter((w) => !MINOR.has(w.toLowerCase())).length < 3) continue;
    // "Immigration Customs Enforcement": the "and" dropped.
    if (words.includes('and')) out.add(words.filter((w) => w !== 'and').join(' '));
    words.forEach((word, i) => {
      if (MINOR.has(word.toLowerCase()) || !/^\p{Lu}\p{Ll}{3,}$/u.test(word)) return;
      for (const wrong of misspellings(word)) out.add([...words.slice(0, i), wrong, ...words.slice(i + 1)].join(' '));
    });
  }
  for (const name of [...names, ...exact]) out.delete(name);
  return [...out].sort();
}
