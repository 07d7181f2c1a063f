/**
 * The one matcher per browser (docs/adr/0007): the dataset and the compiled matcher live here,
 * compiled when the background starts, and answer the content scripts of every tab and frame.
 * Stateless between requests: the page's evidence travels with each request, so a service worker
 * stopped when idle and started again answers the next request exactly as before.
 */
import rawDataset from '../../data/dataset.json';
import { compileMatcher } from '../matcher/index.ts';
import type { Mention, PageEvidence } from '../matcher/types.ts';
import { categoryOf } from '../shared/category.ts';
import type { Dataset, Entry } from '../shared/dataset-schema.ts';
import type { CardBundle, EntryLook, MatchReply, MatchRequest } from '../shared/messages.ts';

const dataset = rawDataset as unknown as Dataset;
const matcher = compileMatcher(dataset);
const entries = new Map(dataset.entries.map((entry) => [entry.id, entry]));
const articles = new Map(dataset.articles.map((article) => [article.id, article]));

function lookOf(entry: Entry): EntryLook {
  return { label: entry.label, category: categoryOf(entry.kind) };
}

/** Observes every block first (a mention early on may need evidence found further down), then finds in each. */
export function matchBlocks({ texts, evidence, options }: MatchRequest): MatchReply {
  const page = evidence ? matcher.pageFrom(evidence) : matcher.newPage();
  for (const text of texts) matcher.observe(page, text);
  const found: [number, Mention[]][] = [];
  const looks: Record<string, EntryLook> = {};
  texts.forEach((text, index) => {
    const mentions = matcher.find(text, page, options);
    if (mentions.length === 0) return;
    found.push([index, mentions]);
    for (const { entry } of mentions) {
      const known = entries.get(entry);
      if (known) looks[entry] = lookOf(known);
    }
  });
  return { evidence: matcher.evidenceOf(page), found, entries: looks };
}

export function cardData(id: string): CardBundle | undefined {
  const entry = entries.get(id);
  if (!entry) return undefined;
  const shown = [entry, ...entry.related.map((related) => entries.get(related)).filter((e): e is Entry => !!e)];
  const cited = new Set(
    shown.flatMap((e) => [...e.facts.map((f) => f.quote.article), ...e.discrepancies.map((d) => d.quote.article)]),
  );
  return {
    entries: shown,
    articles: [...cited].map((article) => articles.get(article)).filter((a) => a !== undefined),
  };
}

export function lookUpText(
  text: string,
  evidence: PageEvidence | undefined,
): { mention: Mention; look: EntryLook } | undefined {
  const page = evidence ? matcher.pageFrom(evidence) : matcher.newPage();
  const mention = matcher.find(text, page, { sensitivity: 'generous' }).find((found) => entries.has(found.entry));
  return mention && { mention, look: lookOf(entries.get(mention.entry)!) };
}
