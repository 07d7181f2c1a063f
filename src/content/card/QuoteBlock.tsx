/** One verbatim quote with where it comes from: publisher (linking to the article, new tab) and date. */
import type { CardQuote } from '../../shared/dataset-schema.ts';
import { SOURCE_LANG, useCardText } from './card-text.ts';
import { useCardEnv } from './context.ts';
import { formatDate } from './format.ts';

export function QuoteBlock({ quote }: { quote: CardQuote }) {
  const { data } = useCardEnv();
  const { t, locale } = useCardText();
  const article = data.article(quote.article);
  return (
    <figure class="quote">
      <blockquote cite={article?.url} lang={SOURCE_LANG}>
        {quote.text}
      </blockquote>
      {article && (
        <figcaption class="source">
          <a href={article.url} target="_blank" rel="noopener noreferrer" title={article.title}>
            {article.publisher}
            <span class="visually-hidden"> {t('cardOpensInNewTab')}</span>
          </a>
          <span aria-hidden="true"> · </span>
          <time dateTime={article.published}>{formatDate(article.published, locale)}</time>
        </figcaption>
      )}
    </figure>
  );
}
