/**
 * Content script composition root: read settings, compile the matcher once, start highlighting
 * this document (engine.ts), and tear everything down through one AbortSignal when turned off,
 * when settings change (then start again), or when the extension that injected us goes away.
 */
import { compileMatcher } from '../matcher/index.ts';
import type { Mention } from '../matcher/types.ts';
import { browser } from '../shared/browser.ts';
import { callBackground, serve, type ContentApi, type MentionSummary } from '../shared/messages.ts';
import { loadSettings, onSettingsChanged, type Settings } from '../shared/settings.ts';
import { categoryOf } from '../shared/category.ts';
import { decorateFirstMark, startCardController } from './card/index.ts';
import { dataset, entryById } from './dataset.ts';
import { startEngine, type Engine } from './engine.ts';
import { revealMention } from './reveal.ts';
import { lookUp } from './lookup.tsx';
import { hiddenOn, isOnHere, settingsChange } from './settings-change.ts';

const matcher = compileMatcher(dataset);
const relevant = (text: string) => matcher.mayMatch(text);

function acceptFor(settings: Settings, host: string) {
  const hiddenHere = hiddenOn(settings, host);
  return (mention: Mention) => {
    const entry = entryById(mention.entry);
    return !!entry && !hiddenHere.has(entry.id) && settings.categories[categoryOf(entry.kind)];
  };
}

/** The extension that injected us still exists (after a reload or update, runtime.id is gone). */
function isAlive(): boolean {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
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

function report(mentions: Mention[]): void {
  if (window === window.top && isAlive()) callBackground('reportMentions', summarize(mentions)).catch(() => {});
}

function run(settings: Settings, signal: AbortSignal, orphaned: () => void): void {
  const doc = document;
  const host = location.hostname;
  if (!doc.body || !isOnHere(settings, host, Date.now())) {
    doc.documentElement.dataset.backstoryState = 'ready';
    report([]);
    return;
  }
  engine = startEngine({
    doc,
    matcher,
    relevant,
    sensitivity: settings.sensitivity,
    accept: acceptFor(settings, host),
    category: (mention) => categoryOf(entryById(mention.entry)!.kind),
    look: { highlightStyle: settings.highlightStyle, colors: settings.colors },
    decorate(element, mention, first) {
      mentionsByMark.set(element, mention);
      element.dataset.entry = mention.entry;
      if (first) decorateFirstMark(element, mention);
    },
    isAlive,
    onPass: report,
    onOrphaned: orphaned,
  }, signal);
  let card = new AbortController();
  startCardController(doc, (mark) => mentionsByMark.get(mark), card.signal, settings);
  restartCard = (next) => {
    card.abort();
    card = new AbortController();
    startCardController(doc, (mark) => mentionsByMark.get(mark), card.signal, next);
  };
  signal.addEventListener('abort', () => {
    card.abort();
    mentionsByMark = new WeakMap();
    engine = undefined;
    restartCard = undefined;
  }, { once: true });
}

async function main(): Promise<void> {
  const lifetime = new AbortController();
  let controller = new AbortController();
  const orphaned = () => {
    controller.abort();
    lifetime.abort();
  };
  serve<ContentApi>({
    getMentions: () => summarize(engine?.mentions() ?? []),
    revealMention: async ([entry]) => {
      await engine?.drawWaiting((mention) => mention.entry === entry);
      return revealMention(document, entry, (mark) => mentionsByMark.get(mark));
    },
    lookUp: ([text]) => lookUp(document, text, matcher),
  }, lifetime.signal);
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
