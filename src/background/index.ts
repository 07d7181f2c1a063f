/**
 * Background composition root. Registers every listener synchronously at start: an MV3 service
 * worker (Chrome) or event page (Firefox) is stopped when idle and restarted on the next event,
 * so nothing may depend on state kept only in memory (tab state lives in storage.session). The
 * story's matcher is compiled here once, at start, for every tab and frame (matching.ts).
 */
import { browser } from '../shared/browser.ts';
import { serve, type BackgroundApi } from '../shared/messages.ts';
import { onCommand } from './commands.ts';
import { createMenus, onMenuClicked } from './context-menu.ts';
import { endStalePause, onAlarm, pause, resume } from './pause.ts';
import { cardData, lookUpText, matchBlocks } from './matching.ts';
import { forgetTab } from './tab-state.ts';
import { recordMentions, tabState } from './tabs.ts';

serve<BackgroundApi>({
  reportMentions: ([mentions], sender) => recordMentions(mentions, sender),
  getTabState: ([tabId]) => tabState(tabId),
  pause: ([length]) => pause(length),
  resume: () => resume(),
  ping: () => 'pong',
  match: ([request]) => matchBlocks(request),
  cardData: ([entry]) => cardData(entry),
  lookUp: ([text, evidence]) => lookUpText(text, evidence),
});

browser.runtime.onInstalled.addListener(() => void createMenus());
browser.runtime.onStartup.addListener(() => void createMenus());
browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));
browser.commands.onCommand.addListener((command) => void onCommand(command));
browser.alarms.onAlarm.addListener((alarm) => void onAlarm(alarm));
browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

void endStalePause();
