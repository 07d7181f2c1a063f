/** A labelled group of radio buttons for one setting with a fixed set of values. */
import { t } from '../shared/i18n.ts';

export interface Choice<V extends string> {
  value: V;
  labelKey: string;
}

export interface ChoiceGroupProps<V extends string> {
  name: string;
  legendKey: string;
  choices: readonly Choice<V>[];
  value: V;
  onChange(value: V): void;
}

export function ChoiceGroup<V extends string>({ name, legendKey, choices, value, onChange }: ChoiceGroupProps<V>) {
  return (
    <fieldset class="choices" id={name}>
      <legend>{t(legendKey)}</legend>
      {choices.map((choice) => (
        <label key={choice.value} class="choice">
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          {t(choice.labelKey)}
        </label>
      ))}
    </fieldset>
  );
}
