/**
 * Highlight style and colour per category, with a live preview drawn by the same function the
 * content script uses on pages (styleMark), so what is shown here is what pages get.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Category } from '../shared/dataset-schema.ts';
import { t } from '../shared/i18n.ts';
import { styleMark } from '../content/mark-style.ts';
import { ChoiceGroup } from '../ui/ChoiceGroup.tsx';
import { CATEGORIES, CATEGORY_LABEL_KEYS } from '../ui/story.ts';
import { Section, type SectionProps } from './Section.tsx';

const STYLES = [
  { value: 'underline', labelKey: 'styleUnderline' },
  { value: 'background', labelKey: 'styleBackground' },
  { value: 'outline', labelKey: 'styleOutline' },
] as const;

/** Sample mentions for the preview sentence, in the order of its $1..$4. */
const SAMPLES: [Category, string][] = [
  ['numbers', '22 senators'],
  ['organizations', 'ICE'],
  ['places', 'Honduras'],
  ['people', 'Jeh Johnson'],
];

function Preview({ settings }: SectionProps) {
  const sentence = useRef<HTMLParagraphElement>(null);
  const dark =
    document.documentElement.dataset.theme === 'dark' ||
    (document.documentElement.dataset.theme !== 'light' && window.matchMedia?.('(prefers-color-scheme: dark)').matches);
  useLayoutEffect(() => {
    for (const mark of sentence.current?.querySelectorAll<HTMLElement>('.sample-mark') ?? []) {
      mark.removeAttribute('style');
      styleMark(mark, settings, mark.dataset.category as Category, !!dark);
    }
  });
  // Split the localised sentence on its numbered slots; each slot becomes a sample mark.
  const parts = t(
    'optionsPreviewSentence',
    SAMPLES.map((_, index) => `\uE000${index}\uE000`),
  ).split('\uE000');
  return (
    <div class="preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">{t('optionsPreviewHeading')}</h3>
      <p ref={sentence} id="preview" data-style={settings.highlightStyle}>
        {parts.map((part, index) => {
          const sample = index % 2 === 1 ? SAMPLES[Number(part)] : undefined;
          if (!sample) return part;
          return (
            <span key={part} class="sample-mark" data-category={sample[0]} data-color={settings.colors[sample[0]]}>
              {sample[1]}
            </span>
          );
        })}
      </p>
    </div>
  );
}

export function StyleSection({ settings, save }: SectionProps) {
  return (
    <Section id="style" titleKey="optionsStyleHeading">
      <ChoiceGroup
        name="highlightStyle"
        legendKey="optionsStyleLegend"
        choices={STYLES}
        value={settings.highlightStyle}
        onChange={(highlightStyle) => void save({ highlightStyle })}
      />
      <fieldset class="choices colors">
        <legend>{t('optionsColorsLegend')}</legend>
        {CATEGORIES.map((category) => (
          <label key={category} class="choice">
            <input
              type="color"
              id={`color-${category}`}
              value={settings.colors[category]}
              onChange={(event) =>
                void save({ colors: { ...settings.colors, [category]: event.currentTarget.value.toLowerCase() } })
              }
            />
            {t(CATEGORY_LABEL_KEYS[category])}
          </label>
        ))}
      </fieldset>
      <Preview settings={settings} save={save} />
    </Section>
  );
}
