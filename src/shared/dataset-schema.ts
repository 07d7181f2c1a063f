/**
 * The story dataset's schema: defined once here (valibot); the TypeScript types come from it.
 * The dataset builder (build/dataset/) validates its own output against it, and the content
 * script trusts the bundled, already-validated JSON (no schema code on the page's hot path).
 */
import * as v from 'valibot';

export const DATASET_VERSION = 1;

const slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug'));
const nonEmpty = v.pipe(v.string(), v.minLength(1));

export const ArticleSchema = v.object({
  id: slug,
  publisher: nonEmpty,
  /** ISO date, YYYY-MM-DD. */
  published: v.pipe(v.string(), v.isoDate()),
  url: v.pipe(v.string(), v.url()),
  title: nonEmpty,
});

/** A verbatim slice of an article: `text === articleText.slice(start, end)` (UTF-16 offsets). */
export const QuoteSchema = v.object({
  article: slug,
  text: nonEmpty,
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

export const QualifierSchema = v.picklist([
  'exact',
  'more-than',
  'over',
  'at-least',
  'nearly',
  'almost',
  'about',
  'fewer-than',
  'dozens',
  'hundreds',
  'thousands',
  'tens-of-thousands',
]);

export const FactSchema = v.object({
  /** One-line statement of the fact, using only what the quote says. */
  statement: nonEmpty,
  quote: QuoteSchema,
  /** For quantity facts: the number as the quote states it, and its qualifier. */
  value: v.optional(v.number()),
  qualifier: v.optional(QualifierSchema),
  /** What is counted, as the quote words it ("Democratic senators", "adults and children"). */
  counted: v.optional(v.string()),
});

/** A version of the entry's fact that differs between sources ("146" vs "more than 140"). */
export const DiscrepancySchema = v.object({
  /** The claim as that source words it, e.g. "more than 140 members of Congress". */
  claim: nonEmpty,
  value: v.optional(v.number()),
  qualifier: v.optional(QualifierSchema),
  quote: QuoteSchema,
});

export const EntryKindSchema = v.picklist(['quantity', 'acronym', 'organization', 'person', 'place', 'event']);

/**
 * Who, when and to whom a quantity's event happened, read by the dataset builder from the
 * entry's quotes (build/dataset/attributes.ts): a page stating another party, month or addressee
 * around the same figure tells of another event ("22 GOP senators", "a 2013 letter").
 */
export const EventAttributesSchema = v.object({
  /** Party of the counted people ("democratic"), if the quotes name one. */
  party: v.optional(v.string()),
  /** Months of the event as YYYY-MM (the publication months of the articles quoted). */
  months: v.optional(v.array(v.string())),
  /** Whom a letter was addressed to ("president"), if the quotes say. */
  addressee: v.optional(v.string()),
});

/**
 * Forms of a name that pages use and the articles do not (another language's: "Servicio de
 * Inmigración y Control de Aduanas" for ICE), from the pack's curation: matched like the entry's
 * names, never quoted. Optional, so datasets without them stay valid.
 */
const aliases = v.optional(v.array(nonEmpty));

/** What the matcher needs for each kind of entry. Every string is as it appears in text. */
export const QuantityMatchSchema = v.object({
  type: v.literal('quantity'),
  /** The fact's value (146) and the qualifier under which the main sources give it. */
  value: v.number(),
  /** Count nouns of the fact's class, lowercase singular or plural ("senators", "senate democrats"). */
  counted: v.array(nonEmpty),
  /** Terms that must appear near the number or on the page for the story's sense. */
  context: v.array(nonEmpty),
  attributes: v.optional(EventAttributesSchema),
});
export const AcronymMatchSchema = v.object({
  type: v.literal('acronym'),
  /** Case-sensitive, whole word ("TPS"); may be empty for an organisation without one. */
  acronyms: v.array(nonEmpty),
  /** Expansions and names, matched case-insensitively on word boundaries. */
  names: v.array(nonEmpty),
  aliases,
  /**
   * Names derived from `names` by rule, as copy also writes them ("Homeland Security Department",
   * "Immigration & Customs Enforcement"): matched like `names`. Optional: added later.
   */
  derivedNames: v.optional(v.array(nonEmpty)),
  /**
   * Loose forms derived from the names (shortened, one word misspelt: "Immigration and Custom
   * Enforcement"), matched only where the story is around them. Optional: added later.
   */
  variants: v.optional(v.array(nonEmpty)),
  context: v.array(nonEmpty),
});
export const PersonMatchSchema = v.object({
  type: v.literal('person'),
  fullNames: v.array(nonEmpty),
  /** Matched alone only after a full name or title + surname earlier on the same page. */
  surname: nonEmpty,
  /** Titles that may precede the surname ("Secretary", "Sen."). */
  titles: v.array(nonEmpty),
  aliases,
  context: v.array(nonEmpty),
});
export const NameMatchSchema = v.object({
  type: v.literal('name'),
  names: v.array(nonEmpty),
  aliases,
  context: v.array(nonEmpty),
});
export const MatchRuleSchema = v.variant('type', [
  QuantityMatchSchema,
  AcronymMatchSchema,
  PersonMatchSchema,
  NameMatchSchema,
]);

/**
 * How central an entry is to the story, from the builder (build/dataset/salience.ts): `score`
 * 0..1 from its facts, the articles naming it and whether its mentions are about the story;
 * `generic` entries (the country the story happens in, a newspaper only cited as a source, a
 * senator's home state) are not highlighted unless the reader asks for them. Optional: added later.
 */
export const SalienceSchema = v.object({
  score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  generic: v.boolean(),
  /** Why the entry is generic, for review ("home state: of Vermont in 3 of 3 mentions"). */
  why: v.optional(v.string()),
});

export const EntrySchema = v.object({
  id: slug,
  kind: EntryKindSchema,
  label: nonEmpty,
  summary: nonEmpty,
  /** Person's role or title as the articles give it; organisation's expansion; etc. */
  role: v.optional(v.string()),
  match: MatchRuleSchema,
  facts: v.pipe(v.array(FactSchema), v.minLength(1, 'every entry needs at least one quoted fact')),
  discrepancies: v.array(DiscrepancySchema),
  related: v.array(slug),
  salience: v.optional(SalienceSchema),
});

export const DatasetSchema = v.object({
  version: v.literal(DATASET_VERSION),
  story: v.object({ title: nonEmpty }),
  /** Terms whose presence on a page supports the story's sense (deportation, raids, Obama…). */
  storyTerms: v.array(nonEmpty),
  articles: v.array(ArticleSchema),
  entries: v.array(EntrySchema),
});

export type Article = v.InferOutput<typeof ArticleSchema>;
export type Quote = v.InferOutput<typeof QuoteSchema>;
export type Qualifier = v.InferOutput<typeof QualifierSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type Discrepancy = v.InferOutput<typeof DiscrepancySchema>;
export type EntryKind = v.InferOutput<typeof EntryKindSchema>;
export type MatchRule = v.InferOutput<typeof MatchRuleSchema>;
export type Entry = v.InferOutput<typeof EntrySchema>;
export type Salience = v.InferOutput<typeof SalienceSchema>;
export type EventAttributes = v.InferOutput<typeof EventAttributesSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;

/** Categories live in category.ts (no schema code, so the content script can import them cheaply). */
export { categoryOf, type Category } from './category.ts';

/** What the matcher reads of a dataset (src/matcher/compile.ts); any fuller dataset will do. */
export interface MatcherDataset {
  storyTerms: readonly string[];
  articles: readonly Pick<Article, 'published'>[];
  entries: readonly (Pick<Entry, 'id' | 'kind' | 'match' | 'salience'> & {
    facts: readonly Pick<Fact, 'value' | 'qualifier'>[];
  })[];
}

/**
 * The dataset as the content script bundles it (build/content-dataset.ts): what the matcher and the
 * card read, without the fields only the build and the checks use (quote end offsets, the counted
 * phrase of a fact, version, story title). Code that reads a dropped field does not compile.
 */
export type CardQuote = Omit<Quote, 'end'>;
export type CardFact = Omit<Fact, 'counted' | 'quote'> & { quote: CardQuote };
export type CardDiscrepancy = Omit<Discrepancy, 'quote'> & { quote: CardQuote };
export type CardEntry = Omit<Entry, 'facts' | 'discrepancies'> & {
  facts: CardFact[];
  discrepancies: CardDiscrepancy[];
};
export interface ContentDataset {
  storyTerms: string[];
  articles: Article[];
  entries: CardEntry[];
}

/** The content script's share of a dataset. */
export function toContentDataset({ storyTerms, articles, entries }: Dataset): ContentDataset {
  const quote = ({ article, text, start }: Quote): CardQuote => ({ article, text, start });
  return {
    storyTerms,
    articles,
    entries: entries.map((entry) => ({
      ...entry,
      facts: entry.facts.map(({ counted: _counted, ...fact }) => ({ ...fact, quote: quote(fact.quote) })),
      discrepancies: entry.discrepancies.map((discrepancy) => ({ ...discrepancy, quote: quote(discrepancy.quote) })),
    })),
  };
}
