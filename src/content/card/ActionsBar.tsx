/**
 * The card's actions: stop highlighting this entry here or everywhere, or pause on this site. They go
 * through the injected CardActions (the settings seam); the status line is a live region so screen
 * readers hear the outcome.
 */
import { useState } from 'preact/hooks';
import { useCardText } from './card-text.ts';
import { useCardEnv } from './context.ts';

type Status = 'idle' | 'saving' | 'saved' | 'failed';

export function ActionsBar({ entryId }: { entryId: string }) {
  const { actions, site } = useCardEnv();
  const { t } = useCardText();
  const [status, setStatus] = useState<Status>('idle');
  const run = (action: () => Promise<void>) => {
    setStatus('saving');
    action().then(
      () => setStatus('saved'),
      () => setStatus('failed'),
    );
  };
  const busy = status === 'saving';
  return (
    <section class="section actions" aria-label={t('cardActionsLabel')}>
      <ul class="plain action-list">
        {site && (
          <li>
            <button
              type="button"
              data-action="hide-on-site"
              disabled={busy}
              onClick={() => run(() => actions.hideOnSite(entryId))}
            >
              {t('cardHideOnSite', site)}
            </button>
          </li>
        )}
        <li>
          <button
            type="button"
            data-action="hide-everywhere"
            disabled={busy}
            onClick={() => run(() => actions.hideEverywhere(entryId))}
          >
            {t('cardHideEverywhere')}
          </button>
        </li>
        {site && (
          <li>
            <button
              type="button"
              data-action="pause-site"
              disabled={busy}
              onClick={() => run(() => actions.pauseSite())}
            >
              {t('cardPauseSite', site)}
            </button>
          </li>
        )}
      </ul>
      <p class="status" role="status">
        {status === 'saved' ? t('cardActionSaved') : status === 'failed' ? t('cardActionFailed') : ''}
      </p>
    </section>
  );
}
