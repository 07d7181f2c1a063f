/**
 * The settings schema (valibot), and the two ways settings are read through it:
 * - `normalizeSettings` for what storage holds: key by key, a valid value is kept and a missing,
 *   corrupt or unknown one falls back to its default (never fails: a page must not break);
 * - `parseSettingsFile` for an imported file: strict, the first problem refuses the whole file.
 */
import * as v from 'valibot';
import {
  DEFAULT_SETTINGS,
  DEVICE_KEYS,
  SETTINGS_VERSION,
  CARD_DELAY_LIMITS,
  PAUSE_UNTIL_RESTART,
  type Settings,
} from './settings-defaults.ts';
import { isValidSitePattern } from './site-rules.ts';
import { migrateSettings } from './settings-migrations.ts';

const bool = v.boolean();
const colour = v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #1d4ed8'));
const sitePattern = v.pipe(v.string(), v.check(isValidSitePattern, 'a site pattern like example.com'));
const hostname = v.pipe(
  v.string(),
  v.check((text) => isValidSitePattern(text) && !text.startsWith('*.'), 'a host name like example.com'),
);
const entryId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a story entry id like tps'));
const wholeMs = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));

const ENTRIES = {
  version: v.literal(SETTINGS_VERSION),
  enabled: bool,
  pausedUntil: wholeMs(PAUSE_UNTIL_RESTART),
  siteMode: v.picklist(['deny', 'allow']),
  deniedSites: v.array(sitePattern),
  allowedSites: v.array(sitePattern),
  categories: v.object({ numbers: bool, organizations: bool, people: bool, places: bool }),
  highlightStyle: v.picklist(['underline', 'background', 'outline']),
  colors: v.object({ numbers: colour, organizations: colour, people: colour, places: colour }),
  cardTrigger: v.picklist(['hover', 'click', 'keyboard']),
  cardDelayMs: v.pipe(wholeMs(CARD_DELAY_LIMITS.max), v.minValue(CARD_DELAY_LIMITS.min)),
  theme: v.picklist(['auto', 'light', 'dark']),
  sensitivity: v.picklist(['strict', 'balanced', 'generous']),
  showGeneric: bool,
  hiddenEntries: v.array(entryId),
  siteHiddenEntries: v.record(hostname, v.array(entryId)),
  showBadge: bool,
};

export const SettingsSchema = v.object(ENTRIES);

// Compile-time guard: the schema and the defaults object describe the same shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesDefaults: Same<v.InferOutput<typeof SettingsSchema>, Settings> = true;
void schemaMatchesDefaults;

export interface Normalized {
  settings: Settings;
  /** One line per value that was dropped or replaced by its default. */
  problems: string[];
}

type AnySchema = v.GenericSchema & {
  entries?: Record<string, v.GenericSchema>;
  item?: v.GenericSchema;
  key?: v.GenericSchema;
  value?: v.GenericSchema;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keeps every valid part of `value`: object keys one by one, array items one by one. */
function lenient(schema: AnySchema, value: unknown, fallback: unknown, path: string, problems: string[]): unknown {
  if (schema.type === 'object' && schema.entries && isRecord(value) && isRecord(fallback)) {
    const out: Record<string, unknown> = {};
    const at = (key: string) => (path ? `${path}.${key}` : key);
    for (const [key, entry] of Object.entries(schema.entries)) {
      out[key] =
        key in value
          ? lenient(entry as AnySchema, value[key], fallback[key], at(key), problems)
          : structuredClone(fallback[key]);
    }
    for (const key of Object.keys(value))
      if (!(key in schema.entries)) problems.push(`${at(key)}: unknown setting, dropped`);
    return out;
  }
  if (schema.type === 'array' && schema.item && Array.isArray(value)) {
    const kept = value.filter((item) => v.is(schema.item!, item));
    if (kept.length < value.length) problems.push(`${path}: ${value.length - kept.length} invalid item(s) dropped`);
    return kept;
  }
  if (schema.type === 'record' && schema.key && schema.value && isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (v.is(schema.key, key)) out[key] = lenient(schema.value as AnySchema, item, [], `${path}.${key}`, problems);
      else problems.push(`${path}.${key}: invalid key, dropped`);
    }
    return out;
  }
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  problems.push(`${path}: ${JSON.stringify(value)} is invalid (${result.issues[0].message}); using the default`);
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
  const settings = lenient(SettingsSchema as AnySchema, merged, DEFAULT_SETTINGS, '', problems) as Settings;
  return { settings, problems };
}

/** The part of Settings a user carries between browsers: everything but this device's state. */
export type PortableSettings = Omit<Settings, (typeof DEVICE_KEYS)[number]>;

/**
 * The strict schema of a settings file, built when a file is read rather than at module load: the
 * content script imports this module (normalizeSettings) and module-level schema calls are never
 * tree-shaken, so a constant here would ship in every page's bundle unused.
 */
function portableSettingsSchema() {
  return v.strictObject({
    ...v.omit(SettingsSchema, DEVICE_KEYS).entries,
    categories: v.strictObject(ENTRIES.categories.entries),
    colors: v.strictObject(ENTRIES.colors.entries),
  });
}

export function portableSettings(settings: Settings): PortableSettings {
  const copy: Partial<Settings> = structuredClone(settings);
  for (const key of DEVICE_KEYS) delete copy[key];
  return copy as PortableSettings;
}

export type SettingsFileProblem =
  | { problem: 'notJson'; detail: string }
  | { problem: 'notObject' }
  | { problem: 'newerVersion'; version: number }
  | { problem: 'unknownKey'; path: string }
  | { problem: 'missingKey'; path: string }
  | { problem: 'wrongValue'; path: string; expected: string };

export type SettingsFileResult = { ok: true; settings: PortableSettings } | ({ ok: false } & SettingsFileProblem);

/** Strict reading of an exported settings file: every key present and valid, nothing unknown. */
export function parseSettingsFile(text: string): SettingsFileResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: 'notJson', detail: (error as Error).message };
  }
  if (!isRecord(parsed)) return { ok: false, problem: 'notObject' };
  const version = parsed.version;
  if (typeof version === 'number' && version > SETTINGS_VERSION) return { ok: false, problem: 'newerVersion', version };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      problem: 'wrongValue',
      path: 'version',
      expected: `a whole number from 1 to ${SETTINGS_VERSION}`,
    };
  }
  const result = v.safeParse(portableSettingsSchema(), migrateSettings(parsed));
  if (result.success) return { ok: true, settings: result.output };
  const issue = result.issues[0];
  const path = v.getDotPath(issue) ?? '';
  if (issue.expected === 'never') return { ok: false, problem: 'unknownKey', path };
  if (issue.received === 'undefined') return { ok: false, problem: 'missingKey', path };
  return {
    ok: false,
    problem: 'wrongValue',
    path,
    expected: issue.message.startsWith('Invalid') ? (issue.expected ?? '') : issue.message,
  };
}
