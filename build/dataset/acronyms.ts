/**
 * Acronym–expansion pairing, Schwartz–Hearst style: "Department of Homeland Security (DHS)",
 * "Security's (DHS)"; bracketed uses inside quotations ("the [DHS]"); and acronyms used bare
 * ("TPS") whose expansion appears elsewhere in the corpus without parentheses
 * ("temporary protected status").
 */
import type { Sentence } from './text.ts';
import { escapeRegExp } from './text.ts';

export interface AcronymDefinition {
  acronym: string;
  expansion: string;
  /** Where the pair was found; absent for an implicit pairing. */
  sentence?: Sentence;
}

const ACRONYM = '[A-Z][A-Z&]{1,7}';
const MINOR = new Set(['of', 'and', 'the', 'for', 'on', 'in', '&', 'to']);

/** Explicit definitions: "Long Form (ACR)" within one sentence. */
export function findDefinitions(sentences: readonly Sentence[]): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  for (const sentence of sentences) {
    for (const m of sentence.text.matchAll(new RegExp(`\\((${ACRONYM})\\)`, 'g'))) {
      const acronym = m[1] ?? '';
      const before = sentence.text.slice(0, m.index).replace(/(?:['’]s)?\s*$/, '');
      const expansion = longForm(acronym, before);
      if (expansion) found.push({ acronym, expansion, sentence });
    }
  }
  return found;
}

/**
 * The shortest run of words before the parenthesis whose letters spell the acronym
 * (Schwartz & Hearst 2003): acronym letters matched right to left, the first at a word start.
 */
export function longForm(acronym: string, before: string): string | undefined {
  const words = before.split(/\s+/).filter(Boolean);
  const maxWords = Math.min(acronym.length + 5, acronym.length * 2);
  const window = words.slice(-maxWords);
  for (let take = 1; take <= window.length; take++) {
    const candidateWords = window.slice(-take);
    if (!/^\p{Lu}/u.test(candidateWords[0] ?? '')) continue;
    const candidate = candidateWords.join(' ');
    if (spells(acronym, candidate)) return candidate;
  }
  return undefined;
}

function spells(acronym: string, candidate: string): boolean {
  const short = acronym.toLowerCase().replace(/[^a-z]/g, '');
  const long = candidate.toLowerCase();
  let l = long.length - 1;
  for (let s = short.length - 1; s >= 0; s--) {
    const c = short[s];
    while (l >= 0 && (long[l] !== c || (s === 0 && l > 0 && /[a-z0-9]/.test(long[l - 1] ?? '')))) l--;
    if (l < 0) return false;
    l--;
  }
  // every content word must contribute: its initial must be one of the acronym's letters
  const initials = candidate.split(/\s+/).filter((w) => !MINOR.has(w.toLowerCase())).map((w) => w[0]?.toLowerCase());
  return initials.every((i) => i !== undefined && short.includes(i));
}

/** Acronyms used bare (or in [brackets]) anywhere in the text. */
export function findAcronymUses(text: string): { acronym: string; index: number }[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}.-])(${ACRONYM})(?![\\p{L}\\p{N}]|\\.\\p{L})`, 'gu');
  return [...text.matchAll(re)].map((m) => ({ acronym: m[1] ?? '', index: m.index }));
}

/**
 * An implicit expansion: a run of words anywhere in the texts whose initials, skipping minor
 * words, spell the acronym exactly ("temporary protected status" for TPS). Title-case wins ties.
 */
export function findImplicitExpansion(acronym: string, texts: readonly string[]): string | undefined {
  const letters = acronym.replace(/[^A-Z]/g, '').split('');
  if (letters.length < 2) return undefined;
  const gap = '(?:\\s+(?:of|and|the|for|on|in|&))*\\s+';
  const pattern = letters.map((l) => `${escapeRegExp(l)}[\\p{L}’'-]+`).join(gap);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'giu');
  const candidates: string[] = [];
  for (const text of texts) for (const m of text.matchAll(re)) candidates.push(m[0].replace(/\s+/g, ' '));
  // Skip runs that merely start with the acronym's letters in ordinary prose ("the deportation
  // hearings spoke"): all candidates must agree, ignoring case, and one must be a title-case name.
  const folded = new Set(candidates.map((c) => c.toLowerCase()));
  if (folded.size !== 1) return undefined;
  return candidates.find((c) => c.split(' ').every((w) => MINOR.has(w) || /^\p{Lu}/u.test(w)));
}

/** "Department of Homeland Security" → "Homeland Security": the name without its head. */
const HEADED = /^(?:Department|Office|Ministry|Bureau) of (?:the )?(\p{Lu}\S*(?: (?:of|and|for|the|\p{Lu}\S*))*\s\p{Lu}\S*)$/u;

/**
 * Short forms of "Department of X" names that the texts use on their own ("Homeland Security
 * Secretary Jeh Johnson", "Homeland Security said"): X, at least two capitalised words, written
 * somewhere not as part of the full name. A one-word X ("Department of Justice" → "Justice") is
 * an ordinary word, never a name by itself.
 */
export function shortForms(expansion: string, texts: readonly string[]): string[] {
  const short = HEADED.exec(expansion)?.[1];
  if (!short) return [];
  const head = expansion.slice(0, expansion.length - short.length);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(short)}(?![\\p{L}\\p{N}])`, 'gu');
  const alone = texts.some((text) => [...text.matchAll(re)].some((m) => !text.slice(0, m.index).endsWith(head)));
  return alone ? [short] : [];
}
