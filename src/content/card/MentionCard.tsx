/**
 * The mention card: what the highlighted text refers to, what the story's articles say, where they
 * differ, and related entries, which open in place on a stack with a Back button.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ActionsBar } from './ActionsBar.tsx';
import { CardTextContext, cardTextFor, SOURCE_LANG } from './card-text.ts';
import { CardEnvContext } from './context.ts';
import { Discrepancies } from './Discrepancies.tsx';
import { FactList } from './FactList.tsx';
import { factsInReadingOrder } from './statement.ts';
import { kindLabel } from './format.ts';
import { RelatedList } from './RelatedList.tsx';
import type { CardRequest } from './types.ts';
import { WhyHighlighted } from './WhyHighlighted.tsx';

export interface MentionCardProps extends CardRequest {
  /** Move focus into the card on open (keyboard opening); pointer opening leaves focus alone. */
  autoFocus?: boolean;
}

export function MentionCard({ mention, env, onClose, autoFocus = false }: MentionCardProps) {
  const [stack, setStack] = useState<readonly string[]>([mention.entry]);
  const root = useRef<HTMLDivElement>(null);
  const moved = useRef(autoFocus);
  // The card speaks the language of the text it annotates (a Spanish block: Spanish UI), kept while
  // the reader moves to related entries.
  const text = useMemo(() => cardTextFor(mention.lang), [mention.lang]);
  const { t } = text;
  const currentId = stack[stack.length - 1]!;
  const entry = env.data.entry(currentId);
  const previous = stack.length > 1 ? env.data.entry(stack[stack.length - 2]!) : undefined;

  // After opening by keyboard or moving between entries, focus the dialog itself: the control that
  // was pressed is gone, and a screen reader then announces the newly shown entry.
  useEffect(() => {
    if (!moved.current || !root.current) return;
    root.current.scrollTop = 0;
    root.current.focus({ preventScroll: true });
  }, [stack]);

  // While the reader reads, fetch the related entries' cards, so a chip opens one at once even when
  // the background has gone to sleep since the page's prefetch (the card bench: waking Firefox's event
  // page on the click cost 0.2–0.5 s; Chromium's worker woke in tens of ms).
  const related = entry?.related;
  useEffect(() => {
    if (related) env.data.prefetch(related);
  }, [related, env.data]);

  if (!entry) return null;
  // A related entry's own related entries and articles may not be here yet: fetch, then show it.
  const open = (id: string) => {
    const show = () => {
      moved.current = true;
      setStack((shown) => [...shown, id]);
    };
    if (env.data.ready(id)) show();
    else void env.data.load(id).then((ok) => ok && show());
  };
  const back = () => {
    moved.current = true;
    setStack(stack.slice(0, -1));
  };
  return (
    <CardEnvContext.Provider value={env}>
      <CardTextContext.Provider value={text}>
        <div
          class="card"
          lang={text.locale}
          role="dialog"
          aria-labelledby="bs-card-title"
          tabIndex={-1}
          ref={root}
          data-entry={entry.id}
        >
          <button type="button" class="close" onClick={onClose} aria-label={t('cardClose')}>
            <span aria-hidden="true">×</span>
          </button>
          {previous && (
            <button type="button" class="back" onClick={back} aria-label={t('cardBackTo', previous.label)}>
              <span aria-hidden="true">← </span>
              {t('cardBack')}
            </button>
          )}
          <p class="kind">{kindLabel(entry.kind, t)}</p>
          <h2 id="bs-card-title" class="label" lang={SOURCE_LANG}>
            {entry.label}
          </h2>
          {entry.role && entry.role !== entry.label && (
            <p class="role" lang={SOURCE_LANG}>
              {entry.role}
            </p>
          )}
          <p class="summary" lang={SOURCE_LANG}>
            {entry.summary}
          </p>
          {text.quotesInOtherLanguage && <p class="source-language">{t('cardSourcesInEnglish')}</p>}
          {entry.id === mention.entry && mention.differs && (
            // The page's figure is not one the sources state ("147", "some 140" against 146): say both.
            <p class="differs">{t('cardPageDiffers', [mention.differs.page, mention.differs.sources])}</p>
          )}
          <FactList
            facts={factsInReadingOrder(entry.facts, entry.match.type === 'quantity' ? entry.match.value : undefined)}
          />
          <Discrepancies versions={entry.discrepancies} />
          <RelatedList ids={entry.related} onOpen={open} />
          <div class="foot">
            {entry.id === mention.entry && <WhyHighlighted mention={mention} />}
            <ActionsBar entryId={entry.id} />
          </div>
        </div>
      </CardTextContext.Provider>
    </CardEnvContext.Provider>
  );
}
