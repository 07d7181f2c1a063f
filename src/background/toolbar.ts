/** The toolbar button for one tab: badge (mention count) and icon + title (the page's state). */
import { browser } from '../shared/browser.ts';
import type { PageState } from '../shared/site-rules.ts';
import { t } from '../shared/i18n.ts';

const ICON_SIZES = [16, 32] as const;
export const BADGE_COLOR = '#1f4e79';

function iconPaths(variant: 'icon' | 'icon-off'): Record<string, string> {
  return Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icons/${variant}-${size}.png`]));
}

const TITLE_KEYS: Record<PageState, string> = {
  on: 'toolbarTitleOn',
  disabled: 'toolbarTitleDisabled',
  paused: 'toolbarTitlePaused',
  'off-site': 'toolbarTitleOffSite',
};

export async function showTabState(
  tabId: number,
  state: PageState,
  mentionCount: number,
  showBadge: boolean,
): Promise<void> {
  const badge = state === 'on' && showBadge && mentionCount > 0 ? String(mentionCount) : '';
  await Promise.all([
    browser.action.setIcon({ tabId, path: iconPaths(state === 'on' ? 'icon' : 'icon-off') }),
    browser.action.setTitle({ tabId, title: t(TITLE_KEYS[state], String(mentionCount)) }),
    browser.action.setBadgeText({ tabId, text: badge }),
    browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
  ]);
}
