/**
 * Adds to each entry the forms of its names that copy uses besides the articles' own, derived by
 * rule (name-variants.ts for people, org-forms.ts for organisations): people get more full names,
 * organisations derived names (`match.derivedNames`), and loose forms (`match.variants`) that the matcher accepts only
 * where the story is around them. Places, events and quantities keep their names as they are.
 */
import type { Entry } from '../../src/shared/dataset-schema.ts';
import { personNameVariants } from './name-variants.ts';
import { exactOrgForms, looseOrgForms } from './org-forms.ts';
import { compareStrings, unique } from './text.ts';

export function addDerivedForms(entries: readonly Entry[], texts: readonly string[]): Entry[] {
  return entries.map((entry) => {
    const match = entry.match;
    if (match.type === 'person') {
      const fullNames = unique([...match.fullNames, ...personNameVariants(match.fullNames, match.surname)]);
      return { ...entry, match: { ...match, fullNames: fullNames.sort(compareStrings) } };
    }
    if (match.type === 'acronym' && (entry.kind === 'acronym' || entry.kind === 'organization')) {
      const exact = exactOrgForms(match.names, texts);
      const loose = looseOrgForms(match.names, exact);
      const derived = exact.length > 0 ? { derivedNames: exact } : {};
      return { ...entry, match: { ...match, ...derived, ...(loose.length > 0 ? { variants: loose } : {}) } };
    }
    return entry;
  });
}
