/**
 * The datasets every matcher test runs against: the hand-made fixture (always) and the built
 * data/dataset.json (once it exists). Both are validated against the schema first.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as v from 'valibot';
import { DatasetSchema, type Dataset } from '../../../src/shared/dataset-schema.ts';

const root = new URL('../../../', import.meta.url);
export const FIXTURE_PATH = new URL('tests/fixtures/matcher/dataset.json', root);
export const BUILT_PATH = new URL('data/dataset.json', root);

export function loadDataset(path: URL): Dataset {
  const result = v.safeParse(DatasetSchema, JSON.parse(readFileSync(path, 'utf8')));
  if (!result.success) {
    const where = result.issues.map((i) => `${(i.path ?? []).map((p) => String(p.key)).join('.')}: ${i.message}`);
    throw new Error(`${path.pathname} does not match the dataset schema:\n${where.join('\n')}`);
  }
  return result.output;
}

/** [name, dataset] pairs for `describe.each`. */
export function datasets(): [string, Dataset][] {
  const list: [string, Dataset][] = [['fixture dataset', loadDataset(FIXTURE_PATH)]];
  if (existsSync(BUILT_PATH)) list.push(['data/dataset.json', loadDataset(BUILT_PATH)]);
  return list;
}
