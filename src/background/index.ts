/**
 * Background composition root. Registers every listener synchronously at start: an MV3 service
 * worker (Chrome) or event page (Firefox) is stopped when idle and restarted on the next event,
 * so nothing may depend on state kept only in memory.
 */
import { browser } from '../shared/browser.ts';
import { serve, type BackgroundApi } from '../shared/messages.ts';

serve<BackgroundApi>({
  reportMentions([mentions], { tabId, frameId }) {
    if (tabId === undefined || frameId !== 0) return;
    const total = mentions.reduce((sum, mention) => sum + mention.count, 0);
    void browser.action.setBadgeText({ tabId, text: total > 0 ? String(total) : '' });
    void browser.action.setBadgeBackgroundColor({ tabId, color: '#1f4e79' });
  },
  ping: () => 'pong',
});
