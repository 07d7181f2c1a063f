/**
 * Text helpers shared by the extraction rules: sentence splitting with offsets, slugs,
 * accent folding. Offsets are UTF-16 code units into the article text as read.
 */

export interface Sentence {
  article: string;
  start: number;
  end: number;
  text: string;
}

/** Words that end with a period without ending a sentence ("Sen. Bernie Sanders", "D-Ill. Rep."). */
const ABBREVIATION =
  /(?:^|[\s(])(?:Sen|Rep|Reps|Gov|Mr|Mrs|Ms|Dr|St|No|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Gen|Lt|Jr|Sr|Inc|Co|vs|U\.S|U\.N|D\.C|D-[A-Za-z.]+|R-[A-Za-z.]+|Calif|Ill|Md|Nev|Mass|Fla|Ariz|Colo|Conn|Wash|Mich|Minn|N\.Y|N\.J|N\.M|N\.C|Va|Pa|Tenn|Ga|[A-Z])\.$/;

/** Splits one article into sentences; a line break always ends a sentence. */
export function splitSentences(article: string, text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const lineRe = /[^\n]+/g;
  for (let line = lineRe.exec(text); line; line = lineRe.exec(text)) {
    const lineStart = line.index;
    const boundary = /[.!?]["”’)]*(?=\s+["“‘(]?[A-Z0-9])/g;
    let from = 0;
    for (let b = boundary.exec(line[0]); b; b = boundary.exec(line[0])) {
      const cut = b.index + b[0].length;
      const before = line[0].slice(from, b.index + 1);
      if (b[0][0] === '.' && ABBREVIATION.test(before)) continue;
      pushTrimmed(sentences, article, text, lineStart + from, lineStart + cut);
      from = cut;
    }
    pushTrimmed(sentences, article, text, lineStart + from, lineStart + line[0].length);
  }
  return sentences;
}

function pushTrimmed(out: Sentence[], article: string, text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end > start) out.push({ article, start, end, text: text.slice(start, end) });
}

/** "Linda Sánchez" → "linda sanchez"; curly apostrophes folded to straight. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase();
}

/** A readable, stable id: "Martin O’Malley" → "martin-omalley". */
export function slugify(s: string): string {
  return fold(s)
    .replace(/['.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole-word occurrences of `term` in `text` (case-sensitive unless `ignoreCase`). */
export function findTerm(text: string, term: string, ignoreCase = false): number[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, ignoreCase ? 'giu' : 'gu');
  const found: number[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) found.push(m.index);
  return found;
}

export function containsTerm(text: string, term: string, ignoreCase = false): boolean {
  return findTerm(text, term, ignoreCase).length > 0;
}

export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** Deterministic string order (code-unit order, independent of locale). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
