/** Every string the card asks for exists in English and Spanish, with the same placeholders. */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const CARD_DIR = resolve(ROOT, 'src/content/card');
type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const locale = (lang: string): Messages =>
  JSON.parse(readFileSync(resolve(ROOT, `src/_locales/${lang}/messages.json`), 'utf8'));

/** Keys passed to t('…') in the card's sources, plus the kind keys format.ts builds a table of. */
function keysUsedByCard(): string[] {
  const keys = new Set<string>();
  for (const file of readdirSync(CARD_DIR).filter((name) => /\.tsx?$/.test(name))) {
    const source = readFileSync(resolve(CARD_DIR, file), 'utf8');
    for (const match of source.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) keys.add(match[1]!);
    for (const match of source.matchAll(
      /'(card(?:Kind|Back|Why|Hide|Pause|Action|Sources|Related|Opens|Close|Quotes)[A-Za-z0-9]*|markDescription)'/g,
    ))
      keys.add(match[1]!);
  }
  return [...keys].sort();
}

describe('card strings', () => {
  const used = keysUsedByCard();
  it('finds the keys it checks', () => {
    expect(used).toEqual(
      expect.arrayContaining(['cardQuotesHeading', 'cardSourcesDiffer', 'cardKindPerson', 'markDescription']),
    );
  });
  for (const lang of ['en', 'es']) {
    it(`are all present in ${lang}, with the placeholders English has`, () => {
      const en = locale('en');
      const messages = locale(lang);
      expect(used.filter((key) => !messages[key]?.message)).toEqual([]);
      for (const key of used)
        expect(Object.keys(messages[key]!.placeholders ?? {})).toEqual(Object.keys(en[key]!.placeholders ?? {}));
    });
  }
});
