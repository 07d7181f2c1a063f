/** The bundled story dataset (built from data/corpus at build time) and lookups into it. */
import rawDataset from '../../data/dataset.json';
import type { CardEntry, ContentDataset } from '../shared/dataset-schema.ts';

// The build serves this import as toContentDataset(data/dataset.json) (build/content-dataset.ts).
export const dataset = rawDataset as unknown as ContentDataset;

const byId = new Map(dataset.entries.map((entry) => [entry.id, entry]));
const articlesById = new Map(dataset.articles.map((article) => [article.id, article]));

export function entryById(id: string): CardEntry | undefined {
  return byId.get(id);
}

export function articleById(id: string) {
  return articlesById.get(id);
}
