/**
 * The ordered list of settings migrations. Each one takes the stored object of the version before
 * it to its own version. Stored objects without a version are version 1 (the first release format).
 */
import { parseSitePattern } from './site-rules.ts';
import { SETTINGS_VERSION } from './settings-defaults.ts';

export interface Migration {
  /** The version this migration produces. */
  version: number;
  why: string;
  migrate(old: Record<string, unknown>): Record<string, unknown>;
}

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;
}

/** Normalises a v1 site list: v1 compared exact hostnames and so stored whatever was typed. */
function patterns(value: unknown): unknown {
  const list = strings(value);
  if (!list) return value;
  const valid = list.map(parseSitePattern).flatMap((result) => (result.ok ? [result.pattern] : []));
  return [...new Set(valid)];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 2,
    why: 'pause moves to this device (storage.local); site lists hold normalised host patterns',
    migrate(old) {
      const next: Record<string, unknown> = { ...old, version: 2 };
      delete next.pausedUntil;
      if ('deniedSites' in old) next.deniedSites = patterns(old.deniedSites);
      if ('allowedSites' in old) next.allowedSites = patterns(old.allowedSites);
      return next;
    },
  },
];

/** Runs every migration newer than the object's version, in order. Newer objects pass unchanged. */
export function migrateSettings(stored: Record<string, unknown>): Record<string, unknown> {
  const from = typeof stored.version === 'number' ? stored.version : 1;
  let current = stored;
  for (const migration of MIGRATIONS) if (migration.version > from) current = migration.migrate(current);
  return current;
}

export const LATEST_MIGRATION = MIGRATIONS.at(-1)?.version ?? 1;
if (LATEST_MIGRATION !== SETTINGS_VERSION)
  throw new Error('settings: the last migration must produce SETTINGS_VERSION');
