/**
 * What a settings change means for a page that is already highlighted. Only what changed is
 * redone: a new colour restyles the marks in place, hiding an entry takes out just its marks, and
 * only a change that can bring new mentions (a category or entry turned back on, another
 * sensitivity) or turns Backstory on or off here rescans the page. Marks never blink for a colour.
 */
import type { Settings } from '../shared/settings.ts';
import { pageState } from '../shared/site-rules.ts';

export interface SettingsChange {
  /** Stop and start again (or just stop, or just start). */
  restart: boolean;
  /** The filter only got narrower: take out the marks it now rejects. */
  narrow: boolean;
  /** Highlight style or colours changed. */
  restyle: boolean;
  /** The card's trigger, delay or theme changed. */
  card: boolean;
}

/** True when Backstory runs on `host` now (on, not paused, allowed by the site rules). */
export const isOnHere = (settings: Settings, host: string, now: number): boolean =>
  pageState(settings, host, now) === 'on';

/** Entry ids hidden on `host`: everywhere, or on this site. */
export const hiddenOn = (settings: Settings, host: string): Set<string> =>
  new Set([...settings.hiddenEntries, ...(settings.siteHiddenEntries[host] ?? [])]);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function settingsChange(before: Settings, after: Settings, host: string, now: number): SettingsChange {
  const on = (settings: Settings) => isOnHere(settings, host, now);
  const none = { restart: false, narrow: false, restyle: false, card: false };
  if (on(before) !== on(after)) return { ...none, restart: true };
  if (!on(after)) return none;
  const hiddenBefore = hiddenOn(before, host);
  const hiddenAfter = hiddenOn(after, host);
  const categories = Object.keys(after.categories) as (keyof Settings['categories'])[];
  const widened =
    [...hiddenBefore].some((entry) => !hiddenAfter.has(entry)) ||
    categories.some((category) => after.categories[category] && !before.categories[category]);
  if (widened || before.sensitivity !== after.sensitivity || before.showGeneric !== after.showGeneric) {
    return { ...none, restart: true };
  }
  return {
    restart: false,
    narrow:
      [...hiddenAfter].some((entry) => !hiddenBefore.has(entry)) ||
      categories.some((category) => before.categories[category] && !after.categories[category]),
    restyle: before.highlightStyle !== after.highlightStyle || !same(before.colors, after.colors),
    card:
      before.cardTrigger !== after.cardTrigger ||
      before.cardDelayMs !== after.cardDelayMs ||
      before.theme !== after.theme,
  };
}
