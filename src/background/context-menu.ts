/** "Look up in Backstory" on selected text: the tab's content script shows the card, or says it is not in the story. */
import { browser } from '../shared/browser.ts';
import { callTab } from '../shared/messages.ts';
import { t } from '../shared/i18n.ts';

export const LOOK_UP_MENU_ID = 'backstory-look-up';

/** Menus persist across background restarts but not always across updates: recreate them cleanly. */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: LOOK_UP_MENU_ID, title: t('menuLookUp'), contexts: ['selection'] });
}

export async function onMenuClicked(
  info: { menuItemId: string | number; selectionText?: string },
  tab: { id?: number } | undefined,
): Promise<void> {
  const text = info.selectionText?.trim();
  if (info.menuItemId !== LOOK_UP_MENU_ID || !text || tab?.id === undefined) return;
  // No content script (browser page, web store): nothing can be shown there, and that is expected.
  await callTab(tab.id, 'lookUp', text).catch(() => undefined);
}
