/** Entries hidden from cards, everywhere or on one site, each restorable. */
import { t } from '../shared/i18n.ts';
import { entryLabel } from '../ui/story.ts';
import { Section, type SectionProps } from './Section.tsx';

export function HiddenSection({ settings, save }: SectionProps) {
  const exceptions = Object.entries(settings.siteHiddenEntries).flatMap(([site, ids]) =>
    ids.map((id) => ({ site, id })),
  );
  const restoreOn = (site: string, id: string) => {
    const { [site]: current = [], ...others } = settings.siteHiddenEntries;
    const rest = current.filter((item) => item !== id);
    void save({ siteHiddenEntries: rest.length > 0 ? { ...others, [site]: rest } : others });
  };
  return (
    <Section id="hidden" titleKey="optionsHiddenHeading">
      <p class="muted">{t('optionsHiddenHelp')}</p>
      {settings.hiddenEntries.length === 0 ? (
        <p id="hidden-none">{t('optionsHiddenNone')}</p>
      ) : (
        <ul class="plain restore-list" id="hidden-entries">
          {settings.hiddenEntries.map((id) => (
            <li key={id} data-entry={id}>
              <span>{entryLabel(id)}</span>
              <button
                type="button"
                aria-label={t('optionsRestoreEntry', entryLabel(id))}
                onClick={() => void save({ hiddenEntries: settings.hiddenEntries.filter((item) => item !== id) })}
              >
                {t('optionsRestore')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('optionsSiteExceptionsHeading')}</h3>
      {exceptions.length === 0 ? (
        <p id="exceptions-none">{t('optionsSiteExceptionsNone')}</p>
      ) : (
        <ul class="plain restore-list" id="site-exceptions">
          {exceptions.map(({ site, id }) => (
            <li key={`${site}/${id}`} data-site={site} data-entry={id}>
              <span>
                {entryLabel(id)} · <code>{site}</code>
              </span>
              <button
                type="button"
                aria-label={t('optionsRestoreEntryOn', [entryLabel(id), site])}
                onClick={() => restoreOn(site, id)}
              >
                {t('optionsRestore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
