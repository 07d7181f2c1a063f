/**
 * Agencies and people keep their identity on pages about other events: "Jeh Johnson, who led
 * DHS", "DHS announced that it would end Temporary Protected Status", "members of the
 * Congressional Hispanic Caucus toured … Texas". Two of the story's own entities named side by
 * side say each other's sense, even where no story term is near (another year, another raid).
 * Not two weak ones: an acronym or a place beside another acronym or place could be anything
 * ("ICE, based in Atlanta, Georgia"); one of the pair must be specific (a full name, a name of
 * several words, a count of the story's kind).
 */
import type { Compiled } from './compiled.ts';
import type { Candidate } from './scan.ts';
import { firstAtOrAfter } from './senses.ts';
import type { Tokens } from './tokenize.ts';

/** Tokens on each side in which another entity counts: about a sentence. */
const NEIGHBOURHOOD = 20;
/** Candidates looked at per lookup, whatever the block: the cost stays linear. */
const MAX_LOOKED_AT = 48;

/** Candidates sorted by first token (as judge.ts sorts them). */
type Role = 'org' | 'person' | 'count' | 'place' | undefined;

/** Candidates sorted by first token (as judge.ts sorts them). */
export function coNamedChecks(c: Compiled, t: Tokens, text: string, sorted: readonly Candidate[]) {
  const spanText = (cand: Candidate): string => text.slice(t.start[cand.first], t.end[cand.last]);

  function roleOf(cand: Candidate): Role {
    if (cand.form === 'quantity') return 'count';
    if (cand.form === 'surname' || cand.form === 'titleSurname') return undefined;
    const written = spanText(cand);
    // "homeland security" in lowercase names nothing.
    if (cand.form !== 'acronym' && written === written.toLowerCase()) return undefined;
    const kind = c.entries[cand.entry]!.kind;
    return cand.form === 'fullName' ? 'person' : kind === 'acronym' ? 'org' : kind === 'place' ? 'place' : undefined;
  }

  const isSpecific = (cand: Candidate, role: Role): boolean =>
    role === 'count' || role === 'person' || (role === 'org' && cand.form === 'name' && (cand.item?.words ?? 1) >= 2);

  /**
   * The pairs that say each other's sense: an agency or programme beside another, beside a count
   * of the story's kind or beside a person; a person only beside an agency ("Donald Trump" beside
   * "Marco Rubio" says nothing of this story); a place only beside an agency's full name of three words or more ("New Jersey" beside
   * "Homeland Security" is a state office).
   */
  function pairs(a: Role, b: Role, aLong: boolean): boolean {
    if (a === 'person') return b === 'org';
    if (a !== 'org') return false;
    return b === 'org' || b === 'count' || b === 'person' || (b === 'place' && aLong);
  }

  /** Another story entity named beside the candidate (its words), or undefined. */
  function namedBeside(cand: Candidate): string | undefined {
    const role = roleOf(cand);
    if (role !== 'org' && role !== 'person') return undefined;
    const line = t.line[cand.first];
    const specific = isSpecific(cand, role);
    const long = cand.form === 'name' && (cand.item?.words ?? 1) >= 3;
    let k = firstAtOrAfter(sorted.length, (i) => sorted[i]!.first, cand.first - NEIGHBOURHOOD);
    for (let n = 0; k < sorted.length && n < MAX_LOOKED_AT; k++, n++) {
      const other = sorted[k]!;
      if (other.first > cand.last + NEIGHBOURHOOD) break;
      if (other.entry === cand.entry || t.line[other.first] !== line) continue;
      const otherRole = roleOf(other);
      if (pairs(role, otherRole, long) && (specific || isSpecific(other, otherRole))) return spanText(other);
    }
    return undefined;
  }

  return { namedBeside };
}
