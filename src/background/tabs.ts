/** Tab state for the popup and the toolbar: what each tab's content script reported, with the settings. */
import type { MentionSummary, Sender, TabState } from '../shared/messages.ts';
import { loadSettings } from '../shared/settings.ts';
import { pageState } from '../shared/site-rules.ts';
import { hostOf, readTab, totalMentions, writeTab } from './tab-state.ts';
import { showTabState } from './toolbar.ts';

/** A top frame reported its pass: remember it and update that tab's toolbar button. */
export async function recordMentions(mentions: MentionSummary[], sender: Sender): Promise<void> {
  if (sender.tabId === undefined || sender.frameId !== 0) return;
  const host = hostOf(sender.url);
  await writeTab(sender.tabId, { host, mentions });
  const settings = await loadSettings();
  await showTabState(sender.tabId, pageState(settings, host, Date.now()), totalMentions(mentions), settings.showBadge);
}

export async function tabState(tabId: number): Promise<TabState> {
  const record = await readTab(tabId);
  if (!record) return { state: 'unavailable', host: '', mentions: [] };
  const settings = await loadSettings();
  const state = pageState(settings, record.host, Date.now());
  return { state, host: record.host, mentions: state === 'on' ? record.mentions : [] };
}
