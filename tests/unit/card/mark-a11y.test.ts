// @vitest-environment jsdom
/** How marks present themselves to keyboard and screen-reader users, and the dwell clamp. */
import { describe, expect, it, vi } from 'vitest';
import { decorateMarkForCard, setMarkExpanded } from '../../../src/content/card/mark-a11y.ts';
import { DEFAULT_HOVER_DWELL_MS, hoverDwellMs, MAX_HOVER_DWELL_MS } from '../../../src/content/card/timing.ts';
import { fakeMention } from './fakes.ts';

vi.mock('../../../src/shared/i18n.ts', async () => ({ t: (await import('./fakes.ts')).englishT }));

function markIn(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.querySelector('backstory-mark')!;
}

describe('decorateMarkForCard', () => {
  it('makes the mark a tabbable button that opens a dialog, keeping the page text as its name', () => {
    const mark = markIn('<p>On Friday, <backstory-mark>22 senators</backstory-mark> wrote.</p>');
    decorateMarkForCard(mark, fakeMention('senate-letter-22', '22 senators'), "22 senators' letter");
    expect(mark.tabIndex).toBe(0);
    expect(mark.getAttribute('role')).toBe('button');
    expect(mark.getAttribute('aria-haspopup')).toBe('dialog');
    expect(mark.getAttribute('aria-expanded')).toBe('false');
    expect(mark.getAttribute('aria-description')).toBe("Backstory: 22 senators' letter");
    expect(mark.hasAttribute('aria-label')).toBe(false);
    expect(mark.textContent).toBe('22 senators');
    setMarkExpanded(mark, true);
    expect(mark.getAttribute('aria-expanded')).toBe('true');
  });

  it('adds no description that would only repeat the text', () => {
    const mark = markIn('<p>granted <backstory-mark>TPS</backstory-mark></p>');
    decorateMarkForCard(mark, fakeMention('tps', 'TPS'), 'TPS');
    expect(mark.hasAttribute('aria-description')).toBe(false);
  });

  it("leaves a mark inside the page's link or button as plain text", () => {
    for (const html of [
      '<a href="/x">see <backstory-mark>TPS</backstory-mark></a>',
      '<button><backstory-mark>TPS</backstory-mark></button>',
    ]) {
      const mark = markIn(html);
      decorateMarkForCard(mark, fakeMention('tps', 'TPS'), 'Temporary Protected Status');
      expect(mark.hasAttribute('tabindex')).toBe(false);
      expect(mark.hasAttribute('role')).toBe(false);
      setMarkExpanded(mark, true);
      expect(mark.hasAttribute('aria-expanded')).toBe(false);
    }
  });
});

describe('hoverDwellMs', () => {
  it('uses the setting within range and falls back or clamps outside it', () => {
    expect(hoverDwellMs(500)).toBe(500);
    expect(hoverDwellMs(0)).toBe(0);
    expect(hoverDwellMs(undefined)).toBe(DEFAULT_HOVER_DWELL_MS);
    expect(hoverDwellMs(-5)).toBe(DEFAULT_HOVER_DWELL_MS);
    expect(hoverDwellMs(Number.NaN)).toBe(DEFAULT_HOVER_DWELL_MS);
    expect(hoverDwellMs(60_000)).toBe(MAX_HOVER_DWELL_MS);
  });
});
