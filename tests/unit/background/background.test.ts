/** The background against the fake browser: badge, icon, tab state, pause, context menu, shortcut. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, resetFake } from '../../helpers/fake-browser.ts';

vi.mock('../../../src/shared/browser.ts', async () => (await import('../../helpers/fake-browser.ts')).browserModule());

const { browser, calls } = fake;
const { callBackground } = await import('../../../src/shared/messages.ts');
const { loadSettings, saveSettings } = await import('../../../src/shared/settings.ts');
const { PAUSE_UNTIL_RESTART } = await import('../../../src/shared/settings-defaults.ts');
const { endStalePause, RESUME_ALARM, PAUSE_HOUR_MS } = await import('../../../src/background/pause.ts');
const { LOOK_UP_MENU_ID } = await import('../../../src/background/context-menu.ts');
await import('../../../src/background/index.ts');

/** A content script's report, as the runtime would deliver it from tab 7's top frame. */
async function report(mentions: { entry: string; count: number }[], url = 'https://news.example.org/story', tabId = 7) {
  const reply = fake.deliver(
    { tag: 'backstory', name: 'reportMentions', args: [mentions] },
    { tab: { id: tabId }, frameId: 0, url },
  );
  await reply;
}

beforeEach(async () => {
  await fake.settle();
  resetFake();
});

describe('toolbar button', () => {
  it('shows the tab’s mention count on the badge and the normal icon', async () => {
    await report([
      { entry: 'tps', count: 2 },
      { entry: 'raids-121', count: 1 },
    ]);
    expect(calls.badge.get(7)).toBe('3');
    expect(calls.icon.get(7)?.['16']).toBe('icons/icon-16.png');
    expect(calls.title.get(7)).toMatch(/3/);
  });

  it('hides the badge when showBadge is off', async () => {
    await saveSettings({ showBadge: false });
    await report([{ entry: 'tps', count: 2 }]);
    expect(calls.badge.get(7)).toBe('');
  });

  it('uses the off icon on a denied site and when paused, each with its own title', async () => {
    await saveSettings({ deniedSites: ['example.org'] });
    await report([]);
    expect(calls.icon.get(7)?.['16']).toBe('icons/icon-off-16.png');
    const offTitle = calls.title.get(7);
    await saveSettings({ deniedSites: [], pausedUntil: Date.now() + 60_000 });
    await report([]);
    expect(calls.icon.get(7)?.['32']).toBe('icons/icon-off-32.png');
    expect(calls.title.get(7)).not.toBe(offTitle);
  });

  it('ignores reports from sub-frames', async () => {
    const reply = fake.deliver(
      { tag: 'backstory', name: 'reportMentions', args: [[{ entry: 'tps', count: 5 }]] },
      { tab: { id: 8 }, frameId: 3, url: 'https://a.org/' },
    );
    await reply;
    expect(calls.badge.has(8)).toBe(false);
  });
});

describe('tab state', () => {
  it('is kept in storage.session and answers the popup', async () => {
    await report([{ entry: 'tps', count: 2 }]);
    expect(browser.storage.session.data['tab:7']).toEqual({
      host: 'news.example.org',
      mentions: [{ entry: 'tps', count: 2 }],
    });
    expect(await callBackground('getTabState', 7)).toEqual({
      state: 'on',
      host: 'news.example.org',
      mentions: [{ entry: 'tps', count: 2 }],
    });
  });

  it('a tab that never reported is unavailable (browser pages, web stores)', async () => {
    expect(await callBackground('getTabState', 99)).toEqual({ state: 'unavailable', host: '', mentions: [] });
  });

  it('reflects settings changed since the report, and is forgotten when the tab closes', async () => {
    await report([{ entry: 'tps', count: 2 }]);
    await saveSettings({ siteMode: 'allow', allowedSites: ['other.org'] });
    expect(await callBackground('getTabState', 7)).toMatchObject({ state: 'off-site', mentions: [] });
    browser.tabs.onRemoved.emit(7);
    await fake.settle();
    expect(browser.storage.session.data).not.toHaveProperty('tab:7');
  });
});

describe('pause', () => {
  it('for an hour sets pausedUntil and an alarm that resumes', async () => {
    const before = Date.now();
    await callBackground('pause', 'hour');
    const { pausedUntil } = await loadSettings();
    expect(pausedUntil).toBeGreaterThanOrEqual(before + PAUSE_HOUR_MS);
    expect(calls.alarms.get(RESUME_ALARM)?.when).toBe(pausedUntil);
    await saveSettings({ pausedUntil: Date.now() - 1 });
    await Promise.all(browser.alarms.onAlarm.emit({ name: RESUME_ALARM }));
    await fake.settle();
    expect((await loadSettings()).pausedUntil).toBe(0);
  });

  it('until restart survives a background restart but not a browser restart', async () => {
    await callBackground('pause', 'restart');
    expect((await loadSettings()).pausedUntil).toBe(PAUSE_UNTIL_RESTART);
    await endStalePause(); // the service worker restarting: storage.session still holds the marker
    expect((await loadSettings()).pausedUntil).toBe(PAUSE_UNTIL_RESTART);
    browser.storage.session.data = {}; // the browser restarting empties storage.session
    await endStalePause();
    expect((await loadSettings()).pausedUntil).toBe(0);
  });

  it('resume ends either pause and clears the alarm', async () => {
    await callBackground('pause', 'hour');
    await callBackground('resume');
    expect((await loadSettings()).pausedUntil).toBe(0);
    expect(calls.alarms.has(RESUME_ALARM)).toBe(false);
  });
});

describe('context menu and shortcut', () => {
  it('creates one "Look up in Backstory" item for selections, again after a restart', async () => {
    await Promise.all(browser.runtime.onInstalled.emit());
    await fake.settle();
    await Promise.all(browser.runtime.onStartup.emit());
    await fake.settle();
    expect(calls.menus).toEqual([{ id: LOOK_UP_MENU_ID, title: 'Look up in Backstory', contexts: ['selection'] }]);
  });

  it('asks the tab’s content script to look up the selected text', async () => {
    const asked: unknown[] = [];
    fake.serveTab(7, (message, frameId) => {
      asked.push({ ...message, frameId });
      return 'shown';
    });
    browser.contextMenus.onClicked.emit({ menuItemId: LOOK_UP_MENU_ID, selectionText: '  22 senators ' }, { id: 7 });
    await fake.settle();
    expect(asked).toEqual([{ tag: 'backstory', name: 'lookUp', args: ['22 senators'], frameId: 0 }]);
  });

  it('the shortcut toggles the master switch', async () => {
    browser.commands.onCommand.emit('toggle-highlights');
    await fake.settle();
    expect((await loadSettings()).enabled).toBe(false);
    browser.commands.onCommand.emit('toggle-highlights');
    await fake.settle();
    expect((await loadSettings()).enabled).toBe(true);
  });
});
