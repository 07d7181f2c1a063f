/** The `npm run -s match` CLI prints a differing figure, a Spanish block's language, and with --rejected the candidates turned down with their reasons. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

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

type Output = ReturnType<typeof match>;

describe('match CLI', () => {
  const page =
    'In a letter to Obama, 22 GOP senators asked the administration to pause the resettlement of Syrian refugees.\n' +
    'By Tuesday evening 147 House Democrats had signed the letter asking Obama to suspend the deportation raids.';
  let plain: Output;
  let withRejected: Output;
  let spanish: Output;
  // Each run starts tsx (a few seconds on a loaded machine): run them once.
  beforeAll(() => {
    plain = match(page);
    withRejected = match(page, '--rejected');
    spanish = match('Veintidós senadores demócratas pidieron al presidente Obama que suspenda las redadas.');
  }, 120_000);

  it('prints rejected candidates with their reason only when asked', () => {
    expect(plain.rejected).toBeUndefined();
    expect(withRejected.rejected).toContainEqual(
      expect.objectContaining({
        text: '22 GOP senators',
        entry: 'senate-letter-22',
        reason: expect.stringMatching(/party.*GOP/),
      }),
    );
  });

  it('prints what the page and the sources say when the figure differs', () => {
    expect(plain.matches).toContainEqual(
      expect.objectContaining({ text: '147 House Democrats', differs: { page: '147', sources: '146' } }),
    );
  });

  it('marks matches in a Spanish block', () => {
    expect(spanish.matches).toContainEqual(
      expect.objectContaining({ text: 'Veintidós senadores demócratas', lang: 'es' }),
    );
  });
});
