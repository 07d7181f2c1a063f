/**
 * Reads what storage holds into valid Settings, key by key: a valid value is kept and a missing,
 * corrupt or unknown one falls back to its default (never fails: a page must not break). Checked
 * against the schema's shape (settings-shape.ts), so the content script needs no valibot.
 */
import { DEFAULT_SETTINGS, DEVICE_KEYS, SETTINGS_VERSION, type Settings } from './settings-defaults.ts';
import { migrateSettings } from './settings-migrations.ts';
import { SETTINGS_SHAPE } from './settings-shape-data.ts';
import { isObjectLike, problemOf, type Shape } from './settings-shape.ts';

export interface Normalized {
  settings: Settings;
  /** One line per value that was dropped or replaced by its default. */
  problems: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keeps every valid part of `value`: object keys one by one, array items one by one. */
function lenient(shape: Shape, value: unknown, fallback: unknown, path: string, problems: string[]): unknown {
  if (shape.type === 'object' && isRecord(value) && isRecord(fallback)) {
    const out: Record<string, unknown> = {};
    const at = (key: string) => (path ? `${path}.${key}` : key);
    for (const [key, entry] of Object.entries(shape.entries)) {
      out[key] =
        key in value ? lenient(entry, value[key], fallback[key], at(key), problems) : structuredClone(fallback[key]);
    }
    for (const key of Object.keys(value))
      if (!(key in shape.entries)) problems.push(`${at(key)}: unknown setting, dropped`);
    return out;
  }
  if (shape.type === 'array' && Array.isArray(value)) {
    const kept = value.filter((item) => !problemOf(shape.item, item));
    if (kept.length < value.length) problems.push(`${path}: ${value.length - kept.length} invalid item(s) dropped`);
    return kept;
  }
  // A record takes any object, as valibot's does: an array gives its valid index keys, i.e. none.
  if (shape.type === 'record' && isObjectLike(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (!problemOf(shape.key, key)) out[key] = lenient(shape.value, item, [], `${path}.${key}`, problems);
      else problems.push(`${path}.${key}: invalid key, dropped`);
    }
    return out;
  }
  const problem = problemOf(shape, value);
  if (!problem) return structuredClone(value);
  problems.push(`${path}: ${JSON.stringify(value)} is invalid (${problem}); using the default`);
  return structuredClone(fallback);
}

/**
 * Reads stored settings (the synced object plus this device's part) into valid Settings. Older
 * versions go through the migrations first; a newer version is read as far as it is understood.
 */
export function normalizeSettings(stored: unknown, device?: unknown): Normalized {
  const problems: string[] = [];
  let synced: Record<string, unknown> = {};
  if (isRecord(stored)) synced = migrateSettings(stored);
  else if (stored !== undefined) problems.push(`settings are ${JSON.stringify(stored)}, not an object; using defaults`);
  const merged: Record<string, unknown> = { ...synced, version: SETTINGS_VERSION };
  for (const key of DEVICE_KEYS) delete merged[key];
  if (isRecord(device)) for (const key of DEVICE_KEYS) if (key in device) merged[key] = device[key];
  const settings = lenient(SETTINGS_SHAPE, merged, DEFAULT_SETTINGS, '', problems) as Settings;
  return { settings, problems };
}
