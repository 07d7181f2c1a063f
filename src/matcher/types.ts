/**
 * The matcher's public contract. The matcher is pure: no DOM, no browser API. It runs in the
 * content script, in Node tests, in the dataset builder and in the `npm run match` CLI.
 */
export type Sensitivity = 'strict' | 'balanced' | 'generous';

export interface Mention {
  /** Offsets into the text given to `find`, in UTF-16 code units; `text === input.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /** Dataset entry id. */
  entry: string;
  /** 0..1; compared against the sensitivity's threshold. */
  confidence: number;
  /** Short human reason the card shows: "22 + senators; page mentions deportation, raids". */
  reason: string;
  /**
   * Quantities only, and only when the page's figure is not one the sources state: "147" or
   * "some 140" or "nearly 150" where the sources say 146. Added with issue 13; optional, so compatible.
   */
  differs?: FigureDifference;
  /** 'es' when the block is Spanish (the card then says the quotes are in English). Absent: English. */
  lang?: 'es';
}

/** A page's figure against the sources': `page` in the page's words ("some 140"), `sources` ("146"). */
export interface FigureDifference {
  page: string;
  sources: string;
}

/** A candidate the matcher turned down, with why (for `npm run -s match -- --rejected`). */
export interface Rejection {
  start: number;
  end: number;
  text: string;
  entry: string;
  reason: string;
}

export interface FindOptions {
  /** Threshold for organisations, acronyms and people; default 'balanced'. */
  sensitivity?: Sensitivity;
  /**
   * Threshold for quantities (numbers are the riskiest to highlight wrongly). Default: the value of
   * `sensitivity` if given, else 'strict'. Added after the first contract; optional, so compatible.
   */
  numberSensitivity?: Sensitivity;
  /**
   * Also highlight entries the dataset marks generic (salience.generic: the country the story
   * happens in, a newspaper only cited as a source, a senator's home state). Default false.
   */
  showGeneric?: boolean;
  /**
   * The page's language (its `lang` attribute, e.g. "es-MX"): a hint, used when the block's own
   * words do not tell. Added with issue 13; optional.
   */
  lang?: string;
  /** Called with each candidate turned down for a reason worth printing (another event, a weak tally). */
  onRejected?: (rejection: Rejection) => void;
}

/**
 * Page-level evidence, accumulated block by block as the content script walks a page:
 * story terms seen, full names seen (so a later bare surname may match), acronyms the page
 * defines differently (vetoed on that page). Opaque to callers.
 */
export interface PageContext {
  readonly kind: 'backstory-page-context';
}

/** A page context's evidence as structured-cloneable data (Matcher.evidenceOf / pageFrom). */
export interface PageEvidence {
  storyTerms: number[];
  vetoed: number[];
  defined: number[];
  peopleSeen: [number, string][];
  entriesSeen: number[];
  namesakes: number[];
  figureOwners: [number, boolean][];
}

export interface Matcher {
  /** A fresh context for one page (document). */
  newPage(): PageContext;
  /** Records a block's page-level evidence without matching (call for every block first). */
  observe(page: PageContext, text: string): void;
  /** Mentions in one block, non-overlapping, sorted by start, judged with the page's evidence. */
  find(text: string, page: PageContext, options?: FindOptions): Mention[];
  /** The page's evidence as plain data, to be handed back to `pageFrom` in a later request. */
  evidenceOf(page: PageContext): PageEvidence;
  /** A page context holding `evidence` (from `evidenceOf` of this same matcher). */
  pageFrom(evidence: PageEvidence): PageContext;
  /** Convenience: observe every block, then find in each (what the content script does). */
  matchBlocks(blocks: readonly string[], options?: FindOptions): Mention[][];
  /**
   * False only for text in which `observe` and `find` can find nothing: no mention and no page
   * evidence. `find`/`observe` apply it themselves; callers use it to skip their own per-block work.
   */
  mayMatch(text: string): boolean;
}
