import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { normalizeSettings } from '../../../src/shared/settings-normalize.ts';
import { parseSettingsFile, portableSettings, SettingsSchema } from '../../../src/shared/settings-schema.ts';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../../src/shared/settings-defaults.ts';
import { MIGRATIONS, migrateSettings } from '../../../src/shared/settings-migrations.ts';

describe('normalizeSettings', () => {
  it('the defaults satisfy the schema, and nothing stored means the defaults', () => {
    expect(v.is(SettingsSchema, DEFAULT_SETTINGS)).toBe(true);
    expect(normalizeSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('keeps every valid key and replaces each corrupt one by its default, naming it', () => {
    const { settings, problems } = normalizeSettings({
      version: SETTINGS_VERSION,
      enabled: false,
      siteMode: 'sideways',
      highlightStyle: 'outline',
      cardDelayMs: -5,
      colors: { numbers: '#112233', people: 'purple' },
      categories: { people: false, places: 'no' },
      showBadge: 'yes',
    });
    expect(settings.enabled).toBe(false);
    expect(settings.highlightStyle).toBe('outline');
    expect(settings.siteMode).toBe('deny');
    expect(settings.cardDelayMs).toBe(DEFAULT_SETTINGS.cardDelayMs);
    expect(settings.colors).toEqual({ ...DEFAULT_SETTINGS.colors, numbers: '#112233' });
    expect(settings.categories).toEqual({ ...DEFAULT_SETTINGS.categories, people: false });
    expect(settings.showBadge).toBe(true);
    expect(problems.map((problem) => problem.split(':')[0])).toEqual([
      'siteMode',
      'categories.places',
      'colors.people',
      'cardDelayMs',
      'showBadge',
    ]);
  });

  it('drops unknown keys, invalid list items and invalid per-site keys, keeping the rest', () => {
    const { settings, problems } = normalizeSettings({
      version: SETTINGS_VERSION,
      deniedSites: ['example.com', 'not a site', 7],
      hiddenEntries: ['tps', 'Not An Id'],
      siteHiddenEntries: { 'news.org': ['tps', 3], 'bad host!': ['tps'] },
      futureFeature: true,
    });
    expect(settings.deniedSites).toEqual(['example.com']);
    expect(settings.hiddenEntries).toEqual(['tps']);
    expect(settings.siteHiddenEntries).toEqual({ 'news.org': ['tps'] });
    expect(settings).not.toHaveProperty('futureFeature');
    expect(problems).toHaveLength(5);
  });

  it('a stored value that is not an object gives the defaults and one problem', () => {
    const { settings, problems } = normalizeSettings('garbage');
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toHaveLength(1);
  });

  it('takes the pause from the device part, never from the synced part', () => {
    expect(normalizeSettings({ version: SETTINGS_VERSION, pausedUntil: 5 }).settings.pausedUntil).toBe(0);
    expect(normalizeSettings({ version: SETTINGS_VERSION }, { pausedUntil: 5 }).settings.pausedUntil).toBe(5);
    expect(normalizeSettings(undefined, { pausedUntil: 'soon' }).settings.pausedUntil).toBe(0);
  });

  it('does not share nested objects with the defaults', () => {
    const { settings } = normalizeSettings(undefined);
    settings.categories.people = false;
    settings.deniedSites.push('x.org');
    expect(DEFAULT_SETTINGS.categories.people).toBe(true);
    expect(DEFAULT_SETTINGS.deniedSites).toEqual([]);
  });
});

describe('migrations', () => {
  it('are ordered, one per version, ending at the current version', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(
      Array.from({ length: SETTINGS_VERSION - 1 }, (_, index) => index + 2),
    );
  });

  it('take a version-1 object to the current version, keeping what the user chose', () => {
    const v1 = {
      version: 1,
      enabled: true,
      pausedUntil: 1_900_000_000_000,
      siteMode: 'deny',
      deniedSites: ['https://www.Example.com/news', 'example.org', 'example.org', 'not a site'],
      allowedSites: ['Local.Test'],
      categories: { numbers: false, organizations: true, people: true, places: true },
      highlightStyle: 'background',
      colors: { numbers: '#b45309', organizations: '#1d4ed8', people: '#7e22ce', places: '#047857' },
      cardTrigger: 'click',
      cardDelayMs: 500,
      theme: 'dark',
      sensitivity: 'strict',
      hiddenEntries: ['tps'],
      siteHiddenEntries: { 'news.org': ['ice'] },
      showBadge: false,
    };
    const migrated = migrateSettings(v1);
    expect(migrated.version).toBe(SETTINGS_VERSION);
    expect(migrated).not.toHaveProperty('pausedUntil');
    expect(migrated.deniedSites).toEqual(['www.example.com', 'example.org']);
    expect(migrated.allowedSites).toEqual(['local.test']);
    const { settings, problems } = normalizeSettings(v1);
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({
      highlightStyle: 'background',
      cardTrigger: 'click',
      cardDelayMs: 500,
      theme: 'dark',
      showBadge: false,
      pausedUntil: 0,
    });
    expect(settings.categories.numbers).toBe(false);
  });

  it('treats an object without a version as version 1, and leaves a current one alone', () => {
    expect(migrateSettings({ deniedSites: ['A.org'] }).deniedSites).toEqual(['a.org']);
    const current = { version: SETTINGS_VERSION, deniedSites: ['Keep.Me'] };
    expect(migrateSettings(current)).toBe(current);
  });
});

describe('parseSettingsFile', () => {
  const good = portableSettings({ ...DEFAULT_SETTINGS, theme: 'dark', deniedSites: ['example.com'] });
  const text = JSON.stringify(good, null, 2);

  it('accepts an exported file as it was written', () => {
    expect(parseSettingsFile(text)).toEqual({ ok: true, settings: good });
    expect(good).not.toHaveProperty('pausedUntil');
  });

  it('accepts a version-1 file through the migrations', () => {
    const old = { ...good, version: 1, pausedUntil: 0, deniedSites: ['https://Example.com/'] };
    const result = parseSettingsFile(JSON.stringify(old));
    expect(result.ok && result.settings.deniedSites).toEqual(['example.com']);
  });

  it.each([
    ['not JSON', 'hello', { problem: 'notJson' }],
    ['truncated JSON', text.slice(0, text.length / 2), { problem: 'notJson' }],
    ['an array', '[1,2]', { problem: 'notObject' }],
    ['a newer version', JSON.stringify({ ...good, version: 99 }), { problem: 'newerVersion', version: 99 }],
    ['no version', JSON.stringify({ ...good, version: undefined }), { problem: 'wrongValue', path: 'version' }],
    ['an unknown key', JSON.stringify({ ...good, sparkle: true }), { problem: 'unknownKey', path: 'sparkle' }],
    [
      'an unknown nested key',
      JSON.stringify({ ...good, colors: { ...good.colors, events: '#000000' } }),
      { problem: 'unknownKey', path: 'colors.events' },
    ],
    ['a missing key', JSON.stringify({ ...good, theme: undefined }), { problem: 'missingKey', path: 'theme' }],
    ['a wrong type', JSON.stringify({ ...good, showBadge: 'yes' }), { problem: 'wrongValue', path: 'showBadge' }],
    ['a wrong choice', JSON.stringify({ ...good, theme: 'neon' }), { problem: 'wrongValue', path: 'theme' }],
    [
      'a bad colour',
      JSON.stringify({ ...good, colors: { ...good.colors, people: 'purple' } }),
      { problem: 'wrongValue', path: 'colors.people', expected: 'a colour like #1d4ed8' },
    ],
    [
      'a bad site',
      JSON.stringify({ ...good, deniedSites: ['http://x.org/a b'] }),
      { problem: 'wrongValue', path: 'deniedSites.0' },
    ],
  ])('refuses %s with the reason', (_, input, expected) => {
    const result = parseSettingsFile(input);
    expect(result.ok).toBe(false);
    expect(result).toMatchObject(expected);
  });
});
