/**
 * Reads a folder of articles (articles.json + the text files it names) and fails with the file,
 * line and problem named on any bad input: invalid JSON or shape, duplicate ids, a listed file
 * that is missing, empty or not UTF-8.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import type { Article } from '../../src/shared/dataset-schema.ts';
import { ArticleSchema } from '../../src/shared/dataset-schema.ts';
import { slugify } from './text.ts';

export class CorpusError extends Error {
  override name = 'CorpusError';
}

export interface CorpusArticle {
  meta: Article;
  /** Path relative to the articles folder, as listed. */
  file: string;
  text: string;
}

export interface Corpus {
  dir: string;
  story: string | undefined;
  articles: CorpusArticle[];
}

const ListedArticleSchema = v.object({
  file: v.pipe(v.string(), v.minLength(1, 'must name a file')),
  id: v.optional(v.string()),
  publisher: v.string(),
  published: v.string(),
  url: v.string(),
  title: v.string(),
});
const ArticlesFileSchema = v.object({
  story: v.optional(v.string()),
  articles: v.pipe(v.array(v.unknown()), v.minLength(1, 'must list at least one article')),
});

export async function readCorpus(dir: string): Promise<Corpus> {
  const listPath = path.join(dir, 'articles.json');
  const listText = await readText(listPath, 'the article list');
  const json = parseJson(listPath, listText);
  const top = v.safeParse(ArticlesFileSchema, json);
  if (!top.success) throw new CorpusError(`${listPath}: ${describeIssue(top.issues[0])}`);

  const articles: CorpusArticle[] = [];
  const seenIds = new Map<string, string>();
  for (const [index, raw] of top.output.articles.entries()) {
    const where = `${listPath}${lineHint(listText, raw)}: articles[${index}]`;
    const listed = v.safeParse(ListedArticleSchema, raw);
    if (!listed.success) throw new CorpusError(`${where}: ${describeIssue(listed.issues[0])}`);
    const { file, id: givenId, publisher, published, url, title } = listed.output;
    const id = givenId ?? slugify(path.basename(file).replace(/\.[^.]+$/, ''));
    const meta = v.safeParse(ArticleSchema, { id, publisher, published, url, title });
    if (!meta.success) throw new CorpusError(`${where} (${file}): ${describeIssue(meta.issues[0])}`);
    const previous = seenIds.get(id);
    if (previous !== undefined) {
      throw new CorpusError(`${where}: duplicate article id "${id}" (${file} and ${previous})`);
    }
    seenIds.set(id, file);
    const filePath = path.resolve(dir, file);
    if (path.relative(path.resolve(dir), filePath).startsWith('..')) {
      throw new CorpusError(`${where}: file "${file}" is outside ${dir}`);
    }
    const text = await readText(filePath, `article "${id}" (listed in ${listPath})`);
    if (text.trim() === '') throw new CorpusError(`${filePath}: article "${id}" is empty`);
    articles.push({ meta: meta.output, file, text });
  }
  return { dir, story: top.output.story, articles };
}

/** Reads strict UTF-8; names the line of the first invalid byte. */
async function readText(filePath: string, what: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? 'is missing' : `cannot be read (${code ?? String(error)})`;
    throw new CorpusError(`${filePath}: ${what} ${problem}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Byte(bytes);
    const line = bytes.subarray(0, offset).filter((b) => b === 0x0a).length + 1;
    throw new CorpusError(`${filePath}:${line}: ${what} is not valid UTF-8 (byte ${offset})`);
  }
}

function firstInvalidUtf8Byte(bytes: Buffer): number {
  const roundTrip = Buffer.from(bytes.toString('utf8'), 'utf8');
  let i = 0;
  while (i < bytes.length && bytes[i] === roundTrip[i]) i++;
  return i;
}

function parseJson(filePath: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const lineCol = /line (\d+) column (\d+)/.exec(message);
    const line = lineCol ? Number(lineCol[1]) : position ? lineOf(text, Number(position[1])) : undefined;
    throw new CorpusError(`${filePath}${line ? `:${line}` : ''}: invalid JSON (${message})`);
  }
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/** ":LINE" of an article's entry in articles.json, found by its "file" value. */
function lineHint(listText: string, raw: unknown): string {
  const file = typeof raw === 'object' && raw !== null ? (raw as { file?: unknown }).file : undefined;
  if (typeof file !== 'string') return '';
  const at = listText.indexOf(JSON.stringify(file));
  return at < 0 ? '' : `:${lineOf(listText, at)}`;
}

function describeIssue(issue: v.BaseIssue<unknown> | undefined): string {
  if (!issue) return 'invalid';
  const key = issue.path?.map((p) => String(p.key)).join('.');
  return key ? `${key}: ${issue.message}` : issue.message;
}
