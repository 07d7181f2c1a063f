/**
 * The content script runs in every frame of every page, so its size is budgeted (issue 14:
 * content.js <= 20 KB gzipped). Builds it exactly as build/build.ts does, for both browsers, and
 * checks the budget and what keeps it: no Preact, @floating-ui, webextension-polyfill or valibot
 * (the card's rendering is card.js, loaded when a card opens; docs/adr/0007).
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { contentScriptOptions } from '../../../build/build.ts';
import type { Target } from '../../../build/manifest.ts';

const BUDGET_GZIPPED = 20 * 1024;

async function contentScript(target: Target) {
  const result = await build({
    ...contentScriptOptions(target, { content: 'src/content/index.ts' }, 'iife'),
    write: false,
    metafile: true,
  });
  return { code: result.outputFiles[0]!.contents, inputs: Object.keys(result.metafile.inputs) };
}

describe.each(['chrome', 'firefox'] as const)('content.js for %s', (target) => {
  it(`is at most ${BUDGET_GZIPPED} bytes gzipped (gzip -9)`, { timeout: 60_000 }, async () => {
    const { code } = await contentScript(target);
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(BUDGET_GZIPPED);
  });

  it('bundles none of the card-only or page-only libraries', { timeout: 60_000 }, async () => {
    const { inputs } = await contentScript(target);
    expect(
      inputs.filter((input) => /node_modules[\\/](preact|@floating-ui|webextension-polyfill|valibot)[\\/]/.test(input)),
    ).toEqual([]);
    expect(inputs.some((input) => input.endsWith('src/content/card/MentionCard.tsx'))).toBe(false);
  });
});
