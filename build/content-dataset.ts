/**
 * The story dataset as the content script bundles it. data/dataset.json repeats each quote in every
 * fact and discrepancy that cites it (157 citations of 68 distinct quotes) and each article id in
 * every quote; repeats far apart fall outside gzip's 32 KB window and cost full price. This writes
 * the same data as a module that lists each distinct quote and article id once and refers to it by
 * index, so it evaluates to an object deep-equal to the JSON (facts citing the same passage share
 * one read-only quote object). Saves about 1.2 KB of the gzipped content script.
 */
import type { Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import type { Dataset, Quote } from '../src/shared/dataset-schema.ts';

/** Marks a string as a reference into a table; no dataset string contains U+0001. */
const MARK = '\u0001';

/** A table of distinct JSON values; `ref` returns a placeholder string for the value's index. */
function table(name: string) {
  const items: string[] = [];
  return {
    items,
    ref(value: unknown): string {
      const json = JSON.stringify(value);
      const at = items.indexOf(json);
      return `${MARK}${name}${at >= 0 ? at : items.push(json) - 1}`;
    },
  };
}

export function contentDatasetModule(dataset: Dataset): string {
  if (JSON.stringify(dataset).includes('\\u0001')) {
    throw new Error('data/dataset.json contains U+0001, which the content bundle reserves for references');
  }
  const articleIds = table('A');
  const quotes = table('U');
  const cite = <T extends { quote: Quote }>(fact: T): T => ({
    ...fact,
    quote: quotes.ref({ ...fact.quote, article: articleIds.ref(fact.quote.article) }) as unknown as Quote,
  });
  const body = JSON.stringify({
    ...dataset,
    articles: dataset.articles.map((article) => ({ ...article, id: articleIds.ref(article.id) })),
    entries: dataset.entries.map((entry) => ({
      ...entry,
      facts: entry.facts.map(cite),
      discrepancies: entry.discrepancies.map(cite),
    })),
  });
  const module = `const A=[${articleIds.items.join(',')}];const U=[${quotes.items.join(',')}];export default ${body};`;
  return module.replace(/"\\u0001([AU])(\d+)"/g, '$1[$2]');
}

/** Serves data/dataset.json to src/content/dataset.ts (and only there) as contentDatasetModule(). */
export function compactContentDataset(): Plugin {
  return {
    name: 'compact-content-dataset',
    setup(build) {
      build.onResolve({ filter: /[\\/]data[\\/]dataset\.json$/ }, async (args) => {
        if (!/[\\/]src[\\/]content[\\/]dataset\.ts$/.test(args.importer)) return undefined;
        const resolved = await build.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind });
        return { path: resolved.path, namespace: 'content-dataset' };
      });
      build.onLoad({ filter: /.*/, namespace: 'content-dataset' }, async ({ path }) => {
        const dataset = JSON.parse(await readFile(path, 'utf8')) as Dataset;
        return { contents: contentDatasetModule(dataset), loader: 'js', watchFiles: [path] };
      });
    },
  };
}
