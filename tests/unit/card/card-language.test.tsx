// @vitest-environment jsdom
/**
 * A card about a mention in Spanish text speaks Spanish whatever the browser's language, says that
 * the articles are in English, and marks the dataset's English text with lang="en" so a screen reader
 * switches voice (issue 13). The browser here speaks English (the fake i18n).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { formatMessage } from '../../../src/shared/message-format.ts';
import type { Mention } from '../../../src/matcher/types.ts';
import { englishT, fakeMention } from './fakes.ts';
import { cardShower } from './show-card.tsx';

vi.mock('../../../src/shared/i18n.ts', async () => ({ t: (await import('./fakes.ts')).englishT }));

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const spanish: Messages = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../src/_locales/es/messages.json'), 'utf8'),
);
const es = (key: string, subs?: string[]) => formatMessage(spanish[key]!, subs);

const showCard = cardShower();
const show = (mention: Mention): HTMLElement => showCard(mention).querySelector<HTMLElement>('.card')!;

const headings = (card: HTMLElement) => [...card.querySelectorAll('h3')].map((h) => h.textContent);

describe('MentionCard in the language of the page', () => {
  it('uses the Spanish UI for a mention found in Spanish text, and says the articles are in English', () => {
    const card = show(
      fakeMention('house-letter', '147 congresistas demócratas', {
        lang: 'es',
        differs: { page: '147', sources: '146' },
      }),
    );
    expect(card.lang).toBe('es');
    expect(headings(card)).toContain(es('cardQuotesHeading'));
    expect(headings(card)).not.toContain(englishT('cardQuotesHeading'));
    expect(card.querySelector('.close')?.getAttribute('aria-label')).toBe(es('cardClose'));
    expect(card.querySelector('.differs')?.textContent).toBe(es('cardPageDiffers', ['147', '146']));
    expect(card.querySelector('.source-language')?.textContent).toBe(es('cardSourcesInEnglish'));
  });

  it('marks what the dataset says as English inside a Spanish card', () => {
    const card = show(fakeMention('house-letter', '146 congresistas', { lang: 'es' }));
    const quotes = [...card.querySelectorAll('blockquote')];
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quote.lang).toBe('en');
    expect(card.querySelector('.label')?.getAttribute('lang')).toBe('en');
    expect(card.querySelector('.summary')?.getAttribute('lang')).toBe('en');
    expect(card.querySelector('.matched')?.getAttribute('lang')).toBe('es');
  });

  it('keeps the browser language, without the note, for a mention in English text', () => {
    const card = show(fakeMention('house-letter', '146 House Democrats'));
    expect(card.lang).toMatch(/^en/);
    expect(headings(card)).toContain(englishT('cardQuotesHeading'));
    expect(card.querySelector('.source-language')).toBeNull();
  });

  it('keeps Spanish when the reader opens a related entry from a Spanish card', () => {
    const card = show(fakeMention('house-letter', '146 congresistas', { lang: 'es' }));
    const related = card.querySelector<HTMLButtonElement>('.related button');
    if (!related) throw new Error('the fake house letter has no related entry');
    act(() => related.click());
    expect(card.querySelector('.back')?.textContent).toContain(es('cardBack'));
    expect(headings(card)).toContain(es('cardQuotesHeading'));
  });
});

describe('formatMessage', () => {
  it('follows chrome.i18n: named placeholders take positional substitutions, $$ is a dollar', () => {
    const entry = {
      message: 'Pay $$5 to $WHO$ on $DAY$',
      placeholders: { who: { content: '$1' }, day: { content: '$2' } },
    };
    expect(formatMessage(entry, ['Ana', 'Monday'])).toBe('Pay $5 to Ana on Monday');
    expect(formatMessage({ message: 'No $UNKNOWN$ here' })).toBe('No $UNKNOWN$ here');
  });
});
