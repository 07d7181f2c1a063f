/**
 * The settings schema (valibot), and the strict reading of a settings file through it
 * (`parseSettingsFile`: the first problem refuses the whole file). What storage holds is read
 * leniently through the schema's shape (settings-normalize.ts), so pages need no valibot.
 */
import * as v from 'valibot';
import {
  DEVICE_KEYS,
  SETTINGS_VERSION,
  CARD_DELAY_LIMITS,
  PAUSE_UNTIL_RESTART,
  type Settings,
} from './settings-defaults.ts';
import { migrateSettings } from './settings-migrations.ts';
import { SETTINGS_CHECKS } from './settings-shape.ts';

const bool = v.boolean();
const colour = v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #1d4ed8'));
// Custom checks come from SETTINGS_CHECKS, so the schema's shape can name them (settings-shape.ts).
const sitePattern = v.pipe(v.string(), v.check(SETTINGS_CHECKS.sitePattern, 'a site pattern like example.com'));
const hostname = v.pipe(v.string(), v.check(SETTINGS_CHECKS.hostname, 'a host name like example.com'));
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
