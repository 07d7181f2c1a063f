/**
 * Normalises whatever storage holds into valid Settings, key by key: a valid value is kept, a
 * missing, corrupt or unknown one falls back to its default, and the problems are reported.
 */
import { DEFAULT_SETTINGS, type Settings } from './settings-defaults.ts';

export interface Normalized {
  settings: Settings;
  problems: string[];
}

function sameShape(value: unknown, fallback: unknown): boolean {
  if (Array.isArray(fallback)) return Array.isArray(value);
  if (fallback === null || typeof fallback !== 'object') return typeof value === typeof fallback;
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function normalizeSettings(stored: unknown): Normalized {
  const settings = structuredClone(DEFAULT_SETTINGS) as Settings;
  const problems: string[] = [];
  if (stored === undefined) return { settings, problems };
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    return { settings, problems: ['settings are not an object; using defaults'] };
  }
  const record = stored as Record<string, unknown>;
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (!(key in record)) continue;
    if (sameShape(record[key], DEFAULT_SETTINGS[key])) (settings as Record<string, unknown>)[key] = record[key];
    else problems.push(`settings.${key} has the wrong type; using the default`);
  }
  return { settings, problems };
}
