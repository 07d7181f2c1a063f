/** Small formatting helpers for the card: dates, confidence, entry kinds. */
import type { EntryKind } from '../../shared/dataset-schema.ts';
import { t } from '../../shared/i18n.ts';
import type { Translate } from './card-text.ts';

/**
 * One formatter per locale and kind, made once: building an Intl formatter loads the locale's ICU
 * data, and the card bench found a card's dates costing ~50 ms of a first card's render in Chromium
 * (a new DateTimeFormat per quote). `null` when the locale is refused.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | null>();

function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T | null {
  if (!formatters.has(key)) {
    try {
      formatters.set(key, make());
    } catch {
      formatters.set(key, null);
    }
  }
  return formatters.get(key) as T | null;
}

const dateFormat = (locale: string) =>
  formatter(`date ${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }));
const percentFormat = (locale: string) =>
  formatter(`percent ${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));

/** "2016-01-13" → "Jan 13, 2016" in the reader's locale; the date is a calendar day, so read as UTC. */
export function formatDate(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const format = dateFormat(locale);
  return Number.isNaN(date.getTime()) || !format ? isoDate : format.format(date);
}

/** 0.873 → "87%". */
export function formatConfidence(confidence: number, locale: string): string {
  const clamped = Math.min(1, Math.max(0, confidence));
  return percentFormat(locale)?.format(clamped) ?? `${Math.round(clamped * 100)}%`;
}

/** Makes a card's formatters for `locale` ahead of the first card (card.js's prepare, in idle time). */
export function prepareFormats(locale: string): void {
  dateFormat(locale);
  percentFormat(locale);
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
