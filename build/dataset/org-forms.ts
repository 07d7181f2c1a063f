/**
 * Names of an organisation that copy derives from its long form, by rule, for any story pack:
 * - exact forms: "Homeland Security Department" for "Department of Homeland Security" (AP style),
 *   "&" for "and", and the "U.S." the articles put before the name ("U.S. Immigration and
 *   Customs Enforcement");
 * - loose forms (a shortened name, a misspelt word), which the matcher accepts only where the
 *   story is around them: the name without its first qualifier ("Hispanic Caucus" for
 *   "Congressional Hispanic Caucus"), and one word of a long form inflected as copy misspells it
 *   ("Custom" for "Customs", "Securities" for "Security", "Protective" for "Protected").
 */
import { escapeRegExp } from './text.ts';

const HEAD_INITIAL = /^(Department|Office|Ministry|Bureau|Agency|Committee) (?:of|on) (?:the )?(\p{Lu}.*)$/u;
const BODY_FINAL = /^(\p{Lu}\S*) ((?:\p{Lu}\S* )+(?:Caucus|Committee|Department|Agency))$/u;
const MINOR = new Set(['of', 'and', 'the', 'for', 'on', 'in', '&', 'to']);

/** Exact forms besides `names`: reordered, ampersand, and "U.S." where the articles write it. */
export function exactOrgForms(names: readonly string[], texts: readonly string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    const headed = HEAD_INITIAL.exec(name);
    if (headed) out.add(`${headed[2]!} ${headed[1]!}`);
    if (name.includes(' and ')) out.add(name.replace(/ and /g, ' & '));
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
    if (body && body[2]!.split(' ').length >= 2) out.add(body[2]!);
    const words = name.split(' ');
    if (words.filter((w) => !MINOR.has(w.toLowerCase())).length < 3) continue;
    words.forEach((word, i) => {
      if (MINOR.has(word.toLowerCase()) || !/^\p{Lu}\p{Ll}{3,}$/u.test(word)) return;
      for (const wrong of misspellings(word)) out.add([...words.slice(0, i), wrong, ...words.slice(i + 1)].join(' '));
    });
  }
  for (const name of [...names, ...exact]) out.delete(name);
  return [...out].sort();
}
