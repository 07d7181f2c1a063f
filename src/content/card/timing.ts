/**
 * The card's timing, in one place, each value with the reason for it. The hover dwell itself is a
 * setting (cardDelayMs, default 300 ms); these are the fixed values around it.
 */

/**
 * Used when the stored cardDelayMs is missing or out of range. 300 ms sits between Wikipedia Page
 * Previews (about 500 ms from pointer-rest to preview) and 10ten Reader (instant): long enough that a
 * pointer sweeping across a paragraph opens nothing, short enough to feel like a reply.
 */
export const DEFAULT_HOVER_DWELL_MS = 300;

/** Upper bound for the dwell setting: past 2 s a hover card stops feeling connected to the hover. */
export const MAX_HOVER_DWELL_MS = 2000;

/**
 * Time the pointer may spend outside both the mark and the card before a hover-opened card closes.
 * It covers the trip across the 6 px gap between mark and card (WCAG 2.2 SC 1.4.13 "hoverable") and a
 * brief overshoot; 300 ms is Page Previews' ABANDON_END_DELAY, tuned there on real readers.
 */
export const LEAVE_GRACE_MS = 300;

/** Gap between the mark and the card, px: clear of the underline, close enough to cross quickly. */
export const CARD_OFFSET_PX = 6;

/** Space kept between the card and the viewport edges, px, so it never touches the edge. */
export const VIEWPORT_PADDING_PX = 8;

/** Clamps the user's dwell setting into a range that still behaves like a hover card. */
export function hoverDwellMs(setting: number | undefined): number {
  if (setting === undefined || !Number.isFinite(setting) || setting < 0) return DEFAULT_HOVER_DWELL_MS;
  return Math.min(setting, MAX_HOVER_DWELL_MS);
}
