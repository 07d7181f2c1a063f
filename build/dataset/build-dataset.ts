/**
 * Folder of articles → verified dataset. `buildDataset` is what the main build and the CLI call;
 * `writeDatasetFile` writes canonical JSON atomically (temporary file, then rename).
 */
import { existsSync } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset } from '../../src/shared/dataset-schema.ts';
import { DATASET_VERSION } from '../../src/shared/dataset-schema.ts';
import { applyCuration, checkCuratedTerms } from './apply-curation.ts';
import type { Curation } from './curation.ts';
import { readCuration } from './curation.ts';
import { toEntry } from './draft.ts';
import { extractEntries } from './extract.ts';
import { automaticStoryTerms, finishEntries } from './finish.ts';
import type { Corpus } from './read-corpus.ts';
import { CorpusError, readCorpus } from './read-corpus.ts';
import type { Sentence } from './text.ts';
import { splitSentences } from './text.ts';
import { DatasetError, verifyDataset } from './verify.ts';

export interface BuildOptions {
  /** A curation file path, or `false` for none. Default: `<articlesDir>-curation.json` if it exists. */
  curation?: string | false;
}

export function defaultCurationPath(articlesDir: string): string {
  return `${path.resolve(articlesDir)}-curation.json`;
}

export async function buildDataset(articlesDir: string, options: BuildOptions = {}): Promise<Dataset> {
  const corpus = await readCorpus(articlesDir);
  const curationPath =
    options.curation === false ? undefined : (options.curation ?? (existsSync(defaultCurationPath(articlesDir)) ? defaultCurationPath(articlesDir) : undefined));
  const curation = curationPath ? await readCuration(curationPath) : undefined;
  return assemble(corpus, curation, curationPath ?? '');
}

export function assemble(corpus: Corpus, curation: Curation | undefined, curationPath: string): Dataset {
  const sentences = corpusSentences(corpus, curation, curationPath);
  let drafts = extractEntries(sentences);
  if (curation) {
    checkCuratedTerms(curation, sentences, curationPath);
    drafts = applyCuration(drafts, curation, sentences, curationPath);
  }
  const storyTerms = curation?.storyTerms ?? automaticStoryTerms(sentences, corpus.articles.length);
  const entries = finishEntries(drafts, storyTerms, corpus.articles.map((a) => a.meta.id)).map(toEntry);
  const dataset: Dataset = {
    version: DATASET_VERSION,
    story: { title: curation?.story ?? corpus.story ?? corpus.articles[0]?.meta.title ?? 'Story' },
    storyTerms: [...storyTerms],
    articles: corpus.articles.map((a) => a.meta),
    entries,
  };
  verifyDataset(dataset, new Map(corpus.articles.map((a) => [a.meta.id, a.text])));
  const ids = new Set(entries.map((e) => e.id));
  const missing = (curation?.requiredIds ?? []).filter((id) => !ids.has(id));
  if (missing.length > 0) throw new DatasetError(`${curationPath}: required entries missing: ${missing.join(', ')}`);
  return dataset;
}

/** Sentences of every article, minus the passages the curation marks as boilerplate. */
function corpusSentences(corpus: Corpus, curation: Curation | undefined, curationPath: string): Sentence[] {
  const skipped = new Map<string, [number, number][]>();
  for (const b of curation?.boilerplate ?? []) {
    const article = corpus.articles.find((a) => a.meta.id === b.article);
    if (!article) throw new CorpusError(`${curationPath}: boilerplate names unknown article "${b.article}"`);
    const at = article.text.indexOf(b.text);
    if (at < 0) throw new CorpusError(`${curationPath}: boilerplate "${b.text}" is not in article "${b.article}"`);
    skipped.set(b.article, [...(skipped.get(b.article) ?? []), [at, at + b.text.length]]);
  }
  return corpus.articles.flatMap((a) =>
    splitSentences(a.meta.id, a.text).filter(
      (s) => !(skipped.get(a.meta.id) ?? []).some(([from, to]) => s.start < to && s.end > from),
    ),
  );
}

/** Canonical JSON: object keys sorted, one-space indent (diffable, small), trailing newline. */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 1)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

export async function writeDatasetFile(dataset: Dataset, outFile: string): Promise<void> {
  const tmp = path.join(path.dirname(outFile), `.${path.basename(outFile)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, canonicalJson(dataset), 'utf8');
    await rename(tmp, outFile);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
}
