/**
 * What the background knows about each tab, kept in storage.session: an MV3 service worker is
 * stopped when idle, so nothing may live only in memory. Cleared when the browser closes.
 */
import { browser } from '../shared/browser.ts';
import type { MentionSummary } from '../shared/messages.ts';

export interface TabRecord {
  host: string;
  mentions: MentionSummary[];
}

const keyFor = (tabId: number) => `tab:${tabId}`;

export async function readTab(tabId: number): Promise<TabRecord | undefined> {
  const stored = await browser.storage.session.get(keyFor(tabId));
  return stored[keyFor(tabId)] as TabRecord | undefined;
}

export async function writeTab(tabId: number, record: TabRecord): Promise<void> {
  await browser.storage.session.set({ [keyFor(tabId)]: record });
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyFor(tabId));
}

export function hostOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export function totalMentions(mentions: MentionSummary[]): number {
  return mentions.reduce((sum, mention) => sum + mention.count, 0);
}
