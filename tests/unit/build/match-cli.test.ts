/** The `npm run -s match` CLI prints a differing figure, a Spanish block's language, and with --rejected the candidates turned down with their reasons. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

function match(text: string, ...flags: string[]) {
  const file = join(mkdtempSync(join(tmpdir(), 'match-cli-')), 'page.txt');
  writeFileSync(file, text);
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'build/match-cli.ts', ...flags, file], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return JSON.parse(out) as {
    matches: { text: string; entry: string; differs?: { page: string; sources: string }; lang?: string }[];
    rejected?: { text: string; entry: string; reason: string }[];
  };
}

describe('match CLI', () => {
  const page =
    'In a letter to Obama, 22 GOP senators asked the administration to pause the resettlement of Syrian refugees.\n' +
    'By Tuesday evening 147 House Democrats had signed the letter asking Obama to suspend the deportation raids.';

  it('prints rejected candidates with their reason only when asked', () => {
    expect(match(page).rejected).toBeUndefined();
    const { rejected } = match(page, '--rejected');
    expect(rejected).toContainEqual(
      expect.objectContaining({
        text: '22 GOP senators',
        entry: 'senate-letter-22',
        reason: expect.stringMatching(/party.*GOP/),
      }),
    );
  });

  it('prints what the page and the sources say when the figure differs', () => {
    expect(match(page).matches).toContainEqual(
      expect.objectContaining({ text: '147 House Democrats', differs: { page: '147', sources: '146' } }),
    );
  });

  it('marks matches in a Spanish block', () => {
    const { matches } = match('Veintidós senadores demócratas pidieron al presidente Obama que suspenda las redadas.');
    expect(matches).toContainEqual(expect.objectContaining({ text: 'Veintidós senadores demócratas', lang: 'es' }));
  });
});
