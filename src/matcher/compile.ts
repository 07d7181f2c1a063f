/**
 * Compiles a dataset once into the tables one scan needs: a surface trie (acronyms, names, full
 * names, surnames of every entry), a stemmed context-term trie, count nouns, qualifiers, titles,
 * and quantity facts indexed by class and value. Nothing here depends on a page.
 */
import type { MatcherDataset } from '../shared/dataset-schema.ts';
import { CHAMBER_TAILS } from './count-nouns.ts';
import { titleForms } from './title-forms.ts';
import { COUNT_NOUNS, QUALIFIERS, type NounClassInfo, type QualifierInfo, type QualifierKind } from './lexicon.ts';
import { dottedForms, triggerKeys } from './dotted-acronyms.ts';
import { withMiddleInitial } from './person-forms.ts';
import { TokenTrie } from './trie.ts';
import { compileStemFilter, memoizedStems } from './stem.ts';
import { BREAK, phraseTokens, type Tokens } from './tokenize.ts';
import { compileEvidenceTest, compileTriggerPattern } from './triggers.ts';
import { compileWordFlags } from './word-flags.ts';
import {
  DATASET_QUALIFIERS,
  addGlossary,
  addSpanishQualifiers,
  addSpanishTitles,
  indexFractions,
  statedFigures,
} from './compile-figures.ts';
import { isFractionWord } from './fractions.ts';
import { isSpanishNumberWord } from './spanish.ts';
import type {
  Compiled,
  CompiledEntry,
  FractionFact,
  QuantityFact,
  SurfaceForm,
  SurfaceItem,
  Term,
} from './compiled.ts';

export type { Compiled, CompiledEntry, QuantityFact, SurfaceForm, SurfaceItem, Term } from './compiled.ts';

/**
 * Token keys of dataset phrases, each phrase tokenized once per compile (most are asked for
 * several times: as a term, a surface form and an entry's own name), fresh arrays every time.
 */
class PhraseKeys {
  private readonly tokens = new Map<string, Tokens>();

  private tokensOf(phrase: string): Tokens {
    let t = this.tokens.get(phrase);
    if (!t) this.tokens.set(phrase, (t = phraseTokens(phrase)));
    return t;
  }

  lower(phrase: string): string[] {
    const t = this.tokensOf(phrase);
    return t.lower.filter((_, i) => t.kind[i] !== BREAK);
  }

  stem(phrase: string): string[] {
    const t = this.tokensOf(phrase);
    return t.stem.filter((_, i) => t.kind[i] !== BREAK);
  }
}
const hasCapital = (s: string): boolean => s !== s.toLowerCase();

/** Words that make what follows a share or a unit, not the thing counted ("percent of immigrants"). */
const NOT_A_HEAD_AFTER = new Set(['of', 'percent', '%', 'per', 'cent']);
/** How pages also write a share: "85 percent of" = "85% of" = "85 per cent of". */
const PERCENT_SPELLINGS = [['percent'], ['%'], ['per', 'cent']];

function nounClassesOf(
  phrases: PhraseKeys,
  nouns: TokenTrie<NounClassInfo>,
  phrase: string,
  entryId: string,
): NounClassInfo {
  const keys = phrases.lower(phrase);
  // "democratic senators" is known through its head noun "senators"; "percent of immigrants"
  // is not "immigrants" (85 percent of them is not 85 of them).
  for (let skip = 0; skip < keys.length && !(skip > 0 && NOT_A_HEAD_AFTER.has(keys[skip - 1]!)); skip++) {
    const known = nouns.get(keys.slice(skip));
    if (known?.[0]) return known[0];
  }
  const own: NounClassInfo = { classes: [`counted:${entryId}`], generic: false };
  if (keys[0] === 'percent') {
    for (const spelling of PERCENT_SPELLINGS) nouns.insert([...spelling, ...keys.slice(1)], own);
  } else {
    nouns.insert(keys, own);
  }
  return own;
}

/** Dataset qualifiers in the matcher's terms; vague amounts ("hundreds") have none. */
const CLAIM_QUALIFIERS = DATASET_QUALIFIERS;

/** The qualifier of an entry's value if no fact states the value exactly ("more than a dozen"). */
function claimQualifier(entry: MatcherDataset['entries'][number], value: number): QualifierKind | undefined {
  const stating = entry.facts.filter((f) => f.value === value);
  if (stating.length === 0 || stating.some((f) => (f.qualifier ?? 'exact') === 'exact')) return undefined;
  return CLAIM_QUALIFIERS[stating[0]!.qualifier!];
}

export function compile(dataset: MatcherDataset): Compiled {
  const phrases = new PhraseKeys();
  const keysOf = (phrase: string): string[] => phrases.lower(phrase);
  const stemKeysOf = (phrase: string): string[] => phrases.stem(phrase);
  const surface = new TokenTrie<SurfaceItem>();
  const titles = new TokenTrie<number>();
  const context = new TokenTrie<number>();
  const nouns = new TokenTrie<NounClassInfo>();
  const tails = new TokenTrie<string>();
  const qualifiers = new TokenTrie<QualifierInfo>();
  const terms: Term[] = [];
  const termIds = new Map<string, number>();
  const quantities = new Map<string, QuantityFact[]>();
  const fractions = new Map<string, FractionFact[]>();
  const acronyms = new Set<string>();

  for (const [noun, info] of Object.entries(COUNT_NOUNS)) nouns.insert(keysOf(noun), info);
  for (const [tail, cls] of CHAMBER_TAILS) tails.insert(keysOf(tail), cls);
  for (const [phrase, info] of Object.entries(QUALIFIERS)) qualifiers.insert(keysOf(phrase).reverse(), info);
  addSpanishQualifiers(keysOf, qualifiers);

  const termId = (label: string, story: boolean): number => {
    const keys = stemKeysOf(label);
    const key = keys.join(' ');
    let id = termIds.get(key);
    if (id === undefined) {
      id = terms.length;
      const caps = label === label.toUpperCase() && label !== label.toLowerCase();
      terms.push({ label, story, exact: caps ? label : undefined, head: keys[0] ?? key });
      termIds.set(key, id);
      context.insert(keys, id);
    } else if (story) {
      terms[id]!.story = true;
    }
    return id;
  };
  for (const term of dataset.storyTerms) termId(term, true);
  // Every term first, so each entry can tell which terms are its own names (see selfTerms).
  for (const entry of dataset.entries) for (const term of entry.match.context) termId(term, false);
  const glossary = addGlossary(stemKeysOf, termIds, context);

  /** Stemmed surface form → entries it names. */
  const ownNames = new Map<string, number[]>();
  const entries = dataset.entries.map((entry, index): CompiledEntry => {
    const compiled: CompiledEntry = {
      id: entry.id,
      kind: entry.kind,
      index,
      rule: entry.match,
      context: new Set(),
      firstNames: new Set(),
      classes: new Set(),
      selfTerms: new Set(),
      generic: entry.salience?.generic ?? false,
      specific: entry.salience !== undefined && !entry.salience.generic,
    };
    const rule = entry.match;
    for (const term of rule.context) compiled.context.add(termId(term, false));
    const addSurface = (
      text: string,
      form: SurfaceForm,
      exact?: string,
      keys = keysOf(text),
      loose = false,
      alias = false,
    ): void => {
      const own = stemKeysOf(text).join(' ');
      ownNames.set(own, [...(ownNames.get(own) ?? []), index]);
      surface.insert(keys, {
        entry: index,
        form,
        exact,
        label: text,
        words: keys.length,
        capitalised: hasCapital(text),
        ...(loose ? { loose } : {}),
        ...(alias ? { alias } : {}),
      });
    };
    switch (rule.type) {
      case 'acronym':
      case 'name': {
        const acronymList = rule.type === 'acronym' ? rule.acronyms : [];
        for (const a of acronymList) {
          addSurface(a, 'acronym', a);
          for (const dotted of dottedForms(a)) addSurface(dotted, 'acronym', dotted);
          acronyms.add(a);
        }
        for (const name of [...rule.names, ...(rule.type === 'acronym' ? (rule.derivedNames ?? []) : [])]) {
          addSurface(name, 'name');
        }
        for (const alias of rule.aliases ?? []) addSurface(alias, 'name', undefined, undefined, false, true);
        if (rule.type === 'acronym')
          for (const name of rule.variants ?? []) addSurface(name, 'name', undefined, undefined, true);
        break;
      }
      case 'person': {
        const surnameKeys = keysOf(rule.surname);
        for (const full of rule.fullNames) {
          addSurface(full, 'fullName');
          const initialled = withMiddleInitial(keysOf(full));
          if (initialled) addSurface(full, 'fullName', undefined, initialled);
          for (const k of keysOf(full)) if (!surnameKeys.includes(k) && k !== '.') compiled.firstNames.add(k);
        }
        for (const alias of rule.aliases ?? []) addSurface(alias, 'fullName', undefined, undefined, false, true);
        addSurface(rule.surname, 'surname');
        for (const title of rule.titles) {
          for (const form of titleForms(title)) {
            titles.insert(keysOf(form).reverse(), index);
            addSpanishTitles(keysOf, titles, form, index);
          }
        }
        break;
      }
      case 'quantity': {
        const infos = rule.counted.map((noun) => nounClassesOf(phrases, nouns, noun, entry.id));
        const specificClasses = infos.filter((i) => !i.generic).flatMap((i) => i.classes);
        for (const c of specificClasses.length > 0 ? specificClasses : infos.flatMap((i) => i.classes)) {
          compiled.classes.add(c);
        }
        compiled.figures = statedFigures(entry);
        if (rule.attributes) compiled.event = rule.attributes;
        indexFractions(fractions, index, compiled.classes, compiled.figures);
        const claim = claimQualifier(entry, rule.value);
        for (const c of compiled.classes) {
          const list = quantities.get(c) ?? [];
          list.push({ entry: index, value: rule.value, ...(claim ? { claim } : {}) });
          quantities.set(c, list);
        }
        break;
      }
    }
    return compiled;
  });
  for (const list of quantities.values()) list.sort((a, b) => a.value - b.value);
  // A term containing an entry's own name ("Obama administration" for Obama) is no evidence for it.
  for (const [key, id] of termIds) {
    const words = key.split(' ');
    for (let from = 0; from < words.length; from++) {
      for (let to = from + 1; to <= words.length; to++) {
        for (const index of ownNames.get(words.slice(from, to).join(' ')) ?? []) entries[index]!.selfTerms.add(id);
      }
    }
  }

  const placeTerms = new Set(entries.filter((e) => e.kind === 'place').flatMap((e) => [...e.selfTerms]));
  const entityTerms = new Set(entries.flatMap((e) => [...e.selfTerms]));
  const years = dataset.articles.map((a) => Number(a.published.slice(0, 4)));
  const storyYears = new Set<number>();
  if (years.length > 0) {
    for (let y = Math.min(...years) - 2; y <= Math.max(...years); y++) storyYears.add(y);
  }
  const sources = { lower: [...surface.phrases.map(triggerKeys), ...nouns.phrases], stem: context.phrases };
  // Built once (the trie-shaped source is the costly part), used with and without the `g` flag.
  const triggers = compileTriggerPattern(sources, 'g');
  const trigger = new RegExp(triggers.source, 'i');
  const mayMatch = (text: string): boolean => trigger.test(text);
  const depth = Math.max(surface.depth, context.depth, nouns.depth + tails.depth, titles.depth, qualifiers.depth);
  const evidence = [...termIds]
    .filter(([, id]) => terms[id]!.story && !terms[id]!.exact)
    .map(([key]) => key.split(' '))
    .concat(glossary.filter(([, id]) => terms[id]!.story && !terms[id]!.exact).map(([keys]) => keys));
  const stemOf = memoizedStems(compileStemFilter(context.phrases.flat()));
  return {
    entries,
    surface,
    titles,
    context,
    terms,
    nouns,
    tails,
    qualifiers,
    quantities,
    fractions,
    acronyms,
    storyYears,
    placeTerms,
    entityTerms,
    mayMatch,
    trigger,
    mayHoldEvidence: compileEvidenceTest(evidence, acronyms),
    stemOf,
    wordFlags: compileWordFlags(surface, context, stemOf, (w) => isSpanishNumberWord(w) || isFractionWord(w)),
    triggers,
    // Everything read about a candidate lies within its span (qualifier, number, modifiers, noun)
    // and the 25-token evidence window of it, both well inside this many tokens of its trigger.
    reach: 96 + 2 * depth,
  };
}
