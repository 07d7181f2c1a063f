/** The toolbar popup: this tab's state and mentions, the site switch and pause, story search, options. */
import { browser } from '../shared/browser.ts';
import { t } from '../shared/i18n.ts';
import { applyTheme } from '../ui/theme.ts';
import { story } from '../ui/story.ts';
import { useSettings } from '../ui/use-settings.ts';
import { MentionList } from './MentionList.tsx';
import { popupState, StateSection } from './StateSection.tsx';
import { StorySearch } from './StorySearch.tsx';
import { useTabState } from './use-tab-state.ts';

export function EmptyState() {
  return (
    <section class="empty" aria-labelledby="empty-heading">
      <h2 id="empty-heading">{t('popupEmptyTitle')}</h2>
      <p>{t('popupEmptyBody', story.story.title)}</p>
    </section>
  );
}

export function Popup({ findTab }: { findTab: () => Promise<number | undefined> }) {
  const { settings, save, error } = useSettings();
  const { tabId, tab } = useTabState(findTab);
  if (settings) applyTheme(document, settings.theme);
  if (!settings || !tab) return <p class="muted">{t('popupLoading')}</p>;
  const state = popupState(settings, tab.host, tab.state !== 'unavailable');
  const openOptions = () => {
    void browser.runtime.openOptionsPage();
    window.close();
  };
  return (
    <>
      <header class="top">
        <h1>Backstory</h1>
        <button type="button" class="link" id="open-options" onClick={openOptions}>
          {t('popupOptions')}
        </button>
      </header>
      <StateSection settings={settings} host={tab.host} state={state} save={save} />
      {error && (
        <p class="error" role="alert">
          {t('optionsSaveFailed', error)}
        </p>
      )}
      {state === 'on' &&
        tabId !== undefined &&
        (tab.mentions.length > 0 ? <MentionList tabId={tabId} mentions={tab.mentions} /> : <EmptyState />)}
      <StorySearch />
    </>
  );
}
