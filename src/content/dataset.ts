/** The bundled story dataset (built from data/corpus at build time) and lookups into it. */
import rawDataset from '../../data/dataset.json';
import type { Dataset, Entry } from '../shared/dataset-schema.ts';

export const dataset = rawDataset as unknown as Dataset;

const byId = new Map(dataset.entries.map((entry) => [entry.id, entry]));
const articlesById = new Map(dataset.articles.map((article) => [article.id, article]));

export function entryById(id: string): Entry | undefined {
  return byId.get(id);
}

export function articleById(id: string) {
  return articlesById.get(id);
}
