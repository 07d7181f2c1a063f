/** Every string the popup, options page and background use exists in both locales, with the same placeholders. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string) => JSON.parse(readFileSync(`src/_locales/${lang}/messages.json`, 'utf8')) as Messages;
const en = load('en');
const es = load('es');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(path) ? [path] : [];
  });
}

const MINE = ['src/popup', 'src/options', 'src/ui', 'src/background'].flatMap(files).concat(['src/content/lookup.tsx']);

describe('locales used by the popup, options and background', () => {
  const used = new Set<string>();
  for (const file of MINE) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(match[1]!);
    for (const match of source.matchAll(/(?:labelKey|titleKey|legendKey): '([A-Za-z0-9_]+)'/g)) used.add(match[1]!);
    for (const match of source.matchAll(/^\s+(?:'[a-z-]+'|[a-z]+): '([a-z][A-Za-z]+)',$/gm))
      if (match[1]! in en) used.add(match[1]!);
  }
  for (const problem of ['empty', 'spaces', 'path', 'port', 'wildcard', 'characters', 'label', 'tooLong', 'duplicate'])
    used.add(`sitePattern_${problem}`);

  it('finds the strings it checks', () => {
    expect(used.size).toBeGreaterThan(80);
  });

  it.each(['en', 'es'])('every used key exists in %s', (lang) => {
    const messages = lang === 'en' ? en : es;
    expect([...used].filter((key) => !(key in messages))).toEqual([]);
  });

  it('en and es have the same keys and the same placeholders', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(en)) {
      expect(Object.keys(es[key]?.placeholders ?? {}), key).toEqual(Object.keys(entry.placeholders ?? {}));
      for (const name of Object.keys(entry.placeholders ?? {}))
        expect(es[key]!.message, key).toContain(`$${name.toUpperCase()}$`);
    }
  });
});
