/**
 * How cards open (trigger, hover delay), their theme, how sure Backstory must be to highlight, and
 * whether the story's generic entries are highlighted too.
 */
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { CARD_DELAY_LIMITS } from '../shared/settings-defaults.ts';
import { ChoiceGroup } from '../ui/ChoiceGroup.tsx';
import { Switch } from '../ui/Switch.tsx';
import { Section, type SectionProps } from './Section.tsx';

const TRIGGERS = [
  { value: 'hover', labelKey: 'triggerHover' },
  { value: 'click', labelKey: 'triggerClick' },
  { value: 'keyboard', labelKey: 'triggerKeyboard' },
] as const;
const THEMES = [
  { value: 'auto', labelKey: 'themeAuto' },
  { value: 'light', labelKey: 'themeLight' },
  { value: 'dark', labelKey: 'themeDark' },
] as const;
const SENSITIVITIES = [
  { value: 'strict', labelKey: 'sensitivityStrict' },
  { value: 'balanced', labelKey: 'sensitivityBalanced' },
  { value: 'generous', labelKey: 'sensitivityGenerous' },
] as const;

function DelaySlider({ settings, save }: SectionProps) {
  // The slider shows its value while dragged and saves once on release (storage.sync limits writes).
  const [dragged, setDragged] = useState<number | null>(null);
  const shown = dragged ?? settings.cardDelayMs;
  return (
    <div class="slider">
      <label for="cardDelayMs">{t('optionsDelay')}</label>
      <input
        type="range"
        id="cardDelayMs"
        min={CARD_DELAY_LIMITS.min}
        max={CARD_DELAY_LIMITS.max}
        step={CARD_DELAY_LIMITS.step}
        value={shown}
        disabled={settings.cardTrigger !== 'hover'}
        aria-valuetext={t('optionsDelayValue', String(shown))}
        onInput={(event) => setDragged(Number(event.currentTarget.value))}
        onChange={(event) => {
          setDragged(null);
          void save({ cardDelayMs: Number(event.currentTarget.value) });
        }}
      />
      <output for="cardDelayMs">{t('optionsDelayValue', String(shown))}</output>
    </div>
  );
}

export function CardSection({ settings, save }: SectionProps) {
  return (
    <Section id="card" titleKey="optionsCardHeading">
      <ChoiceGroup
        name="cardTrigger"
        legendKey="optionsTriggerLegend"
        choices={TRIGGERS}
        value={settings.cardTrigger}
        onChange={(cardTrigger) => void save({ cardTrigger })}
      />
      <DelaySlider settings={settings} save={save} />
      <ChoiceGroup
        name="theme"
        legendKey="optionsThemeLegend"
        choices={THEMES}
        value={settings.theme}
        onChange={(theme) => void save({ theme })}
      />
    </Section>
  );
}

export function SensitivitySection({ settings, save }: SectionProps) {
  return (
    <Section id="sensitivity" titleKey="optionsSensitivityHeading">
      <ChoiceGroup
        name="sensitivity"
        legendKey="optionsSensitivityLegend"
        choices={SENSITIVITIES}
        value={settings.sensitivity}
        onChange={(sensitivity) => void save({ sensitivity })}
      />
      <Switch
        id="showGeneric"
        checked={settings.showGeneric}
        onChange={(showGeneric) => void save({ showGeneric })}
        describedBy="show-generic-help"
      >
        {t('optionsShowGeneric')}
      </Switch>
      <p id="show-generic-help" class="muted">
        {t('optionsShowGenericHelp')}
      </p>
    </Section>
  );
}
