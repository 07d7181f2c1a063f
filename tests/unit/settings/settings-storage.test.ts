import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, resetFake } from '../../helpers/fake-browser.ts';

vi.mock('../../../src/shared/browser.ts', async () => (await import('../../helpers/fake-browser.ts')).browserModule());

const { browser } = fake;
const {
  loadSettings,
  saveSettings,
  onSettingsChanged,
  replaceSettings,
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  DEVICE_SETTINGS_KEY,
} = await import('../../../src/shared/settings.ts');

beforeEach(async () => {
  await fake.settle();
  resetFake();
  vi.restoreAllMocks();
});

describe('settings storage', () => {
  it('reads the defaults from empty storage', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('writes user settings to storage.sync and the pause to storage.local only', async () => {
    await saveSettings({ theme: 'dark' });
    expect(browser.storage.sync.data[SETTINGS_KEY]).toMatchObject({ theme: 'dark', version: DEFAULT_SETTINGS.version });
    expect(browser.storage.sync.data[SETTINGS_KEY]).not.toHaveProperty('pausedUntil');
    expect(browser.storage.local.data).toEqual({});
    const syncWrites = browser.storage.sync.writes;
    await saveSettings({ pausedUntil: 123 });
    expect(browser.storage.sync.writes).toBe(syncWrites);
    expect(browser.storage.local.data[DEVICE_SETTINGS_KEY]).toEqual({ pausedUntil: 123 });
    expect(await loadSettings()).toMatchObject({ theme: 'dark', pausedUntil: 123 });
  });

  it('refuses to save a value outside the schema, writing nothing', async () => {
    await expect(saveSettings({ deniedSites: ['not a site'] })).rejects.toThrow(/deniedSites/);
    expect(browser.storage.sync.writes).toBe(0);
  });

  it('logs one warning for corrupt stored values, not one per read', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    browser.storage.sync.data[SETTINGS_KEY] = { version: 2, theme: 'neon', enabled: false };
    expect(await loadSettings()).toMatchObject({ theme: 'auto', enabled: false });
    await loadSettings();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('theme');
  });

  it('replaceSettings swaps every user setting but keeps this device’s pause', async () => {
    await saveSettings({ pausedUntil: 77, showBadge: false });
    const { pausedUntil: _, ...portable } = { ...DEFAULT_SETTINGS, theme: 'light' as const };
    await replaceSettings(portable);
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'light', pausedUntil: 77 });
  });

  it('notifies listeners with the whole new settings until aborted', async () => {
    const seen: string[] = [];
    const controller = new AbortController();
    onSettingsChanged((settings) => seen.push(`${settings.theme}/${settings.pausedUntil}`), controller.signal);
    await saveSettings({ theme: 'dark' });
    await fake.settle();
    await saveSettings({ pausedUntil: 5 });
    await fake.settle();
    controller.abort();
    await saveSettings({ theme: 'light' });
    await fake.settle();
    expect(seen).toEqual(['dark/0', 'dark/5']);
  });
});
