/**
 * EXPERIMENT for docs/adr/0008 (issue 14: no long task, rendering included): how the drawer paints
 * mentions, fixed at build time by `BACKSTORY_PAINT=marks|scoped-marks|highlights|hybrid`
 * (build/build.ts turns it into the `__BACKSTORY_PAINT__` constant). This file is the one place
 * that defines the modes; the default is `marks`, today's behaviour, and the product ships nothing
 * else until the ADR is decided.
 *   marks        every mention is a <backstory-mark> element (ADR 0005, 0006);
 *   scoped-marks the same, but page-sheet.css's ::highlight rules apply only under an attribute
 *                the painter sets on the blocks it paints (scopeHighlightRules below);
 *   highlights  every mention is a range painted by the CSS Custom Highlight API (painter.ts), no
 *               element written into the page: no hover card, nothing for Tab or a screen reader;
 *   hybrid      ranges for every mention, plus a real element for the first mention of each entry
 *               drawn (the one that is tabbable and carries the aria, card/mark-a11y.ts).
 * Every mode draws what is near the viewport first and parks the rest (near-view.ts), so the modes
 * differ only in what a drawing writes.
 */
export type PaintMode = 'marks' | 'scoped-marks' | 'highlights' | 'hybrid';

declare global {
  /**
   * The mode, replaced by its value in every bundle (build/build.ts `define`; vitest.config.ts for
   * unit tests). Tested where it is used rather than through an exported constant: esbuild folds a
   * constant only within one file, and the default build must not carry the other modes' code.
   */
  const __BACKSTORY_PAINT__: PaintMode;
}

const MODES: readonly PaintMode[] = ['marks', 'scoped-marks', 'highlights', 'hybrid'];

/**
 * Every mode but `marks` scopes the highlight rules. Adding a sheet whose rules can match any
 * element (`::highlight(x)` is `*::highlight(x)`) makes the browser restyle the whole document:
 * 116k elements on the 5 MB page (tests/bench/paint-probe.ts).
 * Rules under an attribute no element has yet restyle nothing; the painter then sets the attribute
 * on the blocks it paints (restyling those only). Firefox 153 does not inherit highlight styles,
 * hence the descendant rule beside each one.
 */
export const PAINTED_ATTRIBUTE = 'data-backstory-paint';

export function scopeHighlightRules(css: string): string {
  return css.replace(/(::highlight\([\w-]+\))/g, `[${PAINTED_ATTRIBUTE}]$1, [${PAINTED_ATTRIBUTE}] *$1`);
}

/** For the build: the mode named by BACKSTORY_PAINT (unset: marks); an unknown name is an error. */
export function paintModeOf(value: string | undefined): PaintMode {
  if (value === undefined || value === '') return 'marks';
  if ((MODES as readonly string[]).includes(value)) return value as PaintMode;
  throw new Error(`BACKSTORY_PAINT=${value}: expected one of ${MODES.join(', ')}`);
}
