/**
 * User-facing categories (options page switches), derived from an entry's kind, never stored.
 * Kept apart from dataset-schema.ts so the content script can use it without bundling the dataset's
 * valibot schema (module-level schema calls are not tree-shaken away once the module is imported).
 */
import type { EntryKind } from './dataset-schema.ts';

export type Category = 'numbers' | 'organizations' | 'people' | 'places';

export function categoryOf(kind: EntryKind): Category {
  switch (kind) {
    case 'quantity':
    case 'event':
      return 'numbers';
    case 'acronym':
    case 'organization':
      return 'organizations';
    case 'person':
      return 'people';
    case 'place':
      return 'places';
  }
}
