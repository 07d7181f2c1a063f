/**
 * What the page mentions, one button per entry with its count. Pressing one scrolls the page to
 * the next occurrence and flashes it; the result is announced in a live region.
 */
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { callTab, type MentionSummary } from '../shared/messages.ts';
import { entryLabel } from '../ui/story.ts';

export function sortMentions(mentions: readonly MentionSummary[]): MentionSummary[] {
  return [...mentions].sort((a, b) => b.count - a.count || entryLabel(a.entry).localeCompare(entryLabel(b.entry)));
}

export function MentionList({ tabId, mentions }: { tabId: number; mentions: readonly MentionSummary[] }) {
  const [status, setStatus] = useState<{ entry: string; text: string } | null>(null);
  const reveal = async (entry: string) => {
    try {
      const { index, total } = await callTab(tabId, 'revealMention', entry);
      setStatus({
        entry,
        text: index === 0 ? t('popupMentionGone') : t('popupMentionShown', [String(index), String(total)]),
      });
    } catch {
      setStatus({ entry, text: t('popupMentionGone') });
    }
  };
  return (
    <section aria-labelledby="mentions-heading">
      <h2 id="mentions-heading">{t('popupMentionsHeading')}</h2>
      <ul id="mentions" class="plain mentions">
        {sortMentions(mentions).map((mention) => (
          <li key={mention.entry} data-entry={mention.entry}>
            {/* The name is the visible label (WCAG 2.5.3), with the count spelled out for screen readers. */}
            <button type="button" class="mention" onClick={() => void reveal(mention.entry)}>
              <span class="mention-label">{entryLabel(mention.entry)}</span>
              <span class="visually-hidden">{`, ${t('popupMentionCount', String(mention.count))}`}</span>
              <span class="count" aria-hidden="true">
                {mention.count}
              </span>
            </button>
            {status?.entry === mention.entry && <span class="reveal-status muted">{status.text}</span>}
          </li>
        ))}
      </ul>
      <p class="visually-hidden" role="status" aria-live="polite">
        {status?.text ?? ''}
      </p>
    </section>
  );
}
