/** The options page: every setting, the story's dataset, privacy, and settings backup. */
import { t } from '../shared/i18n.ts';
import { applyTheme } from '../ui/theme.ts';
import { useSettings } from '../ui/use-settings.ts';
import { BackupSection } from './BackupSection.tsx';
import { CardSection, SensitivitySection } from './CardSection.tsx';
import { CategoriesSection } from './CategoriesSection.tsx';
import { GeneralSection } from './GeneralSection.tsx';
import { HiddenSection } from './HiddenSection.tsx';
import { Section } from './Section.tsx';
import { SitesSection } from './SitesSection.tsx';
import { StoryBrowser } from './StoryBrowser.tsx';
import { StyleSection } from './StyleSection.tsx';

const NAV: [string, string][] = [
  ['general', 'optionsGeneralHeading'],
  ['categories', 'optionsCategoriesHeading'],
  ['style', 'optionsStyleHeading'],
  ['card', 'optionsCardHeading'],
  ['sensitivity', 'optionsSensitivityHeading'],
  ['sites', 'optionsSitesHeading'],
  ['hidden', 'optionsHiddenHeading'],
  ['backup', 'optionsBackupHeading'],
  ['privacy', 'optionsPrivacyHeading'],
  ['story', 'optionsDatasetHeading'],
];

export function Options() {
  const { settings, save, error } = useSettings();
  if (settings) applyTheme(document, settings.theme);
  if (!settings) return null;
  const props = { settings, save };
  return (
    <>
      <header class="page-head">
        <h1>{t('optionsTitle')}</h1>
        <nav aria-label={t('optionsTitle')}>
          <ul class="plain nav">
            {NAV.map(([id, key]) => (
              <li key={id}>
                <a href={`#${id}`}>{t(key)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {error && (
        <p class="error" role="alert">
          {t('optionsSaveFailed', error)}
        </p>
      )}
      <GeneralSection {...props} />
      <CategoriesSection {...props} />
      <StyleSection {...props} />
      <CardSection {...props} />
      <SensitivitySection {...props} />
      <SitesSection {...props} />
      <HiddenSection {...props} />
      <BackupSection {...props} />
      <Section id="privacy" titleKey="optionsPrivacyHeading">
        <p id="privacy-statement">{t('optionsPrivacyBody')}</p>
      </Section>
      <StoryBrowser />
    </>
  );
}
