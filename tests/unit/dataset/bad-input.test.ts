import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDataset } from '../../../build/dataset/build-dataset.ts';

const MINI = path.resolve('tests/fixtures/dataset/mini');
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the mini pack to break. */
function copyOfMini(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dataset-bad-'));
  made.push(dir);
  cpSync(MINI, dir, { recursive: true });
  return dir;
}
const listPath = (dir: string) => path.join(dir, 'articles.json');
const editList = (dir: string, edit: (json: { articles: Record<string, unknown>[] }) => void) => {
  const json = JSON.parse(readFileSync(listPath(dir), 'utf8')) as { articles: Record<string, unknown>[] };
  edit(json);
  writeFileSync(listPath(dir), JSON.stringify(json, null, 2));
};
const firstArticle = (dir: string) => path.join(dir, 'articles/2020-03-01-gazette-river-plan.txt');

describe('bad input fails with the file and the problem named', () => {
  it('an article listed but missing', async () => {
    const dir = copyOfMini();
    rmSync(firstArticle(dir));
    await expect(buildDataset(dir)).rejects.toThrow(/2020-03-01-gazette-river-plan\.txt: .*is missing/);
  });

  it('an empty article', async () => {
    const dir = copyOfMini();
    writeFileSync(firstArticle(dir), '  \n');
    await expect(buildDataset(dir)).rejects.toThrow(/gazette-river-plan\.txt: article "2020-03-01-gazette-river-plan" is empty/);
  });

  it('an article that is not UTF-8, with the line of the bad byte', async () => {
    const dir = copyOfMini();
    writeFileSync(firstArticle(dir), Buffer.concat([Buffer.from('first line\nsecond caf'), Buffer.from([0xe9]), Buffer.from(' line\n')]));
    await expect(buildDataset(dir)).rejects.toThrow(/gazette-river-plan\.txt:2: .*is not valid UTF-8/);
  });

  it('duplicate article ids', async () => {
    const dir = copyOfMini();
    editList(dir, (json) => {
      json.articles.push({ ...json.articles[0] });
    });
    await expect(buildDataset(dir)).rejects.toThrow(/articles\.json:\d+: articles\[2\]: duplicate article id "2020-03-01-gazette-river-plan"/);
  });

  it('articles.json that is not JSON, with the line', async () => {
    const dir = copyOfMini();
    writeFileSync(listPath(dir), '{\n  "articles": [\n    { "file": "a.txt", }\n  ]\n}\n');
    await expect(buildDataset(dir)).rejects.toThrow(/articles\.json:3: invalid JSON/);
  });

  it('articles.json of the wrong shape', async () => {
    const dir = copyOfMini();
    editList(dir, (json) => {
      json.articles[1]!.published = 'last Tuesday';
    });
    await expect(buildDataset(dir)).rejects.toThrow(/articles\.json:\d+: articles\[1\] \(articles\/2020-03-04-courier-river-vote\.txt\): published/);
    editList(dir, (json) => {
      delete json.articles[1]!.url;
    });
    await expect(buildDataset(dir)).rejects.toThrow(/articles\[1\]: url/);
    writeFileSync(listPath(dir), '{"articles": []}');
    await expect(buildDataset(dir)).rejects.toThrow(/articles\.json: articles: must list at least one article/);
  });

  it('a missing articles.json', async () => {
    const dir = copyOfMini();
    rmSync(listPath(dir));
    await expect(buildDataset(dir)).rejects.toThrow(/articles\.json: the article list is missing/);
  });

  it('a curation excerpt that is not in the article', async () => {
    const dir = copyOfMini();
    const curation = path.join(dir, 'curation.json');
    writeFileSync(curation, JSON.stringify({ entries: [{ id: 'epa', facts: [{ article: '2020-03-01-gazette-river-plan', contains: 'not in the text' }] }] }));
    await expect(buildDataset(dir, { curation })).rejects.toThrow(/curation\.json: entry "epa": excerpt "not in the text" is not in any sentence/);
  });

  it('the CLI writes nothing when the input is bad', () => {
    const dir = copyOfMini();
    rmSync(firstArticle(dir));
    const out = path.join(dir, 'out.json');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'build/dataset/cli.ts', '--articles', dir, '--out', out], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/gazette-river-plan\.txt: .*is missing/);
    expect(existsSync(out)).toBe(false);
  });
});
