/**
 * The story dataset as the content script bundles it (issue 6: content.js ≤ 60 KB gzipped, dataset
 * included). data/dataset.json cites 68 distinct quotes 157 times, repeats article ids in every quote
 * and every key name in every object; repeats more than 32 KB apart cost gzip full price. This writes
 * the same data as a module that lists each distinct article id and quote once (referred to by
 * index) and builds each object of two or more keys from its key list (`o(shape, ...values)`).
 * It holds only the content script's share (toContentDataset: no quote end offsets, counted phrases,
 * version or story title), and evaluates to an object deep-equal to that share, keys in the same
 * order; facts citing the same passage share one read-only quote object. Saves about
 * 1.7 KB of the gzipped content script (1.2 KB from the tables, 0.5 KB from the key lists).
 */
import type { Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { toContentDataset, type CardQuote, type Dataset } from '../src/shared/dataset-schema.ts';

/** A value written as a reference into one of the module's tables (`A[3]`, `U[12]`). */
class TableRef {
  constructor(readonly code: string) {}
}

/** Distinct values by their source text, each written once; `ref` gives the reference to one. */
function table(name: string) {
  const items: string[] = [];
  return {
    source: () => `[${items.join(',')}]`,
    ref(itemSource: string): TableRef {
      const at = items.indexOf(itemSource);
      return new TableRef(`${name}[${at >= 0 ? at : items.push(itemSource) - 1}]`);
    },
  };
}

/** JavaScript source for a JSON value: objects with ≥ 2 keys as `o(shape, ...values)`, shapes shared. */
function writer() {
  const shapes = table('K');
  const write = (value: unknown): string => {
    if (value instanceof TableRef) return value.code;
    if (Array.isArray(value)) return `[${value.map(write).join(',')}]`;
    if (value === null || typeof value !== 'object') return JSON.stringify(value);
    const keys = Object.keys(value);
    const values = Object.values(value).map(write);
    if (keys.length < 2) return `{${keys.map((key, i) => `${JSON.stringify(key)}:${values[i]}`).join(',')}}`;
    return `o(${shapes.ref(JSON.stringify(keys)).code.slice(2, -1)},${values.join(',')})`;
  };
  return { write, shapes: () => shapes.source() };
}

/** toContentDataset(dataset) (only what the content script reads) as a compact module. */
export function contentDatasetModule(full: Dataset): string {
  const dataset = toContentDataset(full);
  const { write, shapes } = writer();
  const articleIds = table('A');
  const quotes = table('U');
  const cite = <T extends { quote: CardQuote }>(fact: T) => ({
    ...fact,
    quote: quotes.ref(write({ ...fact.quote, article: articleIds.ref(JSON.stringify(fact.quote.article)) })),
  });
  const body = write({
    ...dataset,
    articles: dataset.articles.map((article) => ({ ...article, id: articleIds.ref(JSON.stringify(article.id)) })),
    entries: dataset.entries.map((entry) => ({
      ...entry,
      facts: entry.facts.map(cite),
      discrepancies: entry.discrepancies.map(cite),
    })),
  });
  return [
    `const K=${shapes()};`,
    'const o=(shape,...values)=>Object.fromEntries(K[shape].map((key,i)=>[key,values[i]]));',
    `const A=${articleIds.source()};`,
    `const U=${quotes.source()};`,
    `export default ${body};`,
  ].join('\n');
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
