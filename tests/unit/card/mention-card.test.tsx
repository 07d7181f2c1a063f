// @vitest-environment jsdom
/** The card component with the fake dataset: each section renders, or is absent, as the data says. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MentionCard } from '../../../src/content/card/MentionCard.tsx';
import type { CardEnv } from '../../../src/content/card/types.ts';
import { fakeActions, fakeData, fakeEnv, fakeMention } from './fakes.ts';

vi.mock('../../../src/shared/i18n.ts', async () => ({ t: (await import('./fakes.ts')).englishT }));

let container: HTMLElement;
afterEach(() => {
  render(null, container);
  container.remove();
});

function show(
  entry: string,
  text: string,
  env: CardEnv = fakeEnv(),
  extra: { onClose?: () => void; autoFocus?: boolean } = {},
) {
  container = document.createElement('div');
  document.body.append(container);
  act(() => {
    render(
      <MentionCard
        mention={fakeMention(entry, text)}
        env={env}
        onClose={extra.onClose ?? (() => {})}
        autoFocus={extra.autoFocus ?? false}
      />,
      container,
    );
  });
  return container;
}
const textOf = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((node) => node.textContent?.trim());
const heading = (root: ParentNode) => root.querySelector('h2')?.textContent;
const clickButton = (root: ParentNode, text: string) => {
  const button = [...root.querySelectorAll('button')].find((candidate) => candidate.textContent?.includes(text));
  if (!button) throw new Error(`no button "${text}" in: ${textOf(root, 'button').join(' | ')}`);
  act(() => button.click());
};

describe('MentionCard', () => {
  it('shows the label, the localised kind and the summary as a labelled dialog', () => {
    const card = show('house-letter', '146 House Democrats');
    const dialog = card.querySelector('[role="dialog"]')!;
    expect(heading(card)).toBe("146 House Democrats' letter");
    expect(dialog.getAttribute('aria-labelledby')).toBe(card.querySelector('h2')!.id);
    expect(card.querySelector('.kind')?.textContent).toBe('Number');
    expect(card.querySelector('.summary')?.textContent).toBe(
      'A letter from 146 House Democrats asking the president to stop the raids.',
    );
    expect(card.querySelector('.role')).toBeNull();
  });

  it('shows the role when the entry has one', () => {
    expect(show('jeh', 'Jeh Johnson').querySelector('.role')?.textContent).toBe('Secretary of Homeland Security');
  });

  it('lists every fact with its verbatim quote, publisher, date and a safe new-tab link', () => {
    const card = show('house-letter', '146 House Democrats');
    const facts = card.querySelector('.facts')!;
    expect(facts.querySelector('h3')?.textContent).toBe('What the sources say');
    expect(textOf(facts, '.statement')).toEqual([
      '146 House Democrats signed the letter.',
      'The letter asked for the raids to stop.',
    ]);
    expect(textOf(facts, 'blockquote')).toEqual([
      '146 House Democrats signed a letter',
      'asked the administration to stop the raids',
    ]);
    const links = [...facts.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://example.org/post/letter',
      'https://example.org/wire/senate',
    ]);
    for (const link of links) {
      expect(link.target).toBe('_blank');
      expect(link.rel).toBe('noopener noreferrer');
    }
    expect(links[0]!.textContent).toBe('Example Post (opens in a new tab)');
    expect(textOf(facts, 'time')).toEqual(['Jan 13, 2016', 'Jan 22, 2016']);
    expect(facts.querySelector('time')?.getAttribute('datetime')).toBe('2016-01-13');
  });

  it('shows "Sources differ" with each version, its quote and source, only when the data records them', () => {
    const differ = show('house-letter', '146 House Democrats').querySelector('.differ')!;
    expect(differ.querySelector('h3')?.textContent).toBe('Sources differ');
    expect(textOf(differ, '.claim')).toEqual(['more than 140 members of Congress', 'over 100 signatures']);
    expect(textOf(differ, 'blockquote')).toEqual(['more than 140 members of Congress', 'gathered over 100 signatures']);
    expect(textOf(differ, '.source a')).toEqual([
      'Example Wire (opens in a new tab)',
      'Example Daily (opens in a new tab)',
    ]);
    render(null, container);
    container.remove();
    expect(show('tps', 'TPS').querySelector('.differ')).toBeNull();
  });

  it('lists related entries that exist (skipping unknown ids) and none when there are none', () => {
    expect(textOf(show('house-letter', '146 House Democrats'), '.related button')).toEqual(['TPS', 'Jeh Johnson']);
    render(null, container);
    container.remove();
    expect(show('tps', 'TPS').querySelector('.related')).toBeNull();
  });

  it("asks for its related entries' cards while shown, and for the shown related entry's own", () => {
    const asked: string[][] = [];
    const env = fakeEnv({ data: { ...fakeData, prefetch: (ids) => asked.push([...ids]) } });
    const card = show('house-letter', '146 House Democrats', env);
    expect(asked).toEqual([['tps', 'no-such-entry', 'jeh']]);
    clickButton(card, 'Jeh Johnson');
    expect(asked).toEqual([['tps', 'no-such-entry', 'jeh'], ['house-letter']]);
  });

  it('opens a related entry in place and comes back with Back, moving focus to the card', () => {
    const card = show('house-letter', '146 House Democrats');
    expect(card.querySelector('.back')).toBeNull();
    clickButton(card, 'Jeh Johnson');
    expect(heading(card)).toBe('Jeh Johnson');
    expect(card.querySelector('.why')).toBeNull();
    expect(card.querySelector('.back')?.getAttribute('aria-label')).toBe("Back to 146 House Democrats' letter");
    expect(document.activeElement).toBe(card.querySelector('[role="dialog"]'));
    clickButton(card, 'House Democrats');
    expect(heading(card)).toBe("146 House Democrats' letter");
    expect(card.querySelectorAll('.back')).toHaveLength(1);
    clickButton(card, 'Back');
    expect(heading(card)).toBe('Jeh Johnson');
    clickButton(card, 'Back');
    expect(heading(card)).toBe("146 House Democrats' letter");
    expect(card.querySelector('.back')).toBeNull();
    expect(card.querySelector('.why')).not.toBeNull();
  });

  it('explains why the text is highlighted: matched text, reason and confidence', () => {
    const why = show('tps', 'TPS').querySelector('.why')!;
    expect(why.querySelector('summary')?.textContent).toBe('Why this is highlighted');
    expect(why.querySelector('.matched')?.textContent).toBe('TPS');
    expect(why.querySelector('.reason')?.textContent).toBe('TPS; page mentions deportation');
    expect(why.querySelector('.confidence')?.textContent).toBe('87%');
  });

  it('calls the settings seam for each action with the shown entry and reports success', async () => {
    const actions = fakeActions();
    const card = show('tps', 'TPS', fakeEnv({ actions }));
    expect(textOf(card, '.actions button')).toEqual([
      "Don't highlight this on news.example",
      'Hide this everywhere',
      'Pause Backstory on news.example',
    ]);
    clickButton(card, "Don't highlight");
    expect(actions.hideOnSite).toHaveBeenCalledWith('tps');
    await act(async () => {});
    expect(card.querySelector('[role="status"]')?.textContent).toBe("Saved. You can undo this in Backstory's options.");
    clickButton(card, 'Hide this everywhere');
    expect(actions.hideEverywhere).toHaveBeenCalledWith('tps');
    await act(async () => {});
    clickButton(card, 'Pause Backstory');
    expect(actions.pauseSite).toHaveBeenCalledTimes(1);
  });

  it('acts on the related entry being shown, not the one first opened', () => {
    const actions = fakeActions();
    const card = show('house-letter', '146 House Democrats', fakeEnv({ actions }));
    clickButton(card, 'TPS');
    clickButton(card, 'Hide this everywhere');
    expect(actions.hideEverywhere).toHaveBeenCalledWith('tps');
  });

  it('says so when an action cannot be saved', async () => {
    const card = show('tps', 'TPS', fakeEnv({ actions: fakeActions('reject') }));
    clickButton(card, 'Hide this everywhere');
    await act(async () => {});
    expect(card.querySelector('[role="status"]')?.textContent).toBe(
      "Couldn't save this setting. Try again from Backstory's options.",
    );
  });

  it('offers no site actions where the page has no site (file: pages, about:blank frames)', () => {
    expect(textOf(show('tps', 'TPS', fakeEnv({ site: '' })), '.actions button')).toEqual(['Hide this everywhere']);
  });

  it('renders dataset strings as text, never as markup', () => {
    const card = show('hostile', 'Hostile');
    expect(card.querySelector('img, script, b, a[href^="javascript"]')).toBeNull();
    expect(heading(card)).toBe('<b>Bold</b> place');
    expect(card.querySelector('.summary')?.textContent).toBe('<img src=x onerror="alert(1)"> not markup');
    expect(card.querySelector('blockquote')?.textContent).toBe('<a href="javascript:alert(3)">quote</a>');
  });

  it('closes through the close button and takes focus only when asked to', () => {
    const onClose = vi.fn();
    const card = show('tps', 'TPS', fakeEnv(), { onClose });
    expect(document.activeElement).toBe(document.body);
    act(() => card.querySelector<HTMLButtonElement>('.close')!.click());
    expect(onClose).toHaveBeenCalledTimes(1);
    render(null, container);
    container.remove();
    const focused = show('tps', 'TPS', fakeEnv(), { autoFocus: true });
    expect(document.activeElement).toBe(focused.querySelector('[role="dialog"]'));
  });

  it('renders nothing for an entry the dataset does not have', () => {
    expect(show('no-such-entry', 'x').childElementCount).toBe(0);
  });
});
