/** Tab state for the popup and the toolbar: what each tab's content script reported, with the settings. */
import { callTab, type MentionSummary, type Sender, type TabState } from '../shared/messages.ts';
import { loadSettings } from '../shared/settings.ts';
import { pageState } from '../shared/site-rules.ts';
import { hostOf, readTab, totalMentions, writeTab, type TabRecord } from './tab-state.ts';
import { showTabState } from './toolbar.ts';

/** A top frame reported its pass: remember it and update that tab's toolbar button. */
export async function recordMentions(mentions: MentionSummary[], sender: Sender): Promise<void> {
  if (sender.tabId === undefined || sender.frameId !== 0) return;
  const host = hostOf(sender.url);
  await writeTab(sender.tabId, { host, mentions });
  const settings = await loadSettings();
  await showTabState(sender.tabId, pageState(settings, host, Date.now()), totalMentions(mentions), settings.showBadge);
}

/**
 * The tab's top frame is asked first: a page without story text reports nothing (issue 14: it
 * sends no message at all), so the last report may describe the document before it. The report
 * stands in when the frame does not answer (it is still loading); with neither, no content script
 * runs there.
 */
async function askTab(tabId: number): Promise<TabRecord | undefined> {
  try {
    const answer = (await callTab(tabId, 'getMentions')) as Partial<TabRecord> | undefined;
    // Only a well-formed answer stands in for a report (another script might answer instead).
    if (typeof answer?.host !== 'string' || !Array.isArray(answer.mentions)) return undefined;
    return { host: answer.host, mentions: answer.mentions };
  } catch {
    return undefined;
  }
}

export async function tabState(tabId: number): Promise<TabState> {
  const record = (await askTab(tabId)) ?? (await readTab(tabId));
  if (!record) return { state: 'unavailable', host: '', mentions: [] };
  const settings = await loadSettings();
  const state = pageState(settings, record.host, Date.now());
  return { state, host: record.host, mentions: state === 'on' ? record.mentions : [] };
}
