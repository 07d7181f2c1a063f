/**
 * Content script composition root: read settings, compile the matcher once, scan the page, mark
 * what it mentions, and tear everything down through one AbortSignal when turned off.
 */
import { compileMatcher } from '../matcher/index.ts';
import type { Mention } from '../matcher/types.ts';
import { callBackground, serve, type ContentApi, type MentionSummary } from '../shared/messages.ts';
import { loadSettings, onSettingsChanged, type Settings } from '../shared/settings.ts';
import { categoryOf } from '../shared/dataset-schema.ts';
import { startCardController } from './card/controller.tsx';
import { dataset, entryById } from './dataset.ts';
import { unmarkAll } from './highlighter.ts';
import { scanSubtree } from './scan.ts';

const matcher = compileMatcher(dataset);

function isActive(settings: Settings, host: string): boolean {
  if (!settings.enabled || settings.pausedUntil > Date.now()) return false;
  if (settings.siteMode === 'allow') return settings.allowedSites.includes(host);
  return !settings.deniedSites.includes(host);
}

function acceptFor(settings: Settings, host: string) {
  const hiddenHere = new Set([...settings.hiddenEntries, ...(settings.siteHiddenEntries[host] ?? [])]);
  return (mention: Mention) => {
    const entry = entryById(mention.entry);
    return !!entry && !hiddenHere.has(entry.id) && settings.categories[categoryOf(entry.kind)];
  };
}

let mentionsByMark = new WeakMap<HTMLElement, Mention>();
let found: Mention[] = [];

function summarize(mentions: Mention[]): MentionSummary[] {
  const counts = new Map<string, number>();
  for (const mention of mentions) counts.set(mention.entry, (counts.get(mention.entry) ?? 0) + 1);
  return [...counts].map(([entry, count]) => ({ entry, count }));
}

function run(settings: Settings, signal: AbortSignal): void {
  const doc = document;
  const host = location.hostname;
  if (doc.body && isActive(settings, host)) {
    const result = scanSubtree(doc.body, matcher, matcher.newPage(), {
      sensitivity: settings.sensitivity,
      accept: acceptFor(settings, host),
      decorate(element, mention, first) {
        mentionsByMark.set(element, mention);
        element.dataset.entry = mention.entry;
        if (first) element.tabIndex = 0;
      },
    });
    found = result.mentions;
    startCardController(doc, (mark) => mentionsByMark.get(mark), signal, settings.cardDelayMs);
  }
  doc.documentElement.dataset.backstoryState = 'ready';
  if (window === window.top) callBackground('reportMentions', summarize(found)).catch(() => {});
  signal.addEventListener('abort', () => {
    if (doc.body) unmarkAll(doc.body);
    mentionsByMark = new WeakMap();
    found = [];
  }, { once: true });
}

async function main(): Promise<void> {
  let controller = new AbortController();
  serve<ContentApi>({
    getMentions: () => summarize(found),
    revealMention: () => 0,
  });
  run(await loadSettings(), controller.signal);
  onSettingsChanged((settings) => {
    controller.abort();
    controller = new AbortController();
    run(settings, controller.signal);
  }, new AbortController().signal);
}

if (document.documentElement instanceof HTMLElement) void main();
