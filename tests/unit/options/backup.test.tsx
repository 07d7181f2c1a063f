// @vitest-environment jsdom
/** Export and import on the options page: a good file replaces the settings; a bad one changes nothing. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { fake, resetFake, waitFor } from '../../helpers/fake-browser.ts';

vi.mock('../../../src/shared/browser.ts', async () => (await import('../../helpers/fake-browser.ts')).browserModule());

const { Options } = await import('../../../src/options/Options.tsx');
const { loadSettings, saveSettings } = await import('../../../src/shared/settings.ts');
const { DEFAULT_SETTINGS } = await import('../../../src/shared/settings-defaults.ts');
const { portableSettings } = await import('../../../src/shared/settings-schema.ts');

let container: HTMLElement;
const $ = <E extends Element = HTMLElement>(selector: string) => {
  const found = container.querySelector<E>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};

const MINE = {
  ...DEFAULT_SETTINGS,
  theme: 'dark' as const,
  deniedSites: ['example.com'],
  hiddenEntries: ['tps'],
  pausedUntil: 4242,
};
const good = JSON.stringify(
  { ...portableSettings(DEFAULT_SETTINGS), sensitivity: 'strict', deniedSites: ['news.org'] },
  null,
  2,
);

async function chooseFile(name: string, content: string) {
  const input = $<HTMLInputElement>('#import-file');
  Object.defineProperty(input, 'files', {
    value: [new File([content], name, { type: 'application/json' })],
    configurable: true,
  });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await waitFor(() => expect($('#import-status').textContent).not.toBe(''));
  return $('#import-status');
}

beforeEach(async () => {
  await fake.settle();
  resetFake();
  await saveSettings(MINE);
  container = document.createElement('main');
  document.body.append(container);
  render(<Options />, container);
  await waitFor(() => $('#backup'));
});
afterEach(() => {
  render(null, container);
  container.remove();
  vi.restoreAllMocks();
});

describe('export', () => {
  it('downloads the user settings as backstory-settings.json, without this device’s pause', async () => {
    let blob: Blob | undefined;
    let download = '';
    URL.createObjectURL = vi.fn((object: Blob) => {
      blob = object;
      return 'blob:settings';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      download = this.download;
    });
    $('#export').click();
    expect(download).toBe('backstory-settings.json');
    const exported = JSON.parse(await blob!.text());
    expect(exported).toEqual(portableSettings(MINE));
    expect(exported).not.toHaveProperty('pausedUntil');
  });
});

describe('import', () => {
  it('a good file replaces every setting, keeps the pause, and says so', async () => {
    const status = await chooseFile('mine.json', good);
    expect(status.textContent).toBe('Settings imported from mine.json.');
    expect(await loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      sensitivity: 'strict',
      deniedSites: ['news.org'],
      pausedUntil: 4242,
    });
  });

  it('a version-1 file goes through the migrations', async () => {
    const old = { ...JSON.parse(good), version: 1, pausedUntil: 0, deniedSites: ['HTTPS://Old.Example.com/path'] };
    const status = await chooseFile('old.json', JSON.stringify(old));
    expect(status.className).toBe('ok');
    expect((await loadSettings()).deniedSites).toEqual(['old.example.com']);
  });

  it.each([
    ['not JSON', 'this is not json', /not valid JSON/],
    ['truncated JSON', good.slice(0, 120), /not valid JSON/],
    ['wrong types', good.replace('"showBadge": true', '"showBadge": "yes"'), /“showBadge” should be boolean/],
    ['a bad colour', good.replace('#7e22ce', 'purple'), /“colors.people” should be a colour like #1d4ed8/],
    ['unknown keys', JSON.stringify({ ...JSON.parse(good), sparkles: 3 }), /“sparkles” is not a Backstory setting/],
    ['a missing key', JSON.stringify({ ...JSON.parse(good), theme: undefined }), /the setting “theme” is missing/],
    ['a newer version', JSON.stringify({ ...JSON.parse(good), version: 9 }), /newer Backstory \(settings version 9\)/],
    ['not an object', '"settings"', /does not hold a settings object/],
  ])('refuses %s with the reason, and nothing changes', async (_, content, reason) => {
    const before = await loadSettings();
    const writes = fake.browser.storage.sync.writes + fake.browser.storage.local.writes;
    const status = await chooseFile('bad.json', content);
    expect(status.textContent).toMatch(/^bad\.json was not imported: /);
    expect(status.textContent).toMatch(reason);
    expect(status.textContent).toMatch(/Nothing was changed\.$/);
    expect(status.getAttribute('role')).toBe('alert');
    expect(await loadSettings()).toEqual(before);
    expect(fake.browser.storage.sync.writes + fake.browser.storage.local.writes).toBe(writes);
  });
});
