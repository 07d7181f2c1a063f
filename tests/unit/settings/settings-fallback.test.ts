/** storage.sync unavailable (Firefox without an add-on id): everything goes to storage.local. */
import { expect, it, vi } from 'vitest';
import { fake } from '../../helpers/fake-browser.ts';

vi.mock('../../../src/shared/browser.ts', async () => (await import('../../helpers/fake-browser.ts')).browserModule());

it('falls back to storage.local when storage.sync fails', async () => {
  fake.browser.storage.sync.unavailable = true;
  const { loadSettings, saveSettings, SETTINGS_KEY } = await import('../../../src/shared/settings.ts');
  await saveSettings({ sensitivity: 'strict' });
  expect(fake.browser.storage.local.data[SETTINGS_KEY]).toMatchObject({ sensitivity: 'strict' });
  expect(fake.browser.storage.sync.data).toEqual({});
  expect((await loadSettings()).sensitivity).toBe('strict');
});
