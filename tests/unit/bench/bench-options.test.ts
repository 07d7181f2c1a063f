import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BenchUsageError, parseBenchArgs } from '../../bench/extension/bench-options.ts';
import { realPagesBySize } from '../../bench/extension/bench-pages.ts';

describe('bench flags', () => {
  it('defaults to best of 3, Firefox on, no baseline', () => {
    expect(parseBenchArgs([])).toEqual({
      quick: false,
      runs: 3,
      baseline: undefined,
      paint: [],
      firefox: true,
      only: [],
    });
  });

  it('reads the paint modes to compare, once each, and refuses an unknown one', () => {
    expect(parseBenchArgs(['--paint', 'marks,hybrid,marks']).paint).toEqual(['marks', 'hybrid']);
    expect(() => parseBenchArgs(['--paint', 'marks,ink'])).toThrow(BenchUsageError);
  });

  it('--quick loads each page once unless --runs says otherwise', () => {
    expect(parseBenchArgs(['--quick']).runs).toBe(1);
    expect(parseBenchArgs(['--quick', '--runs', '2']).runs).toBe(2);
  });

  it('reads the baseline ref and the bench names', () => {
    const options = parseBenchArgs(['--baseline', 'main~1', '--only', 'extension,matcher', '--no-firefox']);
    expect(options).toMatchObject({ baseline: 'main~1', only: ['extension', 'matcher'], firefox: false });
  });

  it('refuses unknown flags and missing values', () => {
    expect(() => parseBenchArgs(['--fast'])).toThrow(BenchUsageError);
    expect(() => parseBenchArgs(['--baseline'])).toThrow(BenchUsageError);
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow(BenchUsageError);
  });
});

describe('real pages by size', () => {
  it('keeps the smallest and the largest and spreads the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-pages-'));
    for (let i = 1; i <= 10; i++) writeFileSync(join(dir, `p${i}.html`), 'x'.repeat(i * 100));
    writeFileSync(join(dir, 'notes.txt'), 'not a page');
    expect(realPagesBySize(4, dir)).toEqual(['p1.html', 'p4.html', 'p7.html', 'p10.html']);
    expect(realPagesBySize(20, dir)).toHaveLength(10);
  });
});
