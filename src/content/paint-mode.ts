/**
 * Paint modes for docs/adr/0008 (issue 14: no long task, rendering included): how the drawer paints
 * mentions, fixed at build time by `BACKSTORY_PAINT=marks|highlights|hybrid` (build/build.ts
 * turns it into the `__BACKSTORY_PAINT__` constant). This file is the one place that defines the
 * modes. ADR 0008 chose `marks`, the default and the only mode the product ships; the other two
 * stay buildable so the measurement can be repeated (`npm run bench -- --paint marks,highlights,hybrid`)
 * as the Highlight API and hit-testing from a point mature.
 *   marks       every mention is a <backstory-mark> element (ADR 0005, 0006);
 *   highlights  every mention is a range painted by the CSS Custom Highlight API (painter.ts), no
 *               element written into the page: no hover card, nothing for Tab or a screen reader;
 *   hybrid      ranges for every mention, plus a real element for the first mention of each entry
 *               drawn (the one that is tabbable and carries the aria, card/mark-a11y.ts).
 * Every mode draws what is near the viewport first and parks the rest (near-view.ts), so the modes
 * differ only in what a drawing writes.
 */
export type PaintMode = 'marks' | 'highlights' | 'hybrid';

declare global {
  /**
   * The mode, replaced by its value in every bundle (build/build.ts `define`; vitest.config.ts for
   * unit tests). Tested where it is used rather than through an exported constant: esbuild folds a
   * constant only within one file, and the default build must not carry the other modes' code.
   */
  const __BACKSTORY_PAINT__: PaintMode;
}

const MODES: readonly PaintMode[] = ['marks', 'highlights', 'hybrid'];

/** For the build: the mode named by BACKSTORY_PAINT (unset: marks); an unknown name is an error. */
export function paintModeOf(value: string | undefined): PaintMode {
  if (value === undefined || value === '') return 'marks';
  if ((MODES as readonly string[]).includes(value)) return value as PaintMode;
  throw new Error(`BACKSTORY_PAINT=${value}: expected one of ${MODES.join(', ')}`);
}
