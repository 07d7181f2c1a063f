/**
 * Organisations by hand rules: capitalised names ending in an organisation word ("Domestic
 * Policy Council", "Judiciary Committee", "White House"), "Office/Department of …" names,
 * and news outlets named as reporting ("the Washington Post reported", "the Hill reported").
 */
import type { Sentence } from './text.ts';

export interface OrganizationMention {
  sentence: Sentence;
  name: string;
  start: number;
  end: number;
}

const CAP = "\\p{Lu}[\\p{L}’'-]*";
const LINK = '(?: (?:of|for|the))*';
const HEAD_FINAL = new RegExp(
  `(?<![\\p{L}])(?:${CAP}${LINK} )+(?:Council|Committee|Caucus|Commission|Agency|Board|Bureau|Court|House|Post|Institute|Foundation|Union|Party)(?![\\p{L}])`,
  'gu',
);
const HEAD_INITIAL = new RegExp(
  `(?<![\\p{L}])(?:Office|Department|Bureau|Ministry) of(?: the)? ${CAP}(?:(?: (?:of|for|and|the))* ${CAP})*`,
  'gu',
);
const REPORTER = new RegExp(`(?:the )?((?:${CAP} )*${CAP}) reported(?![\\p{L}])`, 'gu');
/** Words that start a run without belonging to the name. */
const LEADING = /^(?:The|A|An|In|On|At|As|And|Among|Other|Senate|U\.S\.) /;
const NOT_OUTLETS = new Set(['Latin', 'As']);

export function findOrganizations(sentences: readonly Sentence[]): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  for (const sentence of sentences) {
    const text = sentence.text;
    for (const re of [HEAD_FINAL, HEAD_INITIAL]) {
      for (const m of text.matchAll(re)) {
        let name = m[0];
        let start = m.index;
        for (let lead = LEADING.exec(name); lead && name.split(' ').length > 2; lead = LEADING.exec(name)) {
          name = name.slice(lead[0].length);
          start += lead[0].length;
        }
        name = name.replace(/['’]s$/, '');
        if (name.split(' ').length < 2) continue;
        found.push({ sentence, name, start, end: start + name.length });
      }
    }
    for (const m of text.matchAll(REPORTER)) {
      const name = (m[1] ?? '').replace(LEADING, '');
      if (NOT_OUTLETS.has(name) || /^(?:He|She|It|They|We)$/.test(name)) continue;
      const start = m.index + m[0].indexOf(name);
      const display = /^the /.test(m[0]) && !name.includes(' ') ? `the ${name}` : name;
      found.push({ sentence, name: display, start, end: start + name.length });
    }
  }
  // "the Washington Post reported" is found by two rules: keep one mention per place
  const seen = new Set<string>();
  return found.filter((m) => {
    const key = `${m.sentence.article}:${m.sentence.start + m.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
