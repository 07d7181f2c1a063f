/** "Why this is highlighted": the text the matcher matched, its reason and its confidence. */
import type { Mention } from '../../matcher/types.ts';
import { useCardText } from './card-text.ts';
import { formatConfidence } from './format.ts';

export function WhyHighlighted({ mention }: { mention: Mention }) {
  const { t, locale } = useCardText();
  return (
    <details class="section why">
      <summary>{t('cardWhyHeading')}</summary>
      <dl>
        <dt>{t('cardWhyMatched')}</dt>
        <dd class="matched" lang={mention.lang}>
          {mention.text}
        </dd>
        <dt>{t('cardWhyReason')}</dt>
        {/* The matcher states its reasons in English. */}
        <dd class="reason" lang="en">
          {mention.reason}
        </dd>
        <dt>{t('cardWhyConfidence')}</dt>
        <dd class="confidence">{formatConfidence(mention.confidence, locale)}</dd>
      </dl>
    </details>
  );
}
