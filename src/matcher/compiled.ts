/**
 * What compile.ts produces: the tables one scan needs, built once per dataset (see compile.ts for
 * how). Separate so the scan and the judge can depend on the shape without the compiler.
 */
import type { Entry } from '../shared/dataset-schema.ts';
import type { NounClassInfo, QualifierInfo, QualifierKind } from './lexicon.ts';
import type { TokenTrie } from './trie.ts';
import type { EventAttributes } from '../shared/dataset-schema.ts';
import type { StemOf } from './tokenize.ts';

export type SurfaceForm = 'acronym' | 'name' | 'fullName' | 'surname';

export interface SurfaceItem {
  entry: number;
  form: SurfaceForm;
  /** The acronym as the dataset writes it (acronyms match case-sensitively). */
  exact?: string;
  /** Display form for reasons. */
  label: string;
  words: number;
  /** The dataset writes it with capitals (a lowercase occurrence is weaker). */
  capitalised: boolean;
  /** A loose form (`match.variants`): accepted only where the story is around it. */
  loose?: boolean;
  /**
   * A curated alias (`match.aliases`, another language's form): a translated name is shared with
   * other countries' bodies ("Departamento de Seguridad Nacional" is also Spain's), so unlike the
   * agency's own official name it needs the story or a cue around it.
   */
  alias?: boolean;
}

export interface Term {
  label: string;
  /** Supports the story's sense nearby (story terms, unambiguous names). */
  story: boolean;
  /**
   * Written in capitals ("ICE"): matched case-sensitively, and never page-level evidence, since
   * an acronym alone is too ambiguous to say what a page is about.
   */
  exact: string | undefined;
  /** First stem: "Obama" and "Obama administration" are one piece of evidence, not two. */
  head: string;
}

export interface QuantityFact {
  entry: number;
  value: number;
  /**
   * Set when the articles only ever give the value with a qualifier ("more than a dozen House
   * Democrats"): the value is a bound, and the same qualified claim elsewhere is the same fact.
   */
  claim?: QualifierKind;
}

/** A figure as an entry's sources state it: 146 exact, 12 more-than, 0.5 nearly (half). */
export interface StatedFigure {
  value: number;
  qualifier: QualifierKind;
}

/** A fact that is a share of a group ("nearly half of all Democrats"), see fractions.ts. */
export interface FractionFact {
  entry: number;
  value: number;
  qualifier: QualifierKind;
}

export interface CompiledEntry {
  id: string;
  kind: Entry['kind'];
  index: number;
  rule: Entry['match'];
  /** Context term ids of this entry (beyond the story terms). */
  context: Set<number>;
  /** Person entries: lowercase first names ("jeh"), allowed right before a bare surname. */
  firstNames: Set<string>;
  /** Quantity entries: the classes of what is counted. */
  classes: Set<string>;
  /** Context terms that are this entry's own names (no evidence for the entry itself). */
  selfTerms: Set<number>;
  /** The dataset marks it generic (salience): highlighted only with `showGeneric`. */
  generic: boolean;
  /** The dataset gives a salience and does not mark it generic: a story-specific entry. */
  specific: boolean;
  /** Quantity entries: the figures the sources state (a page's figure may differ). */
  figures?: StatedFigure[];
  /** Quantity entries: who, when and to whom, as the dataset builder read them from the quotes. */
  event?: EventAttributes;
}

export interface Compiled {
  entries: CompiledEntry[];
  surface: TokenTrie<SurfaceItem>;
  /** Reversed title phrases → person entries. */
  titles: TokenTrie<number>;
  context: TokenTrie<number>;
  terms: Term[];
  nouns: TokenTrie<NounClassInfo>;
  /** Chamber phrases that may follow a count noun ("of the Senate") → the class they narrow to. */
  tails: TokenTrie<string>;
  /** Reversed qualifier phrases. */
  qualifiers: TokenTrie<QualifierInfo>;
  /** class → quantity facts sorted by value. */
  quantities: Map<string, QuantityFact[]>;
  /** class → facts that are shares of a group ("nearly half"). */
  fractions: Map<string, FractionFact[]>;
  acronyms: Set<string>;
  storyYears: Set<number>;
  /** Terms that name a place entry (never evidence for another place). */
  placeTerms: Set<number>;
  /** Terms that name any entry ("Obama", "ICE"): weaker than topical terms ("deportation"). */
  entityTerms: Set<number>;
  /** False only for text in which the scan can find nothing at all (see triggers.ts). */
  mayMatch(text: string): boolean;
  /**
   * The one regex `mayMatch` tests. The build copies its source into the content script, which
   * sends the background only the blocks it passes (docs/adr/0007): keep `mayMatch` exactly this test.
   */
  trigger: RegExp;
  /** False only for text that holds no page evidence: no story term, no acronym definition. */
  mayHoldEvidence(text: string): boolean;
  /** A token's stem; words whose stem cannot be a context term's token are left as they are. */
  stemOf: StemOf;
  /** What a word token may start (see word-flags.ts), for tokens stemmed with `stemOf`. */
  wordFlags(lower: string): number;
  /** Places where a phrase may start (global regex), and how far around them to tokenize (regions.ts). */
  triggers: RegExp;
  reach: number;
}
