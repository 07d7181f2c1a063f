/**
 * The main build's dataset step: rebuilds data/dataset.json from data/corpus before bundling, and
 * rewrites the file only when its content changed (so `npm run dev` does not loop on it).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildDataset, canonicalJson, writeDatasetFile } from './build-dataset.ts';

export async function buildBundledDataset(root: string): Promise<void> {
  const out = join(root, 'data/dataset.json');
  const dataset = await buildDataset(join(root, 'data/corpus'));
  const current = await readFile(out, 'utf8').catch(() => undefined);
  if (current !== canonicalJson(dataset)) await writeDatasetFile(dataset, out);
}
