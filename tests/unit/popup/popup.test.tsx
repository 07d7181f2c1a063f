// @vitest-environment jsdom
/** The popup against the fake browser seam, with the real background serving it. */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { fake, waitFor } from '../../helpers/fake-browser.ts';
import { useMountPoint } from '../../helpers/mount-point.ts';

vi.mock('../../../src/shared/browser.ts', async () => (await import('../../helpers/fake-browser.ts')).browserModule());

const { calls } = fake;
const { Popup } = await import('../../../src/popup/Popup.tsx');
const { loadSettings, saveSettings } = await import('../../../src/shared/settings.ts');
const { PAUSE_UNTIL_RESTART } = await import('../../../src/shared/settings-defaults.ts');
const { story } = await import('../../../src/ui/story.ts');
await import('../../../src/background/index.ts');

const TAB = 7;
const mount = useMountPoint();
const $ = <E extends Element = HTMLElement>(selector: string) => {
  const found = mount.element.querySelector<E>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const text = (selector: string) => $(selector).textContent ?? '';

async function report(mentions: { entry: string; count: number }[], url = 'https://news.example.org/a') {
  const reply = fake.deliver(
    { tag: 'backstory', name: 'reportMentions', args: [mentions] },
    { tab: { id: TAB }, frameId: 0, url },
  );
  await reply;
}

async function openPopup() {
  render(<Popup findTab={() => Promise.resolve(TAB)} />, mount.element);
  await waitFor(() => $('#state-headline'));
}

describe('popup state', () => {
  it('on: names the site and lists mentions by entry label with counts, most first', async () => {
    await report([
      { entry: 'tps', count: 1 },
      { entry: 'raids-121', count: 3 },
    ]);
    await openPopup();
    expect(text('#state-headline')).toBe('On for news.example.org');
    const items = [...mount.element.querySelectorAll('#mentions li')].map((li) => [
      li.getAttribute('data-entry'),
      li.querySelector('.mention-label')?.textContent,
      li.querySelector('.count')?.textContent,
    ]);
    expect(items).toEqual([
      ['raids-121', '121 people detained in the raids', '3'],
      ['tps', story.entries.find((entry) => entry.id === 'tps')!.label, '1'],
    ]);
  });

  it('choosing a mention asks the page to reveal it, then the next occurrence', async () => {
    const asked: unknown[] = [];
    let shown = 0;
    fake.serveTab(TAB, (message) => {
      // The background asks the page for its mentions when the popup opens (tabs.ts).
      if (message.name === 'getMentions')
        return { host: 'news.example.org', mentions: [{ entry: 'raids-121', count: 3 }] };
      asked.push(message.args);
      shown = (shown % 3) + 1;
      return { index: shown, total: 3 };
    });
    await report([{ entry: 'raids-121', count: 3 }]);
    await openPopup();
    $('#mentions button').click();
    await waitFor(() => expect(text('.reveal-status')).toBe('Showing 1 of 3'));
    $('#mentions button').click();
    await waitFor(() => expect(text('.reveal-status')).toBe('Showing 2 of 3'));
    expect(asked).toEqual([['raids-121'], ['raids-121']]);
    expect($('[role=status][aria-live]').textContent).toBe('Showing 2 of 3');
  });

  it('on with no mentions: explains what Backstory looks for, with examples', async () => {
    await report([]);
    await openPopup();
    expect(text('.empty')).toContain('22 senators');
    expect(text('.empty')).toContain(story.story.title);
    expect(mount.element.querySelector('#mentions')).toBeNull();
  });

  it('not allowed on this page: a plain explanation and no site switch', async () => {
    await openPopup();
    expect(text('#state-headline')).toBe('Not available on this page');
    expect(mount.element.textContent).toContain('extension stores');
    expect(mount.element.querySelector('#site-switch')).toBeNull();
  });

  it('turned off everywhere: says so and offers to turn on', async () => {
    await saveSettings({ enabled: false });
    await report([]);
    await openPopup();
    expect(text('#state-headline')).toBe('Turned off everywhere');
    $('#turn-on').click();
    await waitFor(async () => expect((await loadSettings()).enabled).toBe(true));
    await waitFor(() => expect(text('#state-headline')).toBe('On for news.example.org'));
  });
});

describe('popup controls', () => {
  it('the site switch writes the deny list and the state follows', async () => {
    await report([{ entry: 'tps', count: 1 }]);
    await openPopup();
    const toggle = $('#site-switch');
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    toggle.click();
    await waitFor(() => expect(text('#state-headline')).toBe('Off for news.example.org'));
    expect((await loadSettings()).deniedSites).toEqual(['news.example.org']);
    expect($('#site-switch').getAttribute('aria-checked')).toBe('false');
    $('#site-switch').click();
    await waitFor(() => expect(text('#state-headline')).toBe('On for news.example.org'));
    expect((await loadSettings()).deniedSites).toEqual([]);
  });

  it('in allow-list mode the switch adds the site to the allow list', async () => {
    await saveSettings({ siteMode: 'allow', allowedSites: [] });
    await report([]);
    await openPopup();
    expect(text('#state-headline')).toBe('Off for news.example.org');
    $('#site-switch').click();
    await waitFor(async () => expect((await loadSettings()).allowedSites).toEqual(['news.example.org']));
  });

  it('pauses for an hour, and resumes', async () => {
    await report([]);
    await openPopup();
    $('#pause-hour').click();
    await waitFor(() => expect(text('#state-headline')).toMatch(/^Paused until /));
    expect((await loadSettings()).pausedUntil).toBeGreaterThan(Date.now());
    $('#resume').click();
    await waitFor(() => expect(text('#state-headline')).toBe('On for news.example.org'));
    expect((await loadSettings()).pausedUntil).toBe(0);
  });

  it('pauses until the browser restarts', async () => {
    await report([]);
    await openPopup();
    $('#pause-restart').click();
    await waitFor(() => expect(text('#state-headline')).toBe('Paused until the browser restarts'));
    expect((await loadSettings()).pausedUntil).toBe(PAUSE_UNTIL_RESTART);
  });

  it('the mention list follows new reports from the page', async () => {
    await report([{ entry: 'tps', count: 1 }]);
    await openPopup();
    await report([
      { entry: 'tps', count: 1 },
      { entry: 'ice', count: 2 },
    ]);
    await waitFor(() => expect(mount.element.querySelectorAll('#mentions li')).toHaveLength(2));
  });

  it('links to the options page', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    await report([]);
    await openPopup();
    $('#open-options').click();
    expect(calls.openedOptions).toBe(1);
    expect(close).toHaveBeenCalled();
  });

  it('follows the theme setting', async () => {
    await saveSettings({ theme: 'dark' });
    await openPopup();
    expect(document.documentElement.dataset.theme).toBe('dark');
  });
});

describe('story search', () => {
  it('finds entries by any word, accents ignored, and shows their summaries', async () => {
    await openPopup();
    const input = $<HTMLInputElement>('#story-search');
    input.value = 'munoz';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await waitFor(() =>
      expect(mount.element.querySelector('#search-results [data-entry="cecilia-munoz"]')).not.toBeNull(),
    );
    expect(text('#search-results [data-entry="cecilia-munoz"] details p')).toContain('Domestic Policy Council');
    input.value = 'zzzz';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await waitFor(() => expect(text('#search-status')).toBe('No entry matches “zzzz”.'));
  });
});
