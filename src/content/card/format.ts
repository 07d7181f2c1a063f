/** Small formatting helpers for the card: dates, confidence, entry kinds. */
import type { EntryKind } from '../../shared/dataset-schema.ts';
import { t } from '../../shared/i18n.ts';
import type { Translate } from './card-text.ts';

/** "2016-01-13" → "Jan 13, 2016" in the reader's locale; the date is a calendar day, so read as UTC. */
export function formatDate(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  } catch {
    return isoDate;
  }
}

/** 0.873 → "87%". */
export function formatConfidence(confidence: number, locale: string): string {
  const clamped = Math.min(1, Math.max(0, confidence));
  try {
    return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(clamped);
  } catch {
    return `${Math.round(clamped * 100)}%`;
  }
}

const KIND_KEYS: Record<EntryKind, string> = {
  quantity: 'cardKindQuantity',
  acronym: 'cardKindAcronym',
  organization: 'cardKindOrganization',
  person: 'cardKindPerson',
  place: 'cardKindPlace',
  event: 'cardKindEvent',
};

export function kindLabel(kind: EntryKind, text: Translate): string {
  return text(KIND_KEYS[kind]);
}

/** The UI locale as BCP 47 ("en_US" → "en-US"), from the browser's i18n. */
export function uiLocale(): string {
  const raw = t('@@ui_locale');
  return raw && raw !== '@@ui_locale' ? raw.replace(/_/g, '-') : 'en';
}
