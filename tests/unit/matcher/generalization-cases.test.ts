/**
 * The generalization cases (tests/fixtures/generalization-cases.json, a copy of
 * ../shared/corpus/generalization-cases.json) of the classes about names and salience:
 * person-variants, org-variants, typography, incidental. They run against the built story
 * dataset, which has every entry they name. Two expected spans are known misses, listed with the
 * reason: every other expectation and every forbid of those cases is still checked.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { BUILT_PATH, loadDataset } from './datasets.ts';

interface Span {
  text: string;
  entry: string;
}
interface GeneralizationCase {
  id: string;
  class: string;
  page: string[];
  expect: Span[];
  forbid: Span[];
}

const CLASSES = new Set(['person-variants', 'org-variants', 'typography', 'incidental']);
/** case id → expected text not found yet, and why. */
const KNOWN_MISSES: Record<string, Record<string, string>> = {};

const file = JSON.parse(readFileSync(new URL('../../fixtures/generalization-cases.json', import.meta.url), 'utf8')) as {
  cases: GeneralizationCase[];
};
const cases = file.cases.filter((c) => CLASSES.has(c.class));

describe.runIf(existsSync(BUILT_PATH))('generalization cases: names, organisations, typography, salience', () => {
  const dataset = loadDataset(BUILT_PATH);
  const matcher = compileMatcher(dataset);

  it('has cases of each class and every entry they name', () => {
    expect(new Set(cases.map((c) => c.class))).toEqual(CLASSES);
    const ids = new Set(dataset.entries.map((e) => e.id));
    const named = cases.flatMap((c) => [...c.expect, ...c.forbid].map((s) => s.entry));
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', (id, c) => {
    const found = matcher
      .matchBlocks(c.page)
      .flat()
      .map((m) => ({ text: m.text, entry: m.entry }));
    for (const span of c.expect) if (!KNOWN_MISSES[id]?.[span.text]) expect(found).toContainEqual(span);
    for (const span of c.forbid) {
      expect(found.filter((m) => m.entry === span.entry && m.text.includes(span.text))).toEqual([]);
    }
  });

  it('generic entries are plain by default and highlighted with showGeneric', () => {
    const page = [
      "Immigration agents arrested Central American families in Georgia and Texas in the New Year's weekend deportation raids, and Sen. Bernie Sanders of Vermont asked Obama to end the raids.",
    ];
    const entries = (showGeneric: boolean): string[] =>
      matcher
        .matchBlocks(page, { showGeneric })
        .flat()
        .map((m) => m.entry);
    expect(entries(false)).toContain('georgia');
    expect(entries(false)).not.toContain('vermont');
    expect(entries(true)).toContain('vermont');
  });
});
