/** Search the story's entries and read their summaries, on any page, mentions or not. */
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { searchEntries, story } from '../ui/story.ts';

export function StorySearch() {
  const [query, setQuery] = useState('');
  const results = searchEntries(story.entries, query);
  return (
    <section class="search" aria-labelledby="search-label">
      <label id="search-label" for="story-search">
        {t('popupSearchLabel')}
      </label>
      <input
        id="story-search"
        type="search"
        value={query}
        placeholder={t('popupSearchPlaceholder')}
        aria-describedby="search-status"
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      <p id="search-status" class="muted" role="status">
        {query.trim() === ''
          ? ''
          : results.length === 0
            ? t('popupSearchNone', query.trim())
            : t('popupSearchCount', String(results.length))}
      </p>
      <ul class="plain results" id="search-results">
        {results.map((entry) => (
          <li key={entry.id} data-entry={entry.id}>
            <details>
              <summary>{entry.label}</summary>
              <p>{entry.summary}</p>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
