import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minifiedContentCss } from '../../../build/content-plugins.ts';

const CARD_CSS = resolve('src/content/card/card.css');

/** card.css as the content bundle ships it: imported as text through the plugin. */
async function bundledCardCss(): Promise<string> {
  const result = await build({
    stdin: { contents: `import css from ${JSON.stringify(CARD_CSS)}; export default css;`, resolveDir: resolve('.') },
    bundle: true,
    format: 'cjs',
    write: false,
    loader: { '.css': 'text' },
    plugins: [minifiedContentCss('chrome120')],
    logLevel: 'silent',
  });
  const module = { exports: {} as { default?: string } };
  new Function('module', 'exports', result.outputFiles[0]!.text)(module, module.exports);
  return module.exports.default!;
}

/**
 * Every rule as "conditions selector {property names}", read with a plain brace walk (independent of
 * esbuild's own CSS parser): comments and whitespace are not significant, nor `::before` vs `:before`
 * (the minifier uses the shorter, equivalent CSS2 spelling), nor a keyframe's `from` vs `0%`.
 */
function ruleOutline(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const squash = (part: string) =>
    part
      .replace(/\s+/g, ' ')
      .replace(/\s*([>,+~(){}:;])\s*/g, '$1')
      .replace(/::(before|after)\b/g, ':$1')
      .trim()
      .replace(/^from$/, '0%');
  const outline: string[] = [];
  const open: string[] = [];
  let buffer = '';
  for (const char of text) {
    if (char === '{') {
      open.push(squash(buffer));
      buffer = '';
    } else if (char === '}') {
      const head = open.pop()!;
      if (buffer.includes(':')) {
        const properties = buffer
          .split(';')
          .map((d) => d.split(':')[0]!.trim())
          .filter(Boolean)
          .sort();
        outline.push(`${[...open, head].join(' ')} {${properties.join(',')}}`);
      }
      buffer = '';
    } else {
      buffer += char;
    }
  }
  return outline;
}

describe('minifiedContentCss', () => {
  it('ships card.css without comments or layout whitespace, much smaller', async () => {
    const source = readFileSync(CARD_CSS, 'utf8');
    const shipped = await bundledCardCss();
    expect(shipped).not.toContain('/*');
    expect(shipped).not.toMatch(/\n\s/);
    expect(shipped.length).toBeLessThan(source.length * 0.8);
  });

  it('keeps every rule, selector and property of card.css', async () => {
    const source = readFileSync(CARD_CSS, 'utf8');
    const outline = ruleOutline(source);
    expect(outline.length).toBeGreaterThan(20);
    expect(ruleOutline(await bundledCardCss())).toEqual(outline);
  });
});
