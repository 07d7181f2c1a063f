/**
 * Keeps the card next to its mark with @floating-ui/dom: below the mark (above when there is no
 * room), shifted to stay inside the viewport, no taller than the space available, following scroll
 * (of the page, of scrolled containers, inside frames) and resize until stopped. When the mark
 * scrolls out of view the card hides with it instead of floating over unrelated text.
 */
import { autoUpdate, computePosition, flip, hide, inline, offset, shift, size } from '@floating-ui/dom';
import { CARD_OFFSET_PX, VIEWPORT_PADDING_PX } from './timing.ts';

/**
 * Starts placing `card` at `mark`; returns the function that stops following. `onDetached` runs when
 * the mark leaves the document (the page re-rendered it, or highlighting was turned off).
 */
export function followMark(mark: Element, card: HTMLElement, onDetached: () => void): () => void {
  const update = () => {
    if (!mark.isConnected) {
      onDetached();
      return;
    }
    void computePosition(mark, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        // A mark that wraps over two lines: anchor to the line box under the pointer, not the union.
        inline(),
        offset(CARD_OFFSET_PX),
        flip({ padding: VIEWPORT_PADDING_PX, fallbackPlacements: ['top-start', 'bottom-end', 'top-end'] }),
        shift({ padding: VIEWPORT_PADDING_PX }),
        size({
          padding: VIEWPORT_PADDING_PX,
          apply({ availableHeight, elements }) {
            elements.floating.style.setProperty(
              '--bs-available-height',
              `${Math.max(120, Math.floor(availableHeight))}px`,
            );
          },
        }),
        hide(),
      ],
    }).then(({ x, y, middlewareData }) => {
      card.style.setProperty('left', `${Math.round(x)}px`);
      card.style.setProperty('top', `${Math.round(y)}px`);
      const hidden = middlewareData.hide?.referenceHidden;
      card.style.setProperty('visibility', hidden ? 'hidden' : 'visible');
    });
  };
  return autoUpdate(mark, card, update);
}
