/** The story's dataset: the articles, and every entry with its facts, quotes and sources. */
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { EntryDetails, SourceLine } from '../ui/EntryDetails.tsx';
import { CATEGORY_LABEL_KEYS, entryCategory, searchEntries, story } from '../ui/story.ts';
import { Section } from './Section.tsx';

const articles = new Map(story.articles.map((article) => [article.id, article]));

export function StoryBrowser() {
  const [filter, setFilter] = useState('');
  const entries = filter.trim()
    ? searchEntries(story.entries, filter)
    : [...story.entries].sort((a, b) => a.label.localeCompare(b.label));
  return (
    <Section id="story" titleKey="optionsDatasetHeading">
      <p class="story-title">{story.story.title}</p>
      <h3>{t('optionsArticlesHeading')}</h3>
      <ol id="articles" class="articles">
        {story.articles.map((article) => (
          <li key={article.id} data-article={article.id}>
            <strong>{article.title}</strong>
            <SourceLine article={article} />
          </li>
        ))}
      </ol>
      <h3 id="entries-heading">{t('optionsEntriesHeading', String(story.entries.length))}</h3>
      <label for="entry-filter">{t('optionsEntryFilter')}</label>
      <input type="search" id="entry-filter" value={filter} onInput={(event) => setFilter(event.currentTarget.value)} />
      <ul id="entries" class="plain entries" aria-labelledby="entries-heading">
        {entries.map((entry) => (
          <li key={entry.id} data-entry={entry.id}>
            <details>
              <summary>
                {entry.label} <span class="muted">· {t(CATEGORY_LABEL_KEYS[entryCategory(entry)])}</span>
              </summary>
              <EntryDetails entry={entry} articles={articles} />
            </details>
          </li>
        ))}
      </ul>
    </Section>
  );
}
