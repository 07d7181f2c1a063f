/** The mention card: what the highlighted text refers to and what the story's articles say. */
import type { Entry } from '../../shared/dataset-schema.ts';
import type { Mention } from '../../matcher/types.ts';
import { t } from '../../shared/i18n.ts';
import { articleById } from '../dataset.ts';

export interface MentionCardProps {
  entry: Entry;
  mention: Mention;
}

export function MentionCard({ entry }: MentionCardProps) {
  return (
    <div class="card" role="dialog" aria-label={entry.label}>
      <p class="label">{entry.label}</p>
      <p class="kind">{entry.kind}</p>
      <p class="summary">{entry.summary}</p>
      <h2 class="kind">{t('cardQuotesHeading')}</h2>
      {entry.facts.map((fact) => {
        const article = articleById(fact.quote.article);
        return (
          <div key={`${fact.quote.article}:${fact.quote.start}`}>
            <blockquote>{fact.quote.text}</blockquote>
            <p class="source">
              {article?.publisher}, {article?.published} ·{' '}
              <a href={article?.url} target="_blank" rel="noopener noreferrer">
                {t('cardOpenArticle')}
              </a>
            </p>
          </div>
        );
      })}
    </div>
  );
}
