import { build, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactContentDataset, contentDatasetModule } from '../../../build/content-dataset.ts';
import { toContentDataset, type Dataset } from '../../../src/shared/dataset-schema.ts';

const DATASET_JSON = resolve('data/dataset.json');
const dataset = JSON.parse(readFileSync(DATASET_JSON, 'utf8')) as Dataset;

/** Bundles `source` (an ES module exporting a default) with the given plugins and evaluates it. */
async function bundleAndRun(source: string, plugins: Plugin[]): Promise<{ code: string; value: unknown }> {
  const result = await build({
    stdin: { contents: source, resolveDir: resolve('.'), loader: 'ts' },
    bundle: true,
    format: 'cjs',
    minify: true,
    charset: 'utf8',
    write: false,
    plugins,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  const module = { exports: {} as { default?: unknown } };
  new Function('module', 'exports', code)(module, module.exports);
  return { code, value: module.exports.default };
}

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;
const citations = dataset.entries.flatMap((entry) => [...entry.facts, ...entry.discrepancies]);
const citationsOf = (text: string) => citations.filter((fact) => fact.quote.text === text).length;
/** A quote cited more than once whose text appears nowhere else in the dataset and needs no escaping. */
const repeatedQuote = citations
  .map((fact) => fact.quote.text)
  .find(
    (text) =>
      citationsOf(text) > 1 && !/["\\]/.test(text) && occurrences(JSON.stringify(dataset), text) === citationsOf(text),
  )!;

describe('compactContentDataset', () => {
  it('gives src/content/dataset.ts data deep-equal to its share of data/dataset.json, each quote written once', async () => {
    const entry = `import { dataset } from ${JSON.stringify(resolve('src/content/dataset.ts'))}; export default dataset;`;
    const { code, value } = await bundleAndRun(entry, [compactContentDataset()]);
    // Same keys in the same order, no key added or lost (an absent optional field stays absent).
    expect(JSON.stringify(value)).toBe(JSON.stringify(toContentDataset(dataset)));
    expect(occurrences(code, repeatedQuote)).toBe(1);
    const plain = await bundleAndRun(entry, []);
    expect(occurrences(plain.code, repeatedQuote)).toBe(citationsOf(repeatedQuote));
    expect(code.length).toBeLessThan(plain.code.length * 0.8);
  });

  it('leaves every other importer of data/dataset.json (popup, options) with the plain JSON', async () => {
    const { code, value } = await bundleAndRun(`export { default } from ${JSON.stringify(DATASET_JSON)};`, [
      compactContentDataset(),
    ]);
    expect(value).toEqual(dataset);
    expect(occurrences(code, repeatedQuote)).toBe(citationsOf(repeatedQuote));
  });
});

describe('contentDatasetModule', () => {
  const run = async (data: Dataset) => (await bundleAndRun(contentDatasetModule(data), [])).value;

  it('round-trips quotes with quotation marks, backslashes, line separators and table-like text', async () => {
    const tricky = structuredClone(dataset);
    const fact = tricky.entries[0]!.facts[0]!;
    fact.quote = { ...fact.quote, text: 'He said "A[0]" \\ U[1]\u2028next</script>' };
    tricky.entries[1]!.facts[0]!.quote = fact.quote;
    expect(JSON.stringify(await run(tricky))).toBe(JSON.stringify(toContentDataset(tricky)));
  });

  it('keeps what the card and the matcher read, drops what only the build and checks use', () => {
    const share = toContentDataset(dataset);
    expect(Object.keys(share).sort()).toEqual(['articles', 'entries', 'storyTerms']);
    const cited = share.entries.flatMap((entry) => [...entry.facts, ...entry.discrepancies]);
    expect(cited.filter((fact) => 'end' in fact.quote || 'counted' in fact)).toEqual([]);
    expect(share.entries.map((entry) => entry.id)).toEqual(dataset.entries.map((entry) => entry.id));
    const [full, kept] = [dataset.entries[0]!, share.entries[0]!];
    expect(kept.facts[0]!.quote).toEqual({
      article: full.facts[0]!.quote.article,
      text: full.facts[0]!.quote.text,
      start: full.facts[0]!.quote.start,
    });
    expect(kept.match).toEqual(full.match);
    expect(share.articles).toEqual(dataset.articles);
  });
});
