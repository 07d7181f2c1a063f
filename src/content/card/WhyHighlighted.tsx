/** "Why this is highlighted": the text the matcher matched, its reason and its confidence. */
import type { Mention } from '../../matcher/types.ts';
import { t } from '../../shared/i18n.ts';
import { useCardEnv } from './context.ts';
import { formatConfidence } from './format.ts';

export function WhyHighlighted({ mention }: { mention: Mention }) {
  const { locale } = useCardEnv();
  return (
    <details class="section why">
      <summary>{t('cardWhyHeading')}</summary>
      <dl>
        <dt>{t('cardWhyMatched')}</dt>
        <dd class="matched">{mention.text}</dd>
        <dt>{t('cardWhyReason')}</dt>
        <dd class="reason">{mention.reason}</dd>
        <dt>{t('cardWhyConfidence')}</dt>
        <dd class="confidence">{formatConfidence(mention.confidence, locale)}</dd>
      </dl>
    </details>
  );
}
