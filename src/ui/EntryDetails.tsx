/** One story entry in full: summary, facts with their quotes and sources, and where sources differ. */
import type { Article, Entry } from '../shared/dataset-schema.ts';
import { t } from '../shared/i18n.ts';

export function SourceLine({ article }: { article: Article | undefined }) {
  if (!article) return null;
  return (
    <p class="source">
      <a href={article.url} target="_blank" rel="noopener noreferrer">
        {t('optionsSourceLine', [article.publisher, article.published])}
      </a>
    </p>
  );
}

export function EntryDetails({ entry, articles }: { entry: Entry; articles: ReadonlyMap<string, Article> }) {
  return (
    <div class="entry-details">
      <p class="summary">{entry.summary}</p>
      <h4>{t('optionsFactsHeading')}</h4>
      <ul class="facts">
        {entry.facts.map((fact) => (
          <li key={`${fact.quote.article}:${fact.quote.start}`}>
            <p class="statement">{fact.statement}</p>
            <blockquote>{fact.quote.text}</blockquote>
            <SourceLine article={articles.get(fact.quote.article)} />
          </li>
        ))}
      </ul>
      {entry.discrepancies.length > 0 && (
        <>
          <h4>{t('optionsDiscrepanciesHeading')}</h4>
          <ul class="facts">
            {entry.discrepancies.map((version) => (
              <li key={`${version.quote.article}:${version.quote.start}`}>
                <p class="statement">{version.claim}</p>
                <blockquote>{version.quote.text}</blockquote>
                <SourceLine article={articles.get(version.quote.article)} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
