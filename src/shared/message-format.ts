/**
 * chrome.i18n.getMessage's formatting rules for one _locales entry: $NAME$ → its placeholder's
 * content, whose $1…$9 take the substitutions; $$ is a dollar sign. For the card's bundled Spanish
 * messages (card-text.ts) and for tests that stand in for browser.i18n.
 */
export interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export function formatMessage(entry: LocaleMessage, substitutions?: string | string[]): string {
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, index: string) => subs[Number(index) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? fill(placeholder.content) : whole;
    })
    .replace(/\$\$/g, '$');
}
