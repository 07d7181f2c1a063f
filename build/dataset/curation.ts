/**
 * The optional, reviewed curation file of a story pack (e.g. data/corpus-curation.json): the
 * judgement calls extraction cannot make. It may name boilerplate to skip, give automatic
 * entries stable ids, merge entries that are one real-world fact, turn differing claims into
 * discrepancies, write labels and summaries, and add event entries whose facts are article
 * sentences found by a verbatim excerpt. It never supplies quote text: every quote is still cut
 * from an article and verified.
 */
import { readFile } from 'node:fs/promises';
import * as v from 'valibot';
import { EntryKindSchema } from '../../src/shared/dataset-schema.ts';
import { CorpusError } from './read-corpus.ts';

const text = v.pipe(v.string(), v.minLength(1));
const FactRefSchema = v.object({ article: text, contains: text, statement: v.optional(text) });

const CuratedEntrySchema = v.object({
  id: v.pipe(text, v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug')),
  /** Automatic entry ids merged into this entry; the first gives its kind and match type. */
  from: v.optional(v.array(text)),
  /** Automatic entry ids whose claims become this entry's discrepancies. */
  discrepancies: v.optional(v.array(text)),
  kind: v.optional(EntryKindSchema),
  label: v.optional(text),
  summary: v.optional(text),
  role: v.optional(text),
  /** For a new name/event entry: the names it goes by (matched case-insensitively). */
  names: v.optional(v.array(text)),
  /** Extra match terms, each of which must occur in the articles. */
  counted: v.optional(v.array(text)),
  titles: v.optional(v.array(text)),
  context: v.optional(v.array(text)),
  facts: v.optional(v.array(FactRefSchema)),
  related: v.optional(v.array(text)),
});

export const CurationSchema = v.object({
  about: v.optional(v.string()),
  story: v.optional(text),
  storyTerms: v.optional(v.array(text)),
  /** Ids the pack promises (tests and users rely on them); the build fails if one is missing. */
  requiredIds: v.optional(v.array(text)),
  /** Article passages that are page furniture (captions, link lists), skipped by extraction. */
  boilerplate: v.optional(v.array(v.object({ article: text, text, why: v.optional(v.string()) }))),
  /** Automatic entries to drop, with the reason. */
  drop: v.optional(v.array(v.object({ id: text, why: text }))),
  entries: v.optional(v.array(CuratedEntrySchema)),
});

export type Curation = v.InferOutput<typeof CurationSchema>;
export type CuratedEntry = v.InferOutput<typeof CuratedEntrySchema>;

export async function readCuration(file: string): Promise<Curation> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    throw new CorpusError(`${file}: curation file cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw) as unknown;
  } catch (error) {
    throw new CorpusError(`${file}: invalid JSON (${(error as Error).message})`);
  }
  const parsed = v.safeParse(CurationSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
    throw new CorpusError(`${file}: ${where ? `${where}: ` : ''}${issue?.message ?? 'invalid'}`);
  }
  return parsed.output;
}
