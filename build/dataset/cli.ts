/**
 * npm run -s dataset -- [--articles DIR] [--out FILE] [--curation FILE | --no-curation]
 *                       [--report [ID,ID…]] [--check]
 * Builds the dataset from a folder of articles and writes it (atomically), prints counts and
 * the gzipped size against the budget; --report prints entries with facts and quotes; --check
 * rebuilds in memory and fails if the committed file differs.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { BuildOptions } from './build-dataset.ts';
import { buildDataset, canonicalJson, writeDatasetFile } from './build-dataset.ts';
import { CorpusError } from './read-corpus.ts';
import { formatReport } from './report.ts';
import { DatasetError } from './verify.ts';

const BUDGET_GZIP_BYTES = 20 * 1024;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: 'data/corpus' },
      out: { type: 'string', default: 'data/dataset.json' },
      curation: { type: 'string' },
      'no-curation': { type: 'boolean', default: false },
      report: { type: 'boolean', default: false },
      only: { type: 'string' },
      check: { type: 'boolean', default: false },
    },
  });
  const options: BuildOptions = values['no-curation'] ? { curation: false } : values.curation ? { curation: values.curation } : {};
  const dataset = await buildDataset(values.articles, options);
  const json = canonicalJson(dataset);
  if (values.report) {
    process.stdout.write(formatReport(dataset, values.only?.split(',')));
    return 0;
  }
  const facts = dataset.entries.reduce((n, e) => n + e.facts.length, 0);
  const discrepancies = dataset.entries.reduce((n, e) => n + e.discrepancies.length, 0);
  const gzipped = gzipSync(JSON.stringify(dataset)).length;
  const summary =
    `${dataset.entries.length} entries, ${facts} facts, ${discrepancies} discrepancies, ${dataset.articles.length} articles; ` +
    `as compact JSON ${(gzipped / 1024).toFixed(1)} KB gzipped (budget ${BUDGET_GZIP_BYTES / 1024} KB)`;
  if (gzipped > BUDGET_GZIP_BYTES) {
    console.error(`dataset: over the size budget: ${summary}`);
    return 1;
  }
  if (values.check) {
    const committed = await readFile(values.out, 'utf8').catch(() => undefined);
    if (committed !== json) {
      console.error(`dataset: ${values.out} is out of sync with ${values.articles}; run \`npm run -s dataset\` and commit it`);
      return 1;
    }
    console.log(`dataset: ${values.out} is in sync (${summary})`);
    return 0;
  }
  await writeDatasetFile(dataset, values.out);
  console.log(`dataset: wrote ${values.out}: ${summary}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CorpusError || error instanceof DatasetError) console.error(`dataset: ${error.message}`);
    else console.error(error);
    process.exitCode = 1;
  },
);
