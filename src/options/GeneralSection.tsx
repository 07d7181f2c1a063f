/** Master switch, badge, and where the keyboard shortcut is. */
import { t } from '../shared/i18n.ts';
import { Switch } from '../ui/Switch.tsx';
import { Section, type SectionProps } from './Section.tsx';

export function GeneralSection({ settings, save }: SectionProps) {
  return (
    <Section id="general" titleKey="optionsGeneralHeading">
      <Switch
        id="enabled"
        checked={settings.enabled}
        onChange={(enabled) => void save({ enabled })}
        describedBy="shortcut-help"
      >
        {t('optionsEnabled')}
      </Switch>
      <p id="shortcut-help" class="muted">
        {t('optionsShortcut')}
      </p>
      <Switch id="showBadge" checked={settings.showBadge} onChange={(showBadge) => void save({ showBadge })}>
        {t('optionsShowBadge')}
      </Switch>
    </Section>
  );
}
