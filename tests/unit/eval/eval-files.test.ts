/**
 * The eval's own files are sound: every labelled span occurs in its text as often as it is
 * labelled, every entry id exists in the built dataset, every text and case has a known class, no
 * text sits in both the tuned and the held-out part, each class of issue 13 has enough texts in
 * each part, and the case files are the copies of ../shared/corpus.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CASE_FILES,
  CLASSES,
  loadCases,
  loadDocs,
  MENTION_CASE_CLASSES,
  readJson,
  ROOT,
  type CaseFileName,
} from '../../eval/eval-files.ts';

const docs = loadDocs();
const datasetIds = new Set(readJson<{ entries: { id: string }[] }>('data/dataset.json').entries.map((e) => e.id));
const known = new Set<string>(CLASSES);
const ISSUE_13_CLASSES = CLASSES.slice(0, 8);

const occurrences = (page: string[], text: string): number => page.reduce((n, p) => n + p.split(text).length - 1, 0);

describe('eval texts', () => {
  it('every text has a known class and an id used once', () => {
    expect(docs.filter((d) => !known.has(d.class)).map((d) => `${d.id}: ${d.class}`)).toEqual([]);
    const ids = docs.map((d) => d.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('every labelled span occurs in its text, as often as it is expected (or optional)', () => {
    const wrong = docs.flatMap((d) =>
      (['expect', 'optional', 'forbid'] as const).flatMap((field) => {
        const spans = d[field] ?? [];
        // A forbid rule says what must stay plain wherever it occurs: once is enough.
        const needed = (text: string): number => (field === 'forbid' ? 1 : spans.filter((o) => o.text === text).length);
        return spans
          .filter((s) => occurrences(d.page, s.text) < needed(s.text))
          .map((s) => `${d.id} ${field}: "${s.text}"`);
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('every labelled entry exists in data/dataset.json', () => {
    const spans = docs.flatMap((d) => [...d.expect, ...(d.optional ?? []), ...(d.forbid ?? [])].map((s) => [d.id, s]));
    expect(spans.filter(([, s]) => !datasetIds.has((s as { entry: string }).entry))).toEqual([]);
  });

  it('no text is in both the tuned and the held-out part, nor copied from a case file', () => {
    const paragraphs = (part: string): Set<string> =>
      new Set(docs.filter((d) => d.part === part).flatMap((d) => d.page.map((p) => p.trim())));
    const tuned = paragraphs('tuned');
    const cases = new Set(
      (Object.keys(CASE_FILES) as CaseFileName[]).flatMap((n) =>
        loadCases(n).flatMap((c) => c.page.map((p) => p.trim())),
      ),
    );
    const heldOut = [...paragraphs('held-out')];
    expect(heldOut.filter((p) => tuned.has(p))).toEqual([]);
    expect(heldOut.filter((p) => cases.has(p))).toEqual([]);
  });

  it.each(ISSUE_13_CLASSES)('%s has at least 4 tuned and 6 held-out texts', (cls) => {
    const n = (part: string): number => docs.filter((d) => d.part === part && d.class === cls).length;
    expect(n('tuned')).toBeGreaterThanOrEqual(4);
    expect(n('held-out')).toBeGreaterThanOrEqual(6);
  });
});

describe('case files', () => {
  it.each(Object.entries(CASE_FILES))('%s is the copy of ../shared/corpus', (name, path) => {
    const read = (p: string): unknown => JSON.parse(readFileSync(new URL(p, ROOT), 'utf8'));
    expect(read(path)).toEqual(read(`../shared/corpus/${name}.json`));
  });

  it.each(Object.keys(CASE_FILES) as CaseFileName[])('every case of %s has a known class', (name) => {
    expect(
      loadCases(name)
        .filter((c) => !known.has(c.class ?? ''))
        .map((c) => c.id),
    ).toEqual([]);
  });

  it(`${MENTION_CASE_CLASSES} names only cases that exist`, () => {
    const ids = new Set(loadCases('mention-cases').map((c) => c.id));
    expect(Object.keys(readJson<Record<string, string>>(MENTION_CASE_CLASSES)).filter((id) => !ids.has(id))).toEqual(
      [],
    );
  });

  it('every entry a case names exists in data/dataset.json', () => {
    const names = (Object.keys(CASE_FILES) as CaseFileName[]).flatMap((n) =>
      loadCases(n).flatMap((c) => [...c.expect, ...(c.forbid ?? [])].map((s) => s.entry)),
    );
    expect([...new Set(names)].filter((id) => !datasetIds.has(id))).toEqual([]);
  });
});
