/**
 * card.js: everything that renders a card, loaded by the content script when a first card is about
 * to open (view-loader.ts), so pages that never open one never evaluate Preact or @floating-ui; and
 * what only the context menu's look-up and the popup's "go to this mention" need.
 */
import { render } from 'preact';
import { lookUp } from '../lookup.tsx';
import { revealMention } from '../reveal.ts';
import { MentionCard } from './MentionCard.tsx';
import { prepareFormats, uiLocale } from './format.ts';
import { createCardHost } from './mount.ts';
import { followMark } from './placement.ts';
import { settingsActions } from './settings-actions.ts';
import type { CardView } from './view.ts';

export const view: CardView = {
  showCard(doc, theme, request, mark, onDetached) {
    const cardHost = createCardHost(doc, theme);
    cardHost.render(<MentionCard {...request} />);
    const stopFollowing = followMark(mark, cardHost.host, onDetached);
    return {
      host: cardHost.host,
      root: cardHost.root,
      remove() {
        stopFollowing();
        cardHost.remove();
      },
    };
  },
  lookUp,
  revealMention,
  settingsActions,
  prepare(sample) {
    prepareFormats(uiLocale());
    if (!sample) return;
    const detached = document.createElement('div');
    render(<MentionCard {...sample} />, detached);
    render(null, detached);
  },
};
