/** Where Backstory runs: every site but a deny list, or only an allow list; patterns checked as typed. */
import { useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { parseSitePattern, type PatternProblem } from '../shared/site-rules.ts';
import { ChoiceGroup } from '../ui/ChoiceGroup.tsx';
import { Section, type SectionProps } from './Section.tsx';

const MODES = [
  { value: 'deny', labelKey: 'siteModeDeny' },
  { value: 'allow', labelKey: 'siteModeAllow' },
] as const;

type Problem = PatternProblem | 'duplicate';

function check(text: string, list: readonly string[]): { pattern?: string; problem?: Problem } {
  const result = parseSitePattern(text);
  if (!result.ok) return { problem: result.problem };
  return list.includes(result.pattern) ? { problem: 'duplicate' } : { pattern: result.pattern };
}

export function SitesSection({ settings, save }: SectionProps) {
  const [typed, setTyped] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const key = settings.siteMode === 'allow' ? 'allowedSites' : 'deniedSites';
  const list = settings[key];
  const { problem } = check(typed, list);
  // Say what is wrong as soon as something is typed; an empty field only complains when submitted.
  const shownProblem = problem && (typed.trim() !== '' || submitted) ? problem : undefined;
  const add = (event: Event) => {
    event.preventDefault();
    setSubmitted(true);
    // Read the field itself: a submit can arrive before the last keystroke's re-render.
    const current = check(input.current?.value ?? typed, list);
    if (!current.pattern) return setTyped(input.current?.value ?? typed);
    void save({ [key]: [...list, current.pattern] });
    setTyped('');
    setSubmitted(false);
  };
  return (
    <Section id="sites" titleKey="optionsSitesHeading">
      <ChoiceGroup
        name="siteMode"
        legendKey="optionsSiteModeLegend"
        choices={MODES}
        value={settings.siteMode}
        onChange={(siteMode) => void save({ siteMode })}
      />
      <h3 id="site-list-heading">{t(key === 'allowedSites' ? 'optionsAllowedListLabel' : 'optionsDeniedListLabel')}</h3>
      {list.length === 0 ? (
        <p class="muted" id="site-list-empty">
          {t(key === 'allowedSites' ? 'optionsSitesEmptyAllow' : 'optionsSitesEmptyDeny')}
        </p>
      ) : (
        <ul class="plain site-list" id="site-list" aria-labelledby="site-list-heading">
          {list.map((site) => (
            <li key={site} data-site={site}>
              <code>{site}</code>
              <button
                type="button"
                aria-label={t('optionsSiteRemove', site)}
                onClick={() => void save({ [key]: list.filter((item) => item !== site) })}
              >
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="site-add" onSubmit={add} noValidate>
        <label for="site-pattern">{t('optionsSitePatternLabel')}</label>
        <div class="row">
          <input
            type="text"
            id="site-pattern"
            ref={input}
            value={typed}
            spellcheck={false}
            autocomplete="off"
            aria-invalid={shownProblem ? 'true' : 'false'}
            aria-describedby="site-pattern-help site-pattern-error"
            onInput={(event) => setTyped(event.currentTarget.value)}
          />
          <button type="submit" id="site-add">
            {t('optionsSiteAdd')}
          </button>
        </div>
        <p id="site-pattern-help" class="muted">
          {t('optionsSitePatternHelp')}
        </p>
        <p id="site-pattern-error" class="error" aria-live="polite">
          {shownProblem ? t(`sitePattern_${shownProblem}`) : ''}
        </p>
      </form>
    </Section>
  );
}
