/**
 * `npm run -s eval [-- --dataset PATH] [--sensitivity S] [--unjudged] [--list-held-out]`: precision
 * and recall per class and per entry on the labelled texts, the TUNED part (labelled-set.json,
 * tuned-set.json) beside the HELD-OUT part (held-out.json, written before the rules of issue 13 and
 * only ever measured), so the distance between the two shows; the pass rate per class of both case
 * files; and the highlights on real, unrelated pages (../shared/pages, HTML stripped to text), each
 * a false alarm unless tests/eval/pages-allowed.json lists it. Lists every miss and false alarm of
 * the tuned part and of the pages; the held-out part's are listed only with --list-held-out, so
 * that nobody tunes on them by accident.
 */
import { existsSync } from 'node:fs';
import { compileMatcher } from '../../src/matcher/index.ts';
import type { Sensitivity } from '../../src/matcher/types.ts';
import type { Dataset } from '../../src/shared/dataset-schema.ts';
import { caseRates } from './case-rates.ts';
import { CASE_FILES, CLASSES, loadDocs, loadPageDocs, PART_FILES, readJson, ROOT, type Part } from './eval-files.ts';
import { addTally, emptyTally, judgeDoc, type Tally } from './judge.ts';
import { counts, gap, list, pct, precision, recall, table } from './report.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const datasetPath =
  option('--dataset') ??
  (existsSync(new URL('data/dataset.json', ROOT)) ? 'data/dataset.json' : 'tests/fixtures/matcher/dataset.json');
const sensitivity = option('--sensitivity') as Sensitivity | undefined;
const matcher = compileMatcher(readJson<Dataset>(datasetPath));
const options = sensitivity ? { sensitivity } : {};
const find = (page: string[]) => matcher.matchBlocks(page, options).flat();

/** The story's fixed entries: highlights of them are judged on every text. */
const FIXED = new Set(
  Object.keys(readJson<{ entries: Record<string, string> }>(CASE_FILES['generalization-cases']).entries),
);

const docs = loadDocs();
const pageDocs = loadPageDocs();

/** A part, the unrelated pages, or one file of a part (`file:` and its path). */
type Group = Part | 'pages' | `file:${string}`;
const tallies = new Map<string, Tally>();
const tally = (group: Group, key: string): Tally => {
  const k = `${group}\u0000${key}`;
  let t = tallies.get(k);
  if (!t) tallies.set(k, (t = emptyTally()));
  return t;
};
const shown: Record<'misses' | 'falseAlarms' | 'unjudged', string[]> = { misses: [], falseAlarms: [], unjudged: [] };
const hidden = { misses: 0, falseAlarms: 0 };
const listHeldOut = args.includes('--list-held-out');
const entries = new Set<string>(FIXED);

for (const doc of [...docs, ...pageDocs.map((d) => ({ ...d, part: 'pages' as const }))]) {
  const verdict = judgeDoc(doc, find(doc.page), FIXED);
  for (const [entry, t] of verdict.byEntry) {
    entries.add(entry);
    addTally(tally(doc.part, entry), t);
    addTally(tally(doc.part, `class:${doc.class}`), t);
    addTally(tally(doc.part, 'ALL'), t);
    if (doc.part !== 'pages') addTally(tally(`file:${doc.file}`, 'ALL'), t);
  }
  if (doc.part === 'held-out' && !listHeldOut) {
    hidden.misses += verdict.misses.length;
    hidden.falseAlarms += verdict.falseAlarms.length;
    continue;
  }
  shown.misses.push(...verdict.misses);
  shown.falseAlarms.push(...verdict.falseAlarms);
  shown.unjudged.push(...verdict.unjudged);
}

const count = (part: Part, cls: string): string =>
  String(docs.filter((d) => d.part === part && d.class === cls).length);
const pr = (t: Tally): string[] => [pct(precision(t)), pct(recall(t)), counts(t)];
const side = (key: string): string[] => {
  const [t, h] = [tally('tuned', key), tally('held-out', key)];
  return [...pr(t), ...pr(h), gap(precision(t), precision(h)), gap(recall(t), recall(h))];
};
const SIDE_HEADER = ['tuned P', 'R', 'tp/fp/fn', 'held-out P', 'R', 'tp/fp/fn', 'ΔP', 'ΔR'];

console.log(`dataset: ${datasetPath}; sensitivity: ${sensitivity ?? 'default (names balanced, numbers strict)'}`);
console.log(
  `texts: ${docs.filter((d) => d.part === 'tuned').length} tuned + ${docs.filter((d) => d.part === 'held-out').length} held-out labelled, ${pageDocs.length} unrelated real pages. Δ = held-out minus tuned, in points.`,
);

console.log('\nper class (labelled texts)');
console.log(
  table(
    ['class', 'texts t/h', ...SIDE_HEADER],
    [...CLASSES, 'ALL'].map((c) => [
      c,
      c === 'ALL' ? '' : `${count('tuned', c)}/${count('held-out', c)}`,
      ...side(c === 'ALL' ? 'ALL' : `class:${c}`),
    ]),
  ),
);

const entryOrder = [...entries].sort((a, b) => Number(!FIXED.has(a)) - Number(!FIXED.has(b)) || a.localeCompare(b));
console.log('\nper entry (labelled texts; real pages: highlights there, false alarms unless allowed)');
console.log(
  table(
    ['entry', ...SIDE_HEADER, 'pages tp/fp'],
    entryOrder.map((e) => [e, ...side(e), `${tally('pages', e).tp}/${tally('pages', e).fp}`]),
  ),
);

const caseRate = caseRates(find);
console.log('\ncase files: cases passed per class');
console.log(
  table(
    ['class', 'mention-cases', 'generalization-cases'],
    [...CLASSES, 'ALL'].map((c) => [c, caseRate('mention-cases', c), caseRate('generalization-cases', c)]),
  ),
);

const pagesAll = tally('pages', 'ALL');
console.log(`\nunrelated real pages: ${pagesAll.fp} false alarms, ${pagesAll.tp} allowed highlights`);
console.log(
  `(highlights of other entries on story texts, not judged: ${shown.unjudged.length}${args.includes('--unjudged') ? '' : '; --unjudged lists them'})`,
);
if (args.includes('--unjudged')) console.log(shown.unjudged.map((u) => `  ${u}`).join('\n'));
if (!listHeldOut)
  console.log(
    `(held-out: ${hidden.misses} misses, ${hidden.falseAlarms} false alarms, not listed: never tune on them)`,
  );
console.log(list('misses', shown.misses));
console.log(list('false alarms', shown.falseAlarms));

console.log('\nsummary: precision/recall, tuned vs held-out; case pass rates (mention-cases, generalization-cases)');
const pr2 = (t: Tally): string => `${pct(precision(t))}/${pct(recall(t))}`;
console.log(
  table(
    ['class', 'tuned P/R', 'held-out P/R', 'ΔR', 'mention', 'general.'],
    [...CLASSES, 'ALL'].map((c) => {
      const key = c === 'ALL' ? 'ALL' : `class:${c}`;
      const [t, h] = [tally('tuned', key), tally('held-out', key)];
      return [
        c,
        pr2(t),
        pr2(h),
        gap(recall(t), recall(h)),
        caseRate('mention-cases', c),
        caseRate('generalization-cases', c),
      ];
    }),
  ),
);
console.log(
  `by file: ${(Object.keys(PART_FILES) as Part[])
    .flatMap((part) =>
      PART_FILES[part].map(
        (file) => `${part} ${file.replace(/^tests\/eval\//, '')} ${pr2(tally(`file:${file}`, 'ALL'))}`,
      ),
    )
    .join('; ')}`,
);
console.log(`unrelated real pages: ${pagesAll.fp} false alarms`);
