/** The tab's state in words, with the controls that change it: this site's switch, pause, turn on. */
import { t } from '../shared/i18n.ts';
import { callBackground } from '../shared/messages.ts';
import { PAUSE_UNTIL_RESTART, type Settings } from '../shared/settings-defaults.ts';
import { pageState, siteAllowed, siteSwitchChange } from '../shared/site-rules.ts';
import { Switch } from '../ui/Switch.tsx';

export type PopupState = ReturnType<typeof pageState> | 'unavailable';

export function popupState(settings: Settings, host: string, available: boolean, now = Date.now()): PopupState {
  return available ? pageState(settings, host, now) : 'unavailable';
}

function pausedText(pausedUntil: number): string {
  if (pausedUntil === PAUSE_UNTIL_RESTART) return t('popupStatePausedRestart');
  const time = new Date(pausedUntil).toLocaleTimeString(browserLocale(), { hour: '2-digit', minute: '2-digit' });
  return t('popupStatePaused', time);
}

function browserLocale(): string {
  return navigator.language || 'en';
}

export interface StateSectionProps {
  settings: Settings;
  host: string;
  state: PopupState;
  save(change: Partial<Settings>): Promise<void>;
}

export function StateSection({ settings, host, state, save }: StateSectionProps) {
  const headline: Record<PopupState, string> = {
    on: host ? t('popupStateOn', host) : t('popupStateOnPage'),
    'off-site': t('popupStateOffSite', host),
    paused: pausedText(settings.pausedUntil),
    disabled: t('popupStateDisabled'),
    unavailable: t('popupStateUnavailable'),
  };
  return (
    <section class={`state state-${state}`} aria-labelledby="state-headline">
      <p id="state-headline" class="headline" data-state={state}>
        {headline[state]}
      </p>
      {state === 'unavailable' && <p class="muted">{t('popupStateUnavailableHelp')}</p>}
      {state === 'disabled' && (
        <>
          <p class="muted">{t('popupStateDisabledHelp')}</p>
          <button type="button" class="primary" id="turn-on" onClick={() => void save({ enabled: true })}>
            {t('popupTurnOn')}
          </button>
        </>
      )}
      {state !== 'unavailable' && state !== 'disabled' && host !== '' && (
        <Switch
          id="site-switch"
          checked={siteAllowed(settings, host)}
          onChange={(on) => void save(siteSwitchChange(settings, host, on))}
        >
          {t('popupSiteSwitch', host)}
        </Switch>
      )}
      {state !== 'disabled' && (
        <div class="pause-row">
          {settings.pausedUntil > Date.now() ? (
            <button type="button" id="resume" onClick={() => void callBackground('resume')}>
              {t('popupResume')}
            </button>
          ) : (
            <>
              <button type="button" id="pause-hour" onClick={() => void callBackground('pause', 'hour')}>
                {t('popupPauseHour')}
              </button>
              <button type="button" id="pause-restart" onClick={() => void callBackground('pause', 'restart')}>
                {t('popupPauseRestart')}
              </button>
            </>
          )}
        </div>
      )}
    </section>
  );
}
