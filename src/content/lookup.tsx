/**
 * The context menu's "Look up in Backstory": the background's matcher judges the selected text
 * (with the evidence of the page's passes so far) and the card for what it refers to shows beside
 * the selection, or a short note that it is not in the story. Closes on Escape, on a click
 * elsewhere, or from its button.
 */
import type { Mention } from '../matcher/types.ts';
import { t } from '../shared/i18n.ts';
import { MentionCard } from './card/MentionCard.tsx';
import { createCardHost, type CardHost } from './card/mount.ts';
import { settingsActions } from './card/settings-actions.ts';
import type { CardData } from './card/types.ts';

let open: { host: CardHost; stop: AbortController } | undefined;

function closeLookUp(): void {
  open?.stop.abort();
  open?.host.remove();
  open = undefined;
}

function place(host: HTMLElement, doc: Document): void {
  const selection = doc.getSelection();
  const rect = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).getBoundingClientRect() : undefined;
  const view = doc.defaultView;
  const left = Math.max(8, Math.min(rect?.left ?? 8, (view?.innerWidth ?? 400) - 360));
  host.style.setProperty('top', `${(rect?.bottom ?? 8) + 6}px`);
  host.style.setProperty('left', `${left}px`);
  host.style.setProperty('visibility', 'visible');
}

/** What the background's matcher says `text` refers to (undefined: nothing in the story, or no answer). */
export type JudgeSelection = (text: string) => Promise<Mention | undefined>;

export async function lookUp(
  doc: Document,
  text: string,
  judge: JudgeSelection,
  data: CardData,
  theme: 'auto' | 'light' | 'dark' = 'auto',
): Promise<'shown' | 'not-found'> {
  closeLookUp();
  const found = await judge(text);
  const mention = found && (await data.load(found.entry)) ? found : undefined;
  closeLookUp();
  const host = createCardHost(doc, theme);
  const stop = new AbortController();
  open = { host, stop };
  if (mention) {
    const site = doc.location?.hostname ?? '';
    const env = {
      data,
      actions: settingsActions(site),
      site,
    };
    host.render(<MentionCard mention={mention} env={env} onClose={closeLookUp} autoFocus />);
  } else {
    host.render(
      <div class="card" role="dialog" aria-label={t('lookUpNotFoundTitle')} tabIndex={-1}>
        <p>{t('lookUpNotFound', text.length > 80 ? `${text.slice(0, 79)}…` : text)}</p>
        <button type="button" class="close" onClick={closeLookUp}>
          {t('lookUpClose')}
        </button>
      </div>,
    );
  }
  place(host.host, doc);
  doc.addEventListener('keydown', (event) => event.key === 'Escape' && closeLookUp(), {
    signal: stop.signal,
    capture: true,
  });
  doc.addEventListener('mousedown', (event) => !event.composedPath().includes(host.host) && closeLookUp(), {
    signal: stop.signal,
    capture: true,
  });
  return mention ? 'shown' : 'not-found';
}
