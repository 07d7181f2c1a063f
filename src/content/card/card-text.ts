/**
 * The card's words, in the language of the text it annotates (issue 13). A mention the matcher read
 * as Spanish (Mention.lang) gets the Spanish UI whatever the browser's own language: browser.i18n
 * speaks only the browser's UI language, so card.js carries the es messages itself (it is loaded
 * when a first card opens, so the content script stays small). Every other card uses browser.i18n.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import spanishMessages from '../../_locales/es/messages.json';
import { t as browserText } from '../../shared/i18n.ts';
import { formatMessage, type LocaleMessage } from '../../shared/message-format.ts';
import { uiLocale } from './format.ts';

/**
 * The language of what the dataset says (labels, summaries, claims, quotes): this pack's articles are
 * in English and articles.json records no language. Marked on those elements so a screen reader
 * reads them in English inside a card whose UI is Spanish.
 */
export const SOURCE_LANG = 'en';

export type Translate = (key: string, substitutions?: string | string[]) => string;

export interface CardText {
  t: Translate;
  /** BCP 47 language of the card's UI, for its `lang` attribute and for dates and percentages. */
  locale: string;
  /** The UI is not in English while the sources' quotes are: the card says so. */
  quotesInOtherLanguage: boolean;
}

function fromTable(table: Record<string, LocaleMessage>): Translate {
  return (key, substitutions) => {
    const entry = table[key];
    return entry ? formatMessage(entry, substitutions) : browserText(key, substitutions);
  };
}

const spanish = fromTable(spanishMessages as Record<string, LocaleMessage>);

/** The card's text for a mention found in a block of language `lang` (undefined: the browser's language). */
export function cardTextFor(lang: string | undefined): CardText {
  if (lang === 'es') return { t: spanish, locale: 'es', quotesInOtherLanguage: true };
  const locale = uiLocale();
  return { t: browserText, locale, quotesInOtherLanguage: !/^en\b/i.test(locale) };
}

export const CardTextContext = createContext<CardText | null>(null);

/** The open card's text; outside a card (tests of one section), the browser's language. */
export function useCardText(): CardText {
  return useContext(CardTextContext) ?? cardTextFor(undefined);
}
