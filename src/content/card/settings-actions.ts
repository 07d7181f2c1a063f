/** The card's actions backed by the real settings store (the content script's wiring). */
import { loadSettings, saveSettings, type Settings } from '../../shared/settings.ts';
import { hideEverywhereChange, hideOnSiteChange, pauseSiteChange } from './action-changes.ts';
import type { CardActions } from './types.ts';

/** Read-modify-write from freshly loaded settings, so a change made elsewhere meanwhile is kept. */
async function applyChange(compute: (settings: Settings) => Partial<Settings>): Promise<void> {
  await saveSettings(compute(await loadSettings()));
}

export function settingsActions(site: string): CardActions {
  return {
    hideOnSite: (entryId) => applyChange((settings) => hideOnSiteChange(settings, site, entryId)),
    hideEverywhere: (entryId) => applyChange((settings) => hideEverywhereChange(settings, entryId)),
    pauseSite: () => applyChange((settings) => pauseSiteChange(settings, site)),
  };
}
