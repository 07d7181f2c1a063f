/**
 * How a mark looks: the user's style (underline, background or outline) in the colour of its
 * category, lightened on dark backgrounds. Set inline with !important through the CSSOM (style.cssText): an
 * inline declaration outranks any page rule (even `* { … !important }` or `#id span {…}`), works
 * inside shadow roots where page-sheet.css does not reach, and the CSSOM is not blocked by a page's
 * CSP. Only paint properties are set, never anything that changes box size or line layout.
 */
import type { Category } from '../shared/dataset-schema.ts';

export interface MarkLook {
  highlightStyle: 'underline' | 'background' | 'outline';
  colors: Record<Category, string>;
}

/** Mixes `hex` towards white (dark backgrounds need lighter marks for contrast). */
export function lighten(hex: string, amount: number): string {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return hex;
  const value = parseInt(match[1]!, 16);
  const channel = (shift: number) => {
    const c = (value >> shift) & 255;
    return Math.round(c + (255 - c) * amount)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(16)}${channel(8)}${channel(0)}`;
}

/** Relative luminance (0..1) of a computed `rgb(…)` colour; undefined when unparseable. */
export function luminance(rgb: string): number | undefined {
  const parts = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(rgb);
  if (!parts) return undefined;
  const [r, g, b] = [parts[1], parts[2], parts[3]].map((part) => {
    const c = Number(part) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Light text means a dark background: the page (or this part of it) is in dark mode. */
export function isDarkAround(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  const color = view?.getComputedStyle(element).color ?? '';
  return (luminance(color) ?? 0) > 0.45;
}

/**
 * Neutral inline box: what page rules could otherwise change on our element. Not `all: unset`,
 * which would also remove the keyboard focus ring (page-sheet.css draws it with box-shadow).
 */
const NEUTRAL: [string, string][] = [
  ['display', 'inline'],
  ['position', 'static'],
  ['float', 'none'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0 none'],
  ['font', 'inherit'],
  ['color', 'inherit'],
  ['letter-spacing', 'inherit'],
  ['word-spacing', 'inherit'],
  ['text-transform', 'inherit'],
  ['vertical-align', 'baseline'],
  ['visibility', 'inherit'],
  ['opacity', '1'],
  ['transform', 'none'],
  ['background', 'none'],
  ['text-decoration', 'none'],
  ['outline', 'none'],
  ['cursor', 'help'],
];

/** The inline declarations for one look, category colour and background. */
export function markCss(look: MarkLook, category: Category, dark: boolean): string {
  const base = look.colors[category] ?? '#b45309';
  const color = dark ? lighten(base, 0.45) : base;
  // One declaration per property (later wins): no shorthand followed by its own longhand, which
  // some CSS parsers (jsdom's) reject, and no duplicate !important declarations.
  const declarations = new Map(NEUTRAL);
  if (look.highlightStyle === 'background') {
    declarations.delete('background');
    declarations.set('background-image', 'none');
    declarations.set('background-color', `color-mix(in srgb, ${color} ${dark ? 35 : 22}%, transparent)`);
    declarations.set('border-radius', '2px');
    declarations.set('box-decoration-break', 'clone');
    declarations.set('-webkit-box-decoration-break', 'clone');
  } else if (look.highlightStyle === 'outline') {
    declarations.set('outline', `1.5px solid ${color}`);
    declarations.set('outline-offset', '0px');
    declarations.set('border-radius', '2px');
  } else {
    declarations.set('text-decoration', `underline 2px solid ${color}`);
    declarations.set('text-underline-offset', '0.18em');
    declarations.set('text-decoration-skip-ink', 'none');
  }
  return [...declarations].map(([property, value]) => `${property}: ${value} !important`).join('; ');
}

const cssCache = new Map<string, string>();

/** Styles one mark: one cssText assignment (parsed once per mark, cached per look). */
export function styleMark(mark: HTMLElement, look: MarkLook, category: Category, dark: boolean): void {
  const key = `${look.highlightStyle}|${look.colors[category]}|${dark}|${category}`;
  let css = cssCache.get(key);
  if (css === undefined) {
    css = markCss(look, category, dark);
    cssCache.set(key, css);
  }
  mark.style.cssText = css;
}
