/**
 * Reading and writing settings. Stored in storage.sync (storage.local where sync is unavailable),
 * always read through `normalizeSettings` so a corrupt stored value can never break a page.
 */
import { browser } from './browser.ts';
import { DEFAULT_SETTINGS, type Settings } from './settings-defaults.ts';
import { normalizeSettings } from './settings-schema.ts';

export { DEFAULT_SETTINGS, type Settings };

const KEY = 'settings';

type Area = typeof browser.storage.sync;
let chosenArea: Promise<Area> | undefined;

/** storage.sync when it works (it throws for a Firefox add-on without an id), else storage.local. */
function area(): Promise<Area> {
  chosenArea ??= browser.storage.sync.get(KEY).then(
    () => browser.storage.sync,
    () => browser.storage.local,
  );
  return chosenArea;
}

export async function loadSettings(): Promise<Settings> {
  const stored = await (await area()).get(KEY);
  return normalizeSettings(stored[KEY]).settings;
}

export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...change };
  await (await area()).set({ [KEY]: next });
  return next;
}

/** Calls `listener` with the new settings whenever they change; stops when `signal` aborts. */
export function onSettingsChanged(listener: (settings: Settings) => void, signal: AbortSignal): void {
  const handler = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== 'sync' && areaName !== 'local') return;
    const change = changes[KEY];
    if (change) listener(normalizeSettings(change.newValue).settings);
  };
  browser.storage.onChanged.addListener(handler);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(handler), { once: true });
}
