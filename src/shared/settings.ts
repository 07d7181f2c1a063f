/**
 * Reading and writing settings. The user's settings live in storage.sync (storage.local where sync
 * is unavailable, e.g. Firefox without an add-on id); this device's state (DEVICE_KEYS: the pause)
 * lives in storage.local. Everything is read through `normalizeSettings`, so a corrupt stored value
 * can never break a page; the problems found are logged once per context.
 */
import { browser } from './browser.ts';
import { DEFAULT_SETTINGS, DEVICE_KEYS, SETTINGS_VERSION, type Settings } from './settings-defaults.ts';
import { normalizeSettings } from './settings-normalize.ts';
import { SETTINGS_SHAPE } from './settings-shape-data.ts';
import { problemOf } from './settings-shape.ts';

export { DEFAULT_SETTINGS, type Settings };

export const SETTINGS_KEY = 'settings';
export const DEVICE_SETTINGS_KEY = 'deviceSettings';

type Area = typeof browser.storage.sync;
let chosenArea: Promise<Area> | undefined;

/** storage.sync when it works (it throws for a Firefox add-on without an id), else storage.local. */
export function settingsArea(): Promise<Area> {
  chosenArea ??= browser.storage.sync.get(SETTINGS_KEY).then(
    () => browser.storage.sync,
    () => browser.storage.local,
  );
  return chosenArea;
}

const warned = new Set<string>();
function warnOnce(problems: string[]): void {
  const message = problems.join('; ');
  if (problems.length === 0 || warned.has(message)) return;
  warned.add(message);
  console.warn(`Backstory: some stored settings were invalid and replaced by defaults: ${message}`);
}

export async function loadSettings(): Promise<Settings> {
  const [synced, device] = await Promise.all([
    (await settingsArea()).get(SETTINGS_KEY),
    browser.storage.local.get(DEVICE_SETTINGS_KEY),
  ]);
  const { settings, problems } = normalizeSettings(synced[SETTINGS_KEY], device[DEVICE_SETTINGS_KEY]);
  warnOnce(problems);
  return settings;
}

function split(settings: Settings): { synced: Record<string, unknown>; device: Record<string, unknown> } {
  const synced: Record<string, unknown> = { ...settings };
  const device: Record<string, unknown> = {};
  for (const key of DEVICE_KEYS) {
    device[key] = settings[key];
    delete synced[key];
  }
  return { synced, device };
}

/**
 * Merges `change` into the stored settings and writes only the area(s) it touches. A value that
 * does not fit the schema is a programming error: it throws and nothing is written.
 */
export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next: Settings = { ...(await loadSettings()), ...structuredClone(change), version: SETTINGS_VERSION };
  const problem = problemOf(SETTINGS_SHAPE, next);
  if (problem) throw new Error(`saveSettings: ${problem}`);
  const { synced, device } = split(next);
  const keys = Object.keys(change);
  const touchesDevice = keys.some((key) => (DEVICE_KEYS as readonly string[]).includes(key));
  const touchesSynced = keys.some((key) => !(DEVICE_KEYS as readonly string[]).includes(key));
  if (touchesSynced) await (await settingsArea()).set({ [SETTINGS_KEY]: synced });
  if (touchesDevice) await browser.storage.local.set({ [DEVICE_SETTINGS_KEY]: device });
  return next;
}

/** Replaces every user setting at once (import, reset); this device's pause is left alone. */
export async function replaceSettings(settings: Omit<Settings, (typeof DEVICE_KEYS)[number]>): Promise<Settings> {
  return saveSettings({ ...DEFAULT_SETTINGS, ...settings, pausedUntil: (await loadSettings()).pausedUntil });
}

/** Calls `listener` with the new settings whenever they change; stops when `signal` aborts. */
export function onSettingsChanged(listener: (settings: Settings) => void, signal: AbortSignal): void {
  let latest = 0;
  const handler = (changes: Record<string, unknown>, areaName: string) => {
    if (areaName !== 'sync' && areaName !== 'local') return;
    if (!(SETTINGS_KEY in changes) && !(DEVICE_SETTINGS_KEY in changes)) return;
    const ticket = ++latest;
    // Re-read both parts: a change carries only one of them. Drop results overtaken by a newer change.
    void loadSettings().then((settings) => {
      if (ticket === latest && !signal.aborted) listener(settings);
    });
  };
  browser.storage.onChanged.addListener(handler);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(handler), { once: true });
}
