/** "What the sources say": every fact of the entry with its verbatim quote and source. */
import type { CardFact } from '../../shared/dataset-schema.ts';
import { SOURCE_LANG, useCardText } from './card-text.ts';
import { statementRepeatsQuote } from './statement.ts';
import { QuoteBlock } from './QuoteBlock.tsx';

export function FactList({ facts }: { facts: readonly CardFact[] }) {
  const { t } = useCardText();
  if (facts.length === 0) return null;
  return (
    <section class="section facts" aria-labelledby="bs-facts-heading">
      <h3 id="bs-facts-heading">{t('cardQuotesHeading')}</h3>
      <ul class="plain">
        {facts.map((fact) => (
          <li key={`${fact.quote.article}:${fact.quote.start}`}>
            {!statementRepeatsQuote(fact.statement, fact.quote.text) && (
              <p class="statement" lang={SOURCE_LANG}>
                {fact.statement}
              </p>
            )}
            <QuoteBlock quote={fact.quote} />
          </li>
        ))}
      </ul>
    </section>
  );
}
