/**
 * Content script composition root: read settings, start highlighting this document (engine.ts)
 * with the background's matcher (docs/adr/0007: this script bundles no dataset and compiles no
 * matcher), and tear everything down through one AbortSignal when turned off, when settings change
 * (then start again), or when the extension that injected us goes away.
 */
import type { Mention } from '../matcher/types.ts';
import { browser } from '../shared/browser.ts';
import { callBackground, serve, type ContentApi, type MentionSummary } from '../shared/messages.ts';
import { loadSettings, onSettingsChanged, type Settings } from '../shared/settings.ts';
import { cardEnv, decorateFirstMark, startCardController } from './card/index.ts';
import { preloadWhenIdle, viewFromExtension } from './card/view-loader.ts';
import type { CardRequest } from './card/types.ts';
import { CardDataCache } from './card-data.ts';
import { startEngine, type Engine } from './engine.ts';
import { askTwice, MatchSession } from './match-client.ts';
import { markReady } from './readiness.ts';
import { hiddenOn, isOnHere, settingsChange } from './settings-change.ts';
import { mayMatter } from './trigger.ts';

/** The extension that injected us still exists (after a reload or update, runtime.id is gone). */
function isAlive(): boolean {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
}

const cards = new CardDataCache((entry) => callBackground('cardData', entry), isAlive);
const cardView = viewFromExtension();
let session: MatchSession | undefined;

function acceptFor(settings: Settings, host: string) {
  const hiddenHere = hiddenOn(settings, host);
  return (mention: Mention) => {
    const look = session?.lookOf(mention.entry);
    return !!look && !hiddenHere.has(mention.entry) && settings.categories[look.category];
  };
}

let mentionsByMark = new WeakMap<HTMLElement, Mention>();
let engine: Engine | undefined;
/** Starts the card controller again with new card settings (the marks stay as they are). */
let restartCard: ((settings: Settings) => void) | undefined;

function summarize(mentions: Mention[]): MentionSummary[] {
  const counts = new Map<string, number>();
  for (const mention of mentions) counts.set(mention.entry, (counts.get(mention.entry) ?? 0) + 1);
  return [...counts].map(([entry, count]) => ({ entry, count }));
}

/**
 * Tells the background what the top frame shows (badge, popup). A page where Backstory is on and
 * finds nothing sends nothing (issue 14); `always` reports anyway (turned off here: the toolbar
 * shows the off icon).
 */
let reported = false;

/** A card to render once, off the page, while idle (view-loader.ts): its content must be here. */
function sampleCard(mention: Mention): CardRequest | undefined {
  if (!cards.ready(mention.entry)) return undefined;
  return { mention, env: cardEnv(document, cards, cardView), onClose: () => {} };
}
function report(mentions: Mention[], always = false): void {
  cards.prefetch(mentions.map((mention) => mention.entry));
  const first = mentions[0];
  if (first) preloadWhenIdle(cardView, () => sampleCard(first));
  if (window !== window.top || !isAlive() || (mentions.length === 0 && !reported && !always)) return;
  reported = mentions.length > 0;
  callBackground('reportMentions', summarize(mentions)).catch(() => {});
}

function run(settings: Settings, signal: AbortSignal, orphaned: () => void): void {
  const doc = document;
  const host = location.hostname;
  if (!doc.body || !isOnHere(settings, host, Date.now())) {
    markReady(doc);
    report([], true);
    return;
  }
  const current = new MatchSession(
    (request) => callBackground('match', request),
    {
      sensitivity: settings.sensitivity,
      showGeneric: settings.showGeneric,
      // The page's language is the matcher's hint for blocks whose own words do not tell (Spanish pages).
      lang: doc.documentElement.lang || undefined,
    },
    isAlive,
  );
  session = current;
  engine = startEngine(
    {
      doc,
      match: current.match,
      relevant: mayMatter,
      accept: acceptFor(settings, host),
      category: (mention) => current.lookOf(mention.entry)?.category ?? 'numbers',
      look: { highlightStyle: settings.highlightStyle, colors: settings.colors },
      decorate(element, mention, first) {
        mentionsByMark.set(element, mention);
        element.dataset.entry = mention.entry;
        if (first) decorateFirstMark(element, mention, current.lookOf(mention.entry)?.label);
      },
      isAlive,
      onPass: report,
      onOrphaned: orphaned,
    },
    signal,
  );
  let card = new AbortController();
  startCardController(doc, cards, cardView, (mark) => mentionsByMark.get(mark), card.signal, settings);
  restartCard = (next) => {
    card.abort();
    card = new AbortController();
    startCardController(doc, cards, cardView, (mark) => mentionsByMark.get(mark), card.signal, next);
  };
  signal.addEventListener(
    'abort',
    () => {
      card.abort();
      mentionsByMark = new WeakMap();
      engine = undefined;
      restartCard = undefined;
    },
    { once: true },
  );
}

async function judgeSelection(text: string): Promise<Mention | undefined> {
  const found = await askTwice(() => callBackground('lookUp', text, session?.pageEvidence), isAlive);
  return found?.mention;
}

/** card.js, loaded now if it is not yet; a page that has marks loaded it in idle time already. */
async function loadedView() {
  const view = await cardView.load();
  if (!view) throw new Error('Backstory: the card could not be loaded');
  return view;
}

async function main(): Promise<void> {
  const lifetime = new AbortController();
  let controller = new AbortController();
  const orphaned = () => {
    controller.abort();
    lifetime.abort();
  };
  serve<ContentApi>(
    {
      getMentions: () => ({ host: location.hostname, mentions: summarize(engine?.mentions() ?? []) }),
      revealMention: async ([entry]) => {
        const ofEntry = (mention: Mention) => mention.entry === entry;
        // No mention of it found here, so no mark to show: answer without loading card.js (a page
        // where a pass found mentions has loaded it in idle time; a page without loads nothing).
        if (!engine?.mentions().some(ofEntry)) return { index: 0, total: 0 };
        await engine.drawWaiting(ofEntry);
        return (await loadedView()).revealMention(document, entry, (mark) => mentionsByMark.get(mark));
      },
      lookUp: async ([text]) => (await loadedView()).lookUp(document, text, judgeSelection, cards),
    },
    lifetime.signal,
  );
  let current = await loadSettings();
  run(current, controller.signal, orphaned);
  onSettingsChanged((settings) => {
    const host = location.hostname;
    const change = settingsChange(current, settings, host, Date.now());
    current = settings;
    if (change.restart || (!engine && (change.narrow || change.restyle || change.card))) {
      controller.abort();
      controller = new AbortController();
      run(settings, controller.signal, orphaned);
      return;
    }
    if (change.narrow) engine?.narrow(acceptFor(settings, host));
    if (change.restyle) engine?.restyle({ highlightStyle: settings.highlightStyle, colors: settings.colors });
    if (change.card) restartCard?.(settings);
  }, lifetime.signal);
}

if (document.documentElement instanceof HTMLElement) void main();
