/** Which kinds of entry are highlighted. */
import { t } from '../shared/i18n.ts';
import { CATEGORIES, CATEGORY_LABEL_KEYS } from '../ui/story.ts';
import { Section, type SectionProps } from './Section.tsx';

export function CategoriesSection({ settings, save }: SectionProps) {
  return (
    <Section id="categories" titleKey="optionsCategoriesHeading">
      {CATEGORIES.map((category) => (
        <label key={category} class="choice">
          <input
            type="checkbox"
            id={`category-${category}`}
            checked={settings.categories[category]}
            onChange={(event) =>
              void save({ categories: { ...settings.categories, [category]: event.currentTarget.checked } })
            }
          />
          {t(CATEGORY_LABEL_KEYS[category])}
        </label>
      ))}
    </Section>
  );
}
