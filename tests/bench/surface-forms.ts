/**
 * Every string the dataset can be found by, longest first: what a naive highlighter searches for,
 * and the page bench's floor regex (one precompiled alternation of them all).
 */
import type { Dataset } from '../../src/shared/dataset-schema.ts';

export function surfaceForms(dataset: Dataset): string[] {
  const forms = dataset.entries.flatMap((entry) => {
    const rule = entry.match;
    switch (rule.type) {
      case 'acronym':
        return [...rule.acronyms, ...rule.names];
      case 'name':
        return rule.names;
      case 'person':
        return [...rule.fullNames, rule.surname];
      case 'quantity':
        return rule.counted.map((noun) => `${rule.value} ${noun}`);
    }
  });
  return [...new Set(forms)].sort((a, b) => b.length - a.length);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The floor's regex: any surface form as a whole word, case-insensitive. */
export function floorPattern(dataset: Dataset): RegExp {
  return new RegExp(`\\b(?:${surfaceForms(dataset).map(escape).join('|')})\\b`, 'i');
}
