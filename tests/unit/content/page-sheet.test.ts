/**
 * page-sheet.css is added to the page with the first mark. A ::highlight rule that can match any
 * element makes that addition restyle the whole document (about 1 s on the 5 MB benchmark page,
 * docs/adr/0008), so every one must sit under the attribute the painter sets on painted blocks.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAINTED_ATTRIBUTE } from '../../../src/content/painter.ts';

const css = readFileSync(new URL('../../../src/content/page-sheet.css', import.meta.url), 'utf8').replace(
  /\/\*[\s\S]*?\*\//g,
  '',
);
const selectors = [...css.matchAll(/([^{}]+)\{/g)].flatMap((rule) => rule[1]!.split(',').map((s) => s.trim()));

describe('page-sheet.css', () => {
  const highlightSelectors = selectors.filter((selector) => selector.includes('::highlight('));

  it('styles the painter’s highlights of every category', () => {
    for (const category of ['numbers', 'organizations', 'people', 'places'])
      expect(highlightSelectors.some((selector) => selector.includes(`::highlight(backstory-${category})`))).toBe(true);
  });

  it('scopes every ::highlight rule to the painted blocks, so adding the sheet restyles nothing else', () => {
    const unscoped = highlightSelectors.filter((selector) => !selector.startsWith(`[${PAINTED_ATTRIBUTE}]`));
    expect(unscoped).toEqual([]);
  });

  it('has no other rule that can match any element (only our own tag)', () => {
    const others = selectors.filter((selector) => !selector.includes('::highlight('));
    for (const selector of others) expect(selector).toMatch(/backstory-mark/);
  });
});
