/** The card's actions: the settings each one writes, through the real settings seam's API (faked). */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hideEverywhereChange, hideOnSiteChange, pauseSiteChange } from '../../../src/content/card/action-changes.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings-defaults.ts';

const store = vi.hoisted(() => ({ current: undefined as unknown as Settings, saved: [] as Partial<Settings>[] }));
vi.mock('../../../src/shared/settings.ts', () => ({
  loadSettings: async () => store.current,
  saveSettings: async (change: Partial<Settings>) => {
    store.saved.push(change);
    store.current = { ...store.current, ...change };
    return store.current;
  },
}));
const { settingsActions } = await import('../../../src/content/card/settings-actions.ts');

const settings = (overrides: Partial<Settings> = {}): Settings =>
  structuredClone({ ...DEFAULT_SETTINGS, ...overrides });

describe('action changes', () => {
  it('hides an entry on one site, keeping other sites and not adding it twice', () => {
    const before = settings({ siteHiddenEntries: { 'a.example': ['tps'], 'b.example': ['dhs'] } });
    const change = hideOnSiteChange(before, 'a.example', 'ice');
    expect(change).toEqual({ siteHiddenEntries: { 'a.example': ['tps', 'ice'], 'b.example': ['dhs'] } });
    expect(hideOnSiteChange({ ...before, ...change }, 'a.example', 'ice')).toEqual(change);
    expect(before.siteHiddenEntries['a.example']).toEqual(['tps']);
  });

  it('hides an entry everywhere once', () => {
    expect(hideEverywhereChange(settings({ hiddenEntries: ['dhs'] }), 'tps')).toEqual({
      hiddenEntries: ['dhs', 'tps'],
    });
    expect(hideEverywhereChange(settings({ hiddenEntries: ['tps'] }), 'tps')).toEqual({ hiddenEntries: ['tps'] });
  });

  it('pauses a site through deniedSites in deny mode and by leaving allowedSites in allow mode', () => {
    expect(pauseSiteChange(settings({ deniedSites: ['x.example'] }), 'a.example')).toEqual({
      deniedSites: ['x.example', 'a.example'],
    });
    expect(
      pauseSiteChange(settings({ siteMode: 'allow', allowedSites: ['a.example', 'b.example'] }), 'a.example'),
    ).toEqual({
      allowedSites: ['b.example'],
    });
  });

  it('in allow mode also takes off a pattern that covers the site through its subdomains', () => {
    expect(
      pauseSiteChange(settings({ siteMode: 'allow', allowedSites: ['example.com', 'b.example'] }), 'www.example.com'),
    ).toEqual({ allowedSites: ['b.example'] });
  });
});

describe('settingsActions', () => {
  beforeEach(() => {
    store.current = settings({ hiddenEntries: ['dhs'] });
    store.saved = [];
  });

  it('writes only the keys each action changes, from freshly loaded settings', async () => {
    const actions = settingsActions('news.example');
    await actions.hideOnSite('tps');
    store.current = { ...store.current, hiddenEntries: ['dhs', 'chc'] };
    await actions.hideEverywhere('ice');
    await actions.pauseSite();
    expect(store.saved).toEqual([
      { siteHiddenEntries: { 'news.example': ['tps'] } },
      { hiddenEntries: ['dhs', 'chc', 'ice'] },
      { deniedSites: ['news.example'] },
    ]);
  });
});
