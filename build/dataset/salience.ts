/**
 * Each entry's salience: how central it is to the story. The score grows with the entry's facts
 * and with the share of articles naming it; places and organisations are `generic` when the
 * articles only ever name them in passing:
 * - a place that is the country the story happens in (two or more of the story's places lie in it);
 * - a place named only as a person's home ("Bernie Sanders of Vermont", "Vermont Sen. …");
 * - an organisation named only as a source ("the Washington Post reported", "according to …").
 * Generic entries stay in the dataset (their cards still work) but are not highlighted by default.
 */
import type { Entry, Salience } from '../../src/shared/dataset-schema.ts';
import { PLACES_WITHIN } from './gazetteer.ts';
import type { Sentence } from './text.ts';
import { escapeRegExp } from './text.ts';

/** Every place where `name` occurs in the sentences, with the text before and after it. */
function mentionsOf(name: string, sentences: readonly Sentence[]): { before: string; after: string }[] {
  // Not inside a longer name: "New York" in "New York City" is another place.
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}]| \\p{Lu})`, 'gu');
  return sentences.flatMap((s) =>
    [...s.text.matchAll(re)].map((m) => ({
      before: s.text.slice(0, m.index),
      after: s.text.slice(m.index + m[0].length),
    })),
  );
}

function homeOnly(name: string, sentences: readonly Sentence[], surnames: ReadonlySet<string>): string | undefined {
  const mentions = mentionsOf(name, sentences);
  const home = mentions.filter(({ before, after }) => {
    const of = /(\p{Lu}[\p{L}’'-]+),? of $/u.exec(before);
    return (
      (of && surnames.has(of[1]!)) || /^ (?:Sen|Rep|Gov)\.? /u.test(after) || /^ (?:senator|Senator) /u.test(after)
    );
  });
  return mentions.length > 0 && home.length === mentions.length
    ? `home state: named as a person's home in ${home.length} of ${mentions.length} mentions`
    : undefined;
}

function sourceOnly(name: string, sentences: readonly Sentence[]): string | undefined {
  const mentions = mentionsOf(name.replace(/^the /i, ''), sentences);
  const cited = mentions.filter(
    ({ before, after }) =>
      /^[’']?s? (?:reported|said|reports|says|found)(?![\p{L}])/u.test(after) ||
      /(?:according to|told|reported by|cited by|via)(?: the)? $/iu.test(before),
  );
  return mentions.length > 0 && cited.length === mentions.length
    ? `source: cited as a source in ${cited.length} of ${mentions.length} mentions`
    : undefined;
}

function stageOf(name: string, placeNames: ReadonlySet<string>): string | undefined {
  const inside = (PLACES_WITHIN[name] ?? []).filter((p) => placeNames.has(p));
  return inside.length >= 2 ? `the country the story happens in (${inside.slice(0, 3).join(', ')}…)` : undefined;
}

export function addSalience(entries: readonly Entry[], sentences: readonly Sentence[]): Entry[] {
  const articles = new Set(sentences.map((s) => s.article)).size || 1;
  const surnames = new Set(entries.flatMap((e) => (e.match.type === 'person' ? [e.match.surname] : [])));
  const placeNames = new Set(entries.filter((e) => e.kind === 'place').map((e) => e.label));
  return entries.map((entry) => {
    const naming = new Set(entry.facts.map((f) => f.quote.article)).size;
    const why =
      entry.kind === 'place'
        ? (stageOf(entry.label, placeNames) ?? homeOnly(entry.label, sentences, surnames))
        : entry.kind === 'organization'
          ? sourceOnly(entry.label, sentences)
          : undefined;
    const score = Math.min(1, 0.1 * Math.min(entry.facts.length, 5) + 0.5 * (naming / articles)) * (why ? 0.5 : 1);
    const salience: Salience = {
      score: Math.round(score * 100) / 100,
      generic: why !== undefined,
      ...(why ? { why } : {}),
    };
    return { ...entry, salience };
  });
}
