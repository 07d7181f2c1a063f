/**
 * The popup's tab: which tab it describes, and that tab's state from the background, refreshed
 * whenever the background records a new report for it (the content script re-scans after every
 * settings change, so the mention list follows the switches live).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser.ts';
import { callBackground, type TabState } from '../shared/messages.ts';

/** Tests open popup.html?tabId=N as a tab; the real popup describes the active tab. */
export async function targetTabId(search = location.search): Promise<number | undefined> {
  const fromQuery = new URLSearchParams(search).get('tabId');
  if (fromQuery !== null && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const UNAVAILABLE: TabState = { state: 'unavailable', host: '', mentions: [] };

export interface PopupTab {
  tabId: number | undefined;
  tab: TabState | null;
}

export function useTabState(findTab: () => Promise<number | undefined>): PopupTab {
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  const [tab, setTab] = useState<TabState | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    let id: number | undefined;
    const refresh = () => {
      if (id === undefined) return setTab(UNAVAILABLE);
      callBackground('getTabState', id).then(
        (state) => !controller.signal.aborted && setTab(state),
        () => !controller.signal.aborted && setTab(UNAVAILABLE),
      );
    };
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && id !== undefined && `tab:${id}` in changes) refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    controller.signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged));
    findTab().then(
      (found) => {
        id = found;
        setTabId(found);
        refresh();
      },
      () => setTab(UNAVAILABLE),
    );
    return () => controller.abort();
  }, [findTab]);
  return { tabId, tab };
}
