// @vitest-environment jsdom
/** The card says, in one line, when the page's figure differs from the sources' (issue 13). */
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { fakeMention } from './fakes.ts';
import { cardShower } from './show-card.tsx';

vi.mock('../../../src/shared/i18n.ts', async () => ({ t: (await import('./fakes.ts')).englishT }));

const show = cardShower();

const clickButton = (root: ParentNode, text: string) => {
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent?.includes(text));
  if (!button) throw new Error(`no button "${text}"`);
  act(() => button.click());
};

describe('MentionCard: the page differs', () => {
  for (const page of ['147', 'some 140', 'nearly 150']) {
    it(`says what the page says (${page}) and what the sources say`, () => {
      const card = show(fakeMention('house-letter', `${page} House Democrats`, { differs: { page, sources: '146' } }));
      const lines = [...card.querySelectorAll('.differs')].map((p) => p.textContent);
      expect(lines).toEqual([`This page says ${page}; the sources say 146.`]);
    });
  }

  it('says nothing when the page states a figure the sources state', () => {
    expect(show(fakeMention('house-letter', '146 House Democrats')).querySelector('.differs')).toBeNull();
  });

  it('says it only for the entry the page matched, not for a related entry opened from the card', () => {
    const card = show(fakeMention('house-letter', '147 House Democrats', { differs: { page: '147', sources: '146' } }));
    const related = card.querySelector('.related button');
    if (!related?.textContent) throw new Error('the fake house letter has no related entry');
    clickButton(card, related.textContent);
    expect(card.querySelector('.differs')).toBeNull();
  });
});
