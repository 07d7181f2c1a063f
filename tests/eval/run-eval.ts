/**
 * `npm run -s eval [-- --dataset PATH] [--sensitivity S] [--unjudged]`: precision and recall per entry on the
 * labelled set (tests/eval/labelled-set.json) plus real, unrelated pages (../shared/pages, HTML
 * stripped to text), where every highlight is a false alarm unless tests/eval/pages-allowed.json
 * lists it as a real mention. Prints every miss and false alarm, so each can be looked at.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { compileMatcher } from '../../src/matcher/index.ts';
import type { Mention, Sensitivity } from '../../src/matcher/types.ts';
import type { Dataset } from '../../src/shared/dataset-schema.ts';
import { htmlToParagraphs } from './html-text.ts';

interface Span {
  text: string;
  entry: string;
}
interface Doc {
  id: string;
  story: boolean;
  page: string[];
  expect: Span[];
  optional?: Span[];
}
interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

const root = new URL('../../', import.meta.url);
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const datasetPath =
  option('--dataset') ??
  (existsSync(new URL('data/dataset.json', root)) ? 'data/dataset.json' : 'tests/fixtures/matcher/dataset.json');
const sensitivity = option('--sensitivity') as Sensitivity | undefined;
const dataset = JSON.parse(readFileSync(new URL(datasetPath, root), 'utf8')) as Dataset;
const matcher = compileMatcher(dataset);
const options = sensitivity ? { sensitivity } : {};

const labelled = (JSON.parse(readFileSync(new URL('tests/eval/labelled-set.json', root), 'utf8')) as { docs: Doc[] })
  .docs;
/** The entries the labels cover; highlights of other entries on story docs are not judged. */
const MAIN = [...new Set(labelled.flatMap((d) => d.expect.map((s) => s.entry)))].sort();
const pagesDir = new URL('../shared/pages/', root);
const allowedFile = new URL('tests/eval/pages-allowed.json', root);
const allowed = existsSync(allowedFile)
  ? (JSON.parse(readFileSync(allowedFile, 'utf8')) as Record<string, Span[]>)
  : {};
const pageDocs: Doc[] = existsSync(pagesDir)
  ? readdirSync(pagesDir)
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => ({
        id: `pages/${f}`,
        story: false,
        page: htmlToParagraphs(readFileSync(new URL(f, pagesDir), 'utf8')),
        expect: allowed[f] ?? [],
      }))
  : [];

const tallies = new Map<string, Tally>();
const tally = (entry: string): Tally => {
  let t = tallies.get(entry);
  if (!t) tallies.set(entry, (t = { tp: 0, fp: 0, fn: 0 }));
  return t;
};
const misses: string[] = [];
const falseAlarms: string[] = [];
const unjudged: string[] = [];

/** Removes and returns the first span equal to (text, entry). */
function take(list: Span[], m: Span): boolean {
  const i = list.findIndex((s) => s.text === m.text && s.entry === m.entry);
  if (i >= 0) list.splice(i, 1);
  return i >= 0;
}

for (const doc of [...labelled, ...pageDocs]) {
  const found: Mention[] = matcher.matchBlocks(doc.page, options).flat();
  const expected = [...doc.expect];
  const optional = [...(doc.optional ?? [])];
  for (const m of found) {
    if (take(expected, m)) tally(m.entry).tp++;
    else if (take(optional, m)) continue;
    else if (doc.story && !MAIN.includes(m.entry)) unjudged.push(`${doc.id}: "${m.text}" → ${m.entry} (${m.reason})`);
    else {
      tally(m.entry).fp++;
      falseAlarms.push(`${doc.id}: "${m.text}" → ${m.entry} (${m.confidence}; ${m.reason})`);
    }
  }
  for (const s of expected) {
    tally(s.entry).fn++;
    misses.push(`${doc.id}: "${s.text}" → ${s.entry}`);
  }
}

const pct = (n: number, d: number): string => (d === 0 ? '   —  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
console.log(`dataset: ${datasetPath}; sensitivity: ${sensitivity ?? 'default (names balanced, numbers strict)'}`);
console.log(
  `docs: ${labelled.length} labelled (${labelled.filter((d) => d.story).length} story, ${labelled.filter((d) => !d.story).length} near-miss) + ${pageDocs.length} unrelated real pages`,
);
console.log(`${'entry'.padEnd(28)} precision  recall   tp  fp  fn`);
const rows = [...new Set([...MAIN, ...tallies.keys()])].sort(
  (a, b) => Number(!MAIN.includes(a)) - Number(!MAIN.includes(b)) || a.localeCompare(b),
);
const total: Tally = { tp: 0, fp: 0, fn: 0 };
for (const entry of rows) {
  const t = tally(entry);
  total.tp += t.tp;
  total.fp += t.fp;
  total.fn += t.fn;
  console.log(
    `${entry.padEnd(28)} ${pct(t.tp, t.tp + t.fp)}    ${pct(t.tp, t.tp + t.fn)}  ${String(t.tp).padStart(3)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}`,
  );
}
console.log(
  `${'ALL'.padEnd(28)} ${pct(total.tp, total.tp + total.fp)}    ${pct(total.tp, total.tp + total.fn)}  ${String(total.tp).padStart(3)} ${String(total.fp).padStart(3)} ${String(total.fn).padStart(3)}`,
);
console.log(
  `(highlights of other entries on story docs, not judged: ${unjudged.length}${args.includes('--unjudged') ? '' : '; --unjudged lists them'})`,
);
if (args.includes('--unjudged')) console.log(unjudged.map((u) => `  ${u}`).join('\n'));
console.log(`\nmisses (${misses.length}):${misses.map((m) => `\n  ${m}`).join('')}`);
console.log(`\nfalse alarms (${falseAlarms.length}):${falseAlarms.map((m) => `\n  ${m}`).join('')}`);
