/** The bundled story dataset for the extension's own pages (popup, options), with look-ups. */
import rawDataset from '../../data/dataset.json';
import { categoryOf, type Category, type Dataset, type Entry } from '../shared/dataset-schema.ts';

export const story = rawDataset as unknown as Dataset;

const byId = new Map(story.entries.map((entry) => [entry.id, entry]));

export function entryLabel(id: string): string {
  return byId.get(id)?.label ?? id;
}

export function findEntry(id: string): Entry | undefined {
  return byId.get(id);
}

export const CATEGORIES: readonly Category[] = ['numbers', 'organizations', 'people', 'places'];

export const CATEGORY_LABEL_KEYS: Record<Category, string> = {
  numbers: 'categoryNumbers',
  organizations: 'categoryOrganizations',
  people: 'categoryPeople',
  places: 'categoryPlaces',
};

export function entryCategory(entry: Entry): Category {
  return categoryOf(entry.kind);
}

/** Case- and accent-insensitive form for searching ("Muñoz" is found by "munoz"). */
export function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Entries whose label, role or summary contain every word of `query`, best (label) matches first. */
export function searchEntries(entries: readonly Entry[], query: string): Entry[] {
  const words = searchable(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const scored = entries.flatMap((entry) => {
    const label = searchable(entry.label);
    const text = `${label} ${searchable(entry.role ?? '')} ${searchable(entry.summary)}`;
    if (!words.every((word) => text.includes(word))) return [];
    return [{ entry, score: words.filter((word) => label.includes(word)).length }];
  });
  return scored
    .sort((a, b) => b.score - a.score || a.entry.label.localeCompare(b.entry.label))
    .map((item) => item.entry);
}
