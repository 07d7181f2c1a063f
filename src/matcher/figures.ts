/**
 * When a page's figure differs from the sources' ("147", "some 140", "nearly 150" against 146):
 * what the page says and what the sources say, for the mention and its card.
 */
import type { CompiledEntry, StatedFigure } from './compiled.ts';
import type { QualifierKind } from './lexicon.ts';
import type { QuantityInfo } from './scan.ts';
import type { FigureDifference } from './types.ts';

const SAID: Readonly<Record<QualifierKind, string>> = {
  exact: '',
  'more-than': 'more than ',
  'at-least': 'at least ',
  nearly: 'nearly ',
  about: 'about ',
  'fewer-than': 'fewer than ',
};

const sameFigure = (a: StatedFigure, value: number, qualifier: QualifierKind): boolean =>
  Math.abs(a.value - value) < 0.01 && a.qualifier === qualifier;

/** The sources' figure: the entry's value as its facts state it ("146", "more than 12"). */
function sourcesFigure(entry: CompiledEntry, value: number): string {
  const stating = (entry.figures ?? []).filter((f) => f.value === value);
  if (stating.length === 0 || stating.some((f) => f.qualifier === 'exact')) return String(value);
  return `${SAID[stating[0]!.qualifier]}${value}`;
}

/**
 * Undefined when a source states the page's figure as the page does (a share the sources also
 * give, "at least 121" where a source says so). `stated` is the page's own words for the figure.
 */
export function figureDifference(entry: CompiledEntry, q: QuantityInfo, stated: string): FigureDifference | undefined {
  if (entry.rule.type !== 'quantity') return undefined;
  if ((entry.figures ?? []).some((f) => sameFigure(f, q.stated, q.qualifier))) return undefined;
  return { page: stated, sources: sourcesFigure(entry, entry.rule.value) };
}
