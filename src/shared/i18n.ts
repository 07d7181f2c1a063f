/** Localised strings from _locales (en, es) through the browser seam. */
import { browser } from './browser.ts';

export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
