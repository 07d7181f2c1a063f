/** Related entries: each a button that opens that entry's card in place (the card keeps a way back). */
import { SOURCE_LANG, useCardText } from './card-text.ts';
import { useCardEnv } from './context.ts';

export function RelatedList({ ids, onOpen }: { ids: readonly string[]; onOpen(id: string): void }) {
  const { t } = useCardText();
  const { data } = useCardEnv();
  // An id the dataset no longer has is skipped rather than shown as a dead button.
  const entries = ids.flatMap((id) => data.entry(id) ?? []);
  if (entries.length === 0) return null;
  return (
    <section class="section related" aria-labelledby="bs-related-heading">
      <h3 id="bs-related-heading">{t('cardRelated')}</h3>
      <ul class="chips">
        {entries.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              class="chip"
              lang={SOURCE_LANG}
              data-entry={entry.id}
              onClick={() => onOpen(entry.id)}
            >
              {entry.label}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
