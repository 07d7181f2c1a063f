/**
 * Test doubles for the card: English strings resolved from the real en messages.json (with Chrome's
 * placeholder rules), the small fake dataset in tests/fixtures/card/, and recording actions.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as v from 'valibot';
import { vi } from 'vitest';
import { DatasetSchema, type Dataset } from '../../../src/shared/dataset-schema.ts';
import type { Mention } from '../../../src/matcher/types.ts';
import { formatMessage, type LocaleMessage } from '../../../src/shared/message-format.ts';
import type { CardActions, CardData, CardEnv } from '../../../src/content/card/types.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

const messages: Record<string, LocaleMessage> = JSON.parse(
  readFileSync(resolve(ROOT, 'src/_locales/en/messages.json'), 'utf8'),
);

/** chrome.i18n.getMessage on the English messages; an unknown key comes back as itself. */
export function englishT(key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  return entry ? formatMessage(entry, substitutions) : key;
}

/** The fake dataset, validated against the real schema so the fixture cannot drift from it. */
export const fakeDataset: Dataset = v.parse(
  DatasetSchema,
  JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/card/dataset.json'), 'utf8')),
);

export const fakeData: CardData = {
  entry: (id) => fakeDataset.entries.find((entry) => entry.id === id),
  article: (id) => fakeDataset.articles.find((article) => article.id === id),
  ready: (id) => fakeDataset.entries.some((entry) => entry.id === id),
  load: (id) => Promise.resolve(fakeDataset.entries.some((entry) => entry.id === id)),
  prefetch: () => {},
};

export function fakeMention(entry: string, text: string, overrides: Partial<Mention> = {}): Mention {
  return {
    start: 0,
    end: text.length,
    text,
    entry,
    confidence: 0.87,
    reason: `${text}; page mentions deportation`,
    ...overrides,
  };
}

export function fakeActions(outcome: 'resolve' | 'reject' = 'resolve') {
  const settle = () => (outcome === 'resolve' ? Promise.resolve() : Promise.reject(new Error('storage unavailable')));
  return {
    hideOnSite: vi.fn<CardActions['hideOnSite']>(settle),
    hideEverywhere: vi.fn<CardActions['hideEverywhere']>(settle),
    pauseSite: vi.fn<CardActions['pauseSite']>(settle),
  } satisfies CardActions;
}

export function fakeEnv(overrides: Partial<CardEnv> = {}): CardEnv {
  return { data: fakeData, actions: fakeActions(), site: 'news.example', ...overrides };
}
