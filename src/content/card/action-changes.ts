/**
 * The settings changes behind the card's actions, as pure functions of the current settings: each
 * returns only the keys it changes, adds nothing twice, and never drops what is already there.
 */
import type { Settings } from '../../shared/settings-defaults.ts';
import { siteSwitchChange } from '../../shared/site-rules.ts';

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
 * Stop on `site`: the popup's site switch turned off. In 'deny' mode the site joins deniedSites; in
 * 'allow' mode every allowedSites pattern that covers it ("example.com" covers "www.example.com")
 * is taken off, since that is the list the mode obeys.
 */
export function pauseSiteChange(settings: Settings, site: string): Partial<Settings> {
  return siteSwitchChange(settings, site, false);
}
