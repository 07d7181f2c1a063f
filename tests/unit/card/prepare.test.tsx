// @vitest-environment jsdom
/** card.js's prepare(): renders a sample card once, off the page, and leaves the document as it was. */
import { describe, expect, it, vi } from 'vitest';
import { view } from '../../../src/content/card/module.tsx';
import { fakeData, fakeEnv, fakeMention } from './fakes.ts';

vi.mock('../../../src/shared/i18n.ts', async () => ({ t: (await import('./fakes.ts')).englishT }));
vi.mock('../../../src/shared/browser.ts', async () => (await import('../../helpers/fake-browser.ts')).browserModule());

describe('card view prepare', () => {
  it('renders the sample card (reading its entry) without adding anything to the document', () => {
    document.body.innerHTML = '<p id="story">146 House Democrats wrote.</p>';
    const before = document.documentElement.outerHTML;
    const read: string[] = [];
    const data = { ...fakeData, entry: (id: string) => (read.push(id), fakeData.entry(id)) };
    view.prepare({ mention: fakeMention('house-letter', '146 House Democrats'), env: fakeEnv({ data }), onClose() {} });
    expect(read).toContain('house-letter');
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
