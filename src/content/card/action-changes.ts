/**
 * The settings changes behind the card's actions, as pure functions of the current settings: each
 * returns only the keys it changes, adds nothing twice, and never drops what is already there.
 */
import type { Settings } from '../../shared/settings-defaults.ts';

const withItem = (list: readonly string[], item: string): string[] =>
  list.includes(item) ? [...list] : [...list, item];

/** Don't highlight `entryId` on `site` (undone from the options page's per-site list). */
export function hideOnSiteChange(settings: Settings, site: string, entryId: string): Partial<Settings> {
  const current = settings.siteHiddenEntries[site] ?? [];
  return { siteHiddenEntries: { ...settings.siteHiddenEntries, [site]: withItem(current, entryId) } };
}

/** Don't highlight `entryId` anywhere. */
export function hideEverywhereChange(settings: Settings, entryId: string): Partial<Settings> {
  return { hiddenEntries: withItem(settings.hiddenEntries, entryId) };
}

/**
 * Stop on `site`. In the default 'deny' mode that adds the site to deniedSites; in 'allow' mode
 * (run only on listed sites) it takes the site off allowedSites, the list that mode obeys.
 */
export function pauseSiteChange(settings: Settings, site: string): Partial<Settings> {
  if (settings.siteMode === 'allow')
    return { allowedSites: settings.allowedSites.filter((allowed) => allowed !== site) };
  return { deniedSites: withItem(settings.deniedSites, site) };
}
