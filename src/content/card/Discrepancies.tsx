/** "Sources differ": each differing version of the fact with its own quote and source. */
import type { CardDiscrepancy } from '../../shared/dataset-schema.ts';
import { SOURCE_LANG, useCardText } from './card-text.ts';
import { QuoteBlock } from './QuoteBlock.tsx';

export function Discrepancies({ versions }: { versions: readonly CardDiscrepancy[] }) {
  const { t } = useCardText();
  if (versions.length === 0) return null;
  return (
    <section class="section differ" aria-labelledby="bs-differ-heading">
      <h3 id="bs-differ-heading">{t('cardSourcesDiffer')}</h3>
      <ul class="plain">
        {versions.map((version) => (
          <li key={`${version.quote.article}:${version.quote.start}`}>
            <p class="claim" lang={SOURCE_LANG}>
              {version.claim}
            </p>
            <QuoteBlock quote={version.quote} />
          </li>
        ))}
      </ul>
    </section>
  );
}
