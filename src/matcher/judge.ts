/**
 * Decides, for each candidate, whether it is the story's sense: vetoes first (another sense is
 * certain), then a confidence from a base per form plus evidence from a window around it and from
 * the page, compared with the sensitivity's threshold. Each accepted candidate gets a reason.
 *
 * Find-order rule for bare surnames: a surname alone is accepted only if the entry's full name (or
 * title + surname) was accepted earlier in this block or in an earlier `find` call on the same page.
 * The content script calls `find` block by block in document order, so "earlier in find order"
 * is "earlier on the page", and matching a whole text gives the same result as matching its blocks.
 */
import type { Compiled } from './compile.ts';
import type { PageState } from './page.ts';
import type { Candidate, Scan } from './scan.ts';
import type { Tokens } from './tokenize.ts';
import type { Meter } from './trie.ts';
import type { Sensitivity } from './types.ts';
import { partOfOtherName, qualifiedByOther } from './org-support.ts';
import { acceptedOthers, formallyAddressed, formallyTitled, otherPeopleNamed } from './person-support.ts';
import { senseChecks } from './senses.ts';
import { insideAddress } from './url.ts';
import { assessQuantity, pageScore, windowScore, type Verdict } from './judge-quantity.ts';
import { otherEventChecks } from './other-event.ts';
import { StoryFacts } from './story-facts.ts';
import { coNamedChecks } from './co-named.ts';
import { supportTerms } from './support-terms.ts';
import { entriesSeenFor, restatement } from './page-support.ts';
import type { FigureDifference } from './types.ts';

export const THRESHOLDS: Readonly<Record<Sensitivity, number>> = { strict: 0.75, balanced: 0.6, generous: 0.45 };
/** Tokens on each side of a candidate that count as its surroundings (never across a line). */
const WINDOW = 25;
/**
 * Distinct story terms (by head) a page must name to count as about the story when nothing near
 * a candidate does. Two is too few: "Obama" and "immigration" are on many unrelated pages.
 */
const PAGE_ABOUT_STORY = 3;

export interface Judged {
  candidate: Candidate;
  confidence: number;
  reason: string;
  /** Quantities whose figure is not one the sources state (see figures.ts). */
  differs?: FigureDifference;
}

export interface JudgeInput {
  compiled: Compiled;
  tokens: Tokens;
  text: string;
  scan: Scan;
  page: PageState;
  thresholds: { names: number; numbers: number };
  /** Judge generic entries too (FindOptions.showGeneric); otherwise they are never mentions. */
  showGeneric: boolean;
  meter: Meter;
  /** Told of candidates turned down for a reason worth printing (other-event.ts, weak tallies). */
  onRejected?: (candidate: Candidate, reason: string) => void;
}

export function judge(input: JudgeInput): Judged[] {
  const { compiled: c, tokens: t, scan, page, meter } = input;
  const { isShouted, organisationCue, hasOtherSense, isOtherPerson, isNamesake, hasForeignYear } = senseChecks(
    c,
    t,
    scan,
    meter,
  );
  const { otherEvent } = otherEventChecks(c, t, scan.years);
  /** Why the last `assess` turned its candidate down, when that is worth telling. */
  let rejection: string | undefined;
  const reject = (why: string): undefined => {
    rejection = why;
    return undefined;
  };
  const candidates = [...scan.candidates].sort((a, b) => a.first - b.first || b.last - a.last);
  const out: Judged[] = [];
  const facts = new StoryFacts(t, WINDOW);
  const { namedBeside } = coNamedChecks(c, t, input.text, candidates);
  const { pageLabelsOf, windowTerms, distinctLabels } = supportTerms(c, t, scan, page, meter, WINDOW);
  const spanText = (first: number, last: number): string => input.text.slice(t.start[first], t.end[last]);
  const quantityChecks = { t, page, spanText, hasForeignYear, otherEvent };

  let fullNameEnds: Set<string> | undefined;
  /** Shouted acronyms waiting for a story figure later on their line ("ICE DETIENE A 121 INMIGRANTES"). */
  const shouted: Candidate[] = [];
  /** Another event's figures ("22 state senators") are told to the page as find order reaches them. */
  let foreignSeen = 0;
  const foreignBefore = (at: number): void => {
    for (const f = scan.foreignFigures; foreignSeen < f.length && f[foreignSeen]!.at < at; foreignSeen++) {
      page.figureOwners.set(f[foreignSeen]!.value, false);
    }
  };
  for (const cand of candidates) judgeOne(cand, false);
  foreignBefore(t.count);
  for (const cand of shouted) if (facts.near(cand, true)) judgeOne(cand, true);
  if (shouted.length > 0) out.sort((a, b) => a.candidate.first - b.candidate.first);
  return out;

  function judgeOne(cand: Candidate, shoutedOk: boolean): void {
    foreignBefore(cand.first);
    if (insideAddress(input.text, t.start[cand.first]!, t.end[cand.last]!)) return;
    if (c.entries[cand.entry]!.generic && !input.showGeneric) return;
    if (
      cand.form === 'surname' &&
      isNamesake(cand) &&
      !formallyTitled(t, cand.first) &&
      !inFullName(cand) &&
      !byline(cand)
    ) {
      page.namesakes.add(cand.entry);
    }
    const pageLabels = [...pageLabelsOf(cand), ...entriesSeenFor(c, page, cand)];
    const p = pageLabels.length;
    const nearbyIds = windowTerms(cand);
    const nearby = distinctLabels(nearbyIds);
    const restated = cand.form === 'quantity' ? restatement(c, page, cand) : undefined;
    if (restated) nearby.push(restated);
    const w = nearby.length;
    // Names nearby ("Obama", "ICE") say less about the topic than topical words ("deportation").
    const entities = new Set(nearbyIds.filter((id) => c.entityTerms.has(id)).map((id) => c.terms[id]!.head));
    // Mentions of other entries accepted just before, on the same line, are evidence too.
    // (At most 2 × WINDOW of them: a shouted acronym judged last has the whole block's mentions after it.)
    for (
      let k = out.length - 1, n = 0;
      k >= 0 && n < 2 * WINDOW && out[k]!.candidate.last >= cand.first - WINDOW;
      k--, n++
    ) {
      const other = out[k]!.candidate;
      if (other.entry !== cand.entry && t.line[other.first] === t.line[cand.first])
        entities.add(`entry:${other.entry}`);
    }
    // A story figure accepted just before on the line says the line is the story's.
    const fact = shoutedOk || facts.near(cand);
    // A figure alone ("the exact number was 121") is the story's only as a restatement, with the
    // story right beside it: never the first the page says of that fact.
    if (cand.quantity?.bare && !(page.entriesSeen.has(cand.entry) && (nearbyIds.length > 0 || fact))) return;
    const topical = fact || !!restated || nearbyIds.some((id) => !c.entityTerms.has(id)) || entities.size >= 2;
    rejection = undefined;
    const pageSupport = fact ? Math.max(p, PAGE_ABOUT_STORY) : p;
    const verdict = assess(cand, w, pageSupport, topical, shoutedOk);
    if (!verdict) {
      if (rejection) input.onRejected?.(cand, rejection);
      return;
    }
    const confidence = Math.round(Math.min(1, verdict.score) * 100) / 100;
    const threshold = cand.form === 'quantity' ? input.thresholds.numbers : input.thresholds.names;
    if (confidence < threshold) {
      input.onRejected?.(cand, `${verdict.why}: confidence ${confidence} below ${threshold}`);
      return;
    }
    const evidence =
      w > 0
        ? `nearby: ${nearby.slice(0, 3).join(', ')}`
        : p > 0
          ? `page mentions ${pageLabels.slice(0, 3).join(', ')}`
          : 'no story context';
    out.push({
      candidate: cand,
      confidence,
      reason: `${verdict.why}; ${evidence}`,
      ...(verdict.differs ? { differs: verdict.differs } : {}),
    });
    facts.add(cand);
    if (cand.quantity) page.figureOwners.set(cand.quantity.stated, true);
    // Only what the story itself supported, so that weaker evidence (a title, other people named
    // beside it) cannot make a page about the story for everything after it.
    if (!c.entries[cand.entry]!.generic && (topical || pageSupport >= PAGE_ABOUT_STORY))
      page.entriesSeen.add(cand.entry);
    if (cand.form === 'fullName' || cand.form === 'titleSurname') {
      page.peopleSeen.set(
        cand.entry,
        cand.form === 'fullName' ? spanText(cand.first, cand.last) : `title + ${spanText(cand.first, cand.last)}`,
      );
    }
  }

  /** "By KATHERINE JOHNSON": the page's author, who is rarely whom it is about. */
  function byline(cand: Candidate): boolean {
    return t.lower[cand.first - 2] === 'by';
  }

  /** The surname of one of the entry's own full names ("Jeh Charles Johnson"), not a namesake's. */
  function inFullName(cand: Candidate): boolean {
    // A surname ends the full name it is part of. Made once per block: a block may hold many.
    fullNameEnds ??= new Set(scan.candidates.filter((o) => o.form === 'fullName').map((o) => `${o.entry} ${o.last}`));
    return fullNameEnds.has(`${cand.entry} ${cand.last}`);
  }

  /**
   * Support: story terms in the window (w) or on the page (p), the entry's own names excluded.
   * Every form needs some: a topical term nearby, or a page naming several of the story's terms.
   */
  function assess(cand: Candidate, w: number, p: number, topical: boolean, shoutedOk: boolean): Verdict | undefined {
    const supported = topical || p >= PAGE_ABOUT_STORY;
    const entry = c.entries[cand.entry]!;
    const text = spanText(cand.first, cand.last);
    const context = windowScore(w) + pageScore(p);
    switch (cand.form) {
      case 'acronym': {
        // Another story entity named beside it ("Jeh Johnson, who led DHS") says its sense.
        const cue = organisationCue(cand) ?? (supported ? undefined : namedBeside(cand));
        if (page.vetoed.has(cand.entry) || (!supported && !cue) || hasOtherSense(cand)) return undefined;
        // In a shouted heading an acronym could be any word, unless the heading itself is the
        // story ("ICE DETAINS 121 MOTHERS … IN HOLIDAY RAIDS ON CENTRAL AMERICAN FAMILIES") or a
        // story figure follows on its line (judged again then, see `shouted`).
        if (!shoutedOk && isShouted(cand) && !(topical && w >= 2)) {
          shouted.push(cand);
          return undefined;
        }
        const defined = page.defined.has(cand.entry);
        const why = defined ? `${text}, defined on this page` : cue ? `${text} + ${cue}` : text;
        return { score: 0.45 + context + (defined ? 0.2 : 0) + (cue ? 0.15 : 0), why };
      }
      case 'name': {
        const item = cand.item!;
        const lowercase = item.capitalised && text === text.toLowerCase();
        // A lowercase "the hill" or "homeland security" needs support right next to it.
        if (lowercase && w === 0) return undefined;
        const place = entry.kind === 'place';
        const dated = place || entry.kind === 'event';
        // "Homeland Security Secretary": an agency's expansion takes the cues its acronym takes. Not
        // names without an acronym: "White House press secretary" is on every political page.
        // An agency's whole official name ("Immigration and Customs Enforcement") is that agency on
        // any page, as its acronym is with a cue: it keeps its identity on pages about other events.
        const official = entry.kind === 'acronym' && !lowercase && !item.loose && !item.alias && item.words >= 3;
        const cue =
          entry.kind === 'acronym' && !lowercase
            ? (organisationCue(cand) ?? (supported ? undefined : namedBeside(cand)))
            : undefined;
        // A loose form needs the story around it, and is another body's name when a capitalised
        // qualifier comes first ("Georgia Legislative Hispanic Caucus"). A long form with one word
        // misspelt ("Immigration and Custom Enforcement") is still that agency beside a cue or
        // on a page with some story term; a shortened one ("Hispanic Caucus") needs more.
        const looseSupport = supported || (item.words >= 3 && (!!cue || p > 0));
        if (item.loose && (!looseSupport || qualifiedByOther(t, cand.first))) return undefined;
        if (entry.kind !== 'place' && entry.kind !== 'person' && partOfOtherName(t, cand.first, cand.last))
          return undefined;
        // Places are named everywhere: only the story's surroundings make them the story's.
        if (
          // A place the salience calls the story's own (where the raids were, where the families
          // fled) is judged like any name; other places need the story both nearby and on the page.
          (place && !entry.specific
            ? !topical || p < PAGE_ABOUT_STORY
            : !supported && !cue && !official && !item.loose) ||
          (dated && hasForeignYear(cand))
        )
          return undefined;
        const base = place
          ? item.words === 1
            ? 0.35
            : 0.45
          : item.words === 1
            ? 0.4
            : Math.min(0.75, 0.5 + 0.1 * (item.words - 1));
        const why = cue ? `“${item.label}” + ${cue}` : `“${item.label}”`;
        return { score: base - (lowercase ? 0.15 : 0) + context + (cue ? 0.15 : 0), why };
      }
      case 'fullName': {
        // A lowercase full name ("filed under: bernie sanders") needs the story right beside it.
        const lowercase = text === text.toLowerCase();
        const titled = formallyTitled(t, cand.first);
        const others = w + p > 0 ? otherPeopleNamed(c, t, scan, cand) : 0;
        const weakly =
          w + p > 0 &&
          (acceptedOthers(page, cand) >= 2 || (titled && others >= 1) || (p >= 2 && formallyAddressed(t, cand.first)));
        // Named again in full: the first acceptance already carried the story's support.
        const again = page.peopleSeen.get(cand.entry);
        const beside = supported || weakly || again ? undefined : namedBeside(cand);
        if (!(supported || weakly || again || beside) || (lowercase && w === 0)) return undefined;
        const why = beside
          ? `full name ${text} + ${beside}`
          : !supported && !weakly && again
            ? `full name ${text} after ${again} earlier on the page`
            : `full name ${text}`;
        return { score: 0.65 - (lowercase ? 0.15 : 0) + context, why };
      }
      case 'titleSurname': {
        const again = page.peopleSeen.get(cand.entry);
        if (!supported && !again) return undefined;
        return {
          score: (supported ? 0.55 : 0.6) + context,
          why: supported ? `title + ${text}` : `title + ${text} after ${again} earlier on the page`,
        };
      }
      case 'surname': {
        const seen = page.peopleSeen.get(cand.entry);
        // The full name accepted earlier already carried the story's support.
        // Another person of that surname named earlier ("Sarah Sanders") makes a bare one ambiguous.
        if (!seen || isOtherPerson(cand) || page.namesakes.has(cand.entry)) return undefined;
        return { score: 0.6 + context, why: `${text} after ${seen} earlier on the page` };
      }
      case 'quantity': {
        const verdict = assessQuantity(quantityChecks, entry, cand, { w, p, topical, supported });
        return verdict && 'rejected' in verdict ? reject(verdict.rejected) : verdict;
      }
    }
  }
}
