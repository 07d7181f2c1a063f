import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { expectCase, type Span } from './expect-case.ts';
import { datasets } from './datasets.ts';

interface MentionCase {
  id: string;
  page: string[];
  expect: Span[];
  forbid?: Span[];
}
const file = JSON.parse(readFileSync(new URL('../../fixtures/mention-cases.json', import.meta.url), 'utf8')) as {
  entries: Record<string, string>;
  cases: MentionCase[];
};

// Pages made of HTML markup (editable fields, code) are the DOM layer's business: the content
// script never hands such text to the matcher. The content-script e2e test covers that case.
const DOM_ONLY = new Set(['inside-editable-and-code']);
const cases = file.cases.filter((c) => !DOM_ONLY.has(c.id));

describe.each(datasets())('mention cases (%s)', (_name, dataset) => {
  const matcher = compileMatcher(dataset);

  it('the dataset has every entry the cases name', () => {
    const ids = new Set(dataset.entries.map((e) => e.id));
    expect(Object.keys(file.entries).filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    expectCase(matcher, c);
  });
});
