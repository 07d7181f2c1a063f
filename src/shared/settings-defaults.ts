/**
 * The one defaults object. The Settings type is derived from it, so a new setting is added here
 * and nowhere else (plus a migration if old stored values need converting).
 */
export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS = {
  version: SETTINGS_VERSION,
  /** Master switch (the keyboard shortcut toggles it). */
  enabled: true,
  /** Epoch ms until which Backstory is paused everywhere; 0 = not paused. */
  pausedUntil: 0,
  /** 'deny': run everywhere except deniedSites. 'allow': run only on allowedSites. */
  siteMode: 'deny' as 'deny' | 'allow',
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
  /** Entry ids hidden everywhere. */
  hiddenEntries: [] as string[],
  /** Per-site entry exceptions: hostname → entry ids not highlighted there. */
  siteHiddenEntries: {} as Record<string, string[]>,
  showBadge: true,
};

export type Settings = typeof DEFAULT_SETTINGS;
