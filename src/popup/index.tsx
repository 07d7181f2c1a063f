/** Toolbar popup entry: finds the tab it describes and mounts the popup app. */
import { render } from 'preact';
import { browser } from '../shared/browser.ts';
import { callTab, type MentionSummary } from '../shared/messages.ts';
import { useEffect, useState } from 'preact/hooks';

/** Tests open popup.html?tabId=N as a tab; the real popup describes the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = new URLSearchParams(location.search).get('tabId');
  if (fromQuery) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function Popup() {
  const [mentions, setMentions] = useState<MentionSummary[] | null>(null);
  useEffect(() => {
    targetTabId()
      .then((tabId) => (tabId === undefined ? [] : callTab(tabId, 'getMentions')))
      .then(setMentions, () => setMentions([]));
  }, []);
  if (mentions === null) return <p>…</p>;
  return (
    <ul id="mentions">
      {mentions.map((m) => (
        <li key={m.entry} data-entry={m.entry}>
          {m.entry}: {m.count}
        </li>
      ))}
    </ul>
  );
}

render(<Popup />, document.getElementById('app')!);
