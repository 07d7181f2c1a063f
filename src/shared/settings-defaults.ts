/**
 * The one defaults object. The Settings type is derived from it, so a new setting is added here
 * and in settings-schema.ts (the schema fails to type-check until both agree), plus a migration
 * in settings-migrations.ts if old stored values need converting.
 */
export const SETTINGS_VERSION = 2;

/** `pausedUntil` value meaning "until the browser restarts" (the largest valid Date). */
export const PAUSE_UNTIL_RESTART = 8_640_000_000_000_000;

export const DEFAULT_SETTINGS = {
  version: SETTINGS_VERSION as typeof SETTINGS_VERSION,
  /** Master switch (the keyboard shortcut toggles it). */
  enabled: true,
  /**
   * Epoch ms until which Backstory is paused everywhere; 0 = not paused; PAUSE_UNTIL_RESTART =
   * until the browser restarts. Kept per device (storage.local), never synced: see DEVICE_KEYS.
   */
  pausedUntil: 0,
  /** 'deny': run everywhere except deniedSites. 'allow': run only on allowedSites. */
  siteMode: 'deny' as 'deny' | 'allow',
  /** Site patterns (see site-rules.ts): "example.com" covers its subdomains too. */
  deniedSites: [] as string[],
  allowedSites: [] as string[],
  categories: { numbers: true, organizations: true, people: true, places: true },
  highlightStyle: 'underline' as 'underline' | 'background' | 'outline',
  colors: { numbers: '#b45309', organizations: '#1d4ed8', people: '#7e22ce', places: '#047857' },
  cardTrigger: 'hover' as 'hover' | 'click' | 'keyboard',
  /** Hover dwell before a card opens, ms. */
  cardDelayMs: 300,
  theme: 'auto' as 'auto' | 'light' | 'dark',
  sensitivity: 'balanced' as 'strict' | 'balanced' | 'generous',
  /**
   * Also highlight the story's generic entries (the country it happens in, a newspaper only cited
   * as a source, a senator's home state): off by default, since they say little on their own.
   * Added in version 2 without a migration: a stored object without it reads the default.
   */
  showGeneric: false,
  /** Entry ids hidden everywhere. */
  hiddenEntries: [] as string[],
  /** Per-site entry exceptions: hostname → entry ids not highlighted there. */
  siteHiddenEntries: {} as Record<string, string[]>,
  showBadge: true,
};

export type Settings = typeof DEFAULT_SETTINGS;

/** Settings that belong to this device rather than the user: stored in storage.local, not exported. */
export const DEVICE_KEYS = ['pausedUntil'] as const satisfies readonly (keyof Settings)[];
export type DeviceKey = (typeof DEVICE_KEYS)[number];

export const CARD_DELAY_LIMITS = { min: 0, max: 2000, step: 50 } as const;
