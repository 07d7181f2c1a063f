/**
 * Builds dist/chrome and dist/firefox from one source tree: dataset first (from data/corpus), then
 * every entry bundled with esbuild (IIFE: a content script cannot be an ES module, and one classic
 * script serves as both Chrome's service worker and Firefox's background script), plus card.js, the
 * card's rendering as an ES module the content script imports when a first card opens; then static
 * files, locales, icons and the per-browser manifest. `--watch` rebuilds on change.
 */
import { context, type BuildOptions } from 'esbuild';
import { watch as watchFiles } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { manifestFor, parseSourceManifest, ManifestError, type Target } from './manifest.ts';
import { renderIcons } from './icons.ts';
import { buildBundledDataset } from './dataset/bundle.ts';
import {
  contentTriggerPattern,
  markJsSubset,
  minifiedContentCss,
  nativeBrowserSeam,
  settingsShapeData,
} from './content-plugins.ts';
import { paintModeOf } from '../src/content/paint-mode.ts';

export const ROOT = resolve(import.meta.dirname, '..');
export const DIST = join(ROOT, 'dist');
const TARGETS: Record<Target, string> = { chrome: 'chrome120', firefox: 'firefox142' };

const ENTRIES = {
  background: 'src/background/index.ts',
  popup: 'src/popup/index.tsx',
  options: 'src/options/index.tsx',
};
/** The content script: a classic script, run on every page (its size is budgeted, issue 14). */
const CONTENT = { content: 'src/content/index.ts' };
/** Loaded by the content script with import() (src/content/card/view-loader.ts), so an ES module. */
const CARD_MODULE = { card: 'src/content/card/module.tsx' };
const STATIC_FILES = ['src/popup/popup.html', 'src/options/options.html'];

export function esbuildOptions(target: Target, dist = DIST): BuildOptions {
  return {
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: join(dist, target),
    bundle: true,
    format: 'iife',
    target: TARGETS[target],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'text' },
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    define: {
      'process.env.NODE_ENV': '"production"',
      __TARGET__: JSON.stringify(target),
      // BACKSTORY_TEST=1: the test build marks readiness on <html> for tests and benchmarks; the
      // normal build leaves no trace on a page (issue 14).
      __BACKSTORY_TEST__: JSON.stringify(process.env.BACKSTORY_TEST === '1'),
      // Experiment for ADR 0008 (src/content/paint-mode.ts): unset means marks, today's drawing.
      __BACKSTORY_PAINT__: JSON.stringify(paintModeOf(process.env.BACKSTORY_PAINT)),
    },
    logLevel: 'warning',
    plugins: [minifiedContentCss(TARGETS[target]), contentTriggerPattern(join(ROOT, 'data/dataset.json'))],
  };
}

/**
 * A bundle that runs in the content script's world: the native browser seam (no polyfill), the
 * settings shape as data (no valibot), and only the part of mark.js that markRanges runs.
 */
export function contentScriptOptions(
  target: Target,
  entryPoints: Record<string, string>,
  format: 'iife' | 'esm',
  dist = DIST,
): BuildOptions {
  const options = esbuildOptions(target, dist);
  return {
    ...options,
    entryPoints,
    format,
    plugins: [nativeBrowserSeam(), settingsShapeData(), markJsSubset(), ...(options.plugins ?? [])],
  };
}

async function writeStatic(target: Target, dist = DIST): Promise<void> {
  const out = join(dist, target);
  const source = await readFile(join(ROOT, 'manifest.json'), 'utf8');
  const manifest = manifestFor(parseSourceManifest(source, join(ROOT, 'manifest.json')), target);
  await writeFile(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  for (const file of STATIC_FILES) await cp(join(ROOT, file), join(out, file.split('/').pop()!));
  await cp(join(ROOT, 'src/_locales'), join(out, '_locales'), { recursive: true });
  await renderIcons(join(ROOT, 'icons'), join(out, 'icons'));
}

/** `dist`: where dist/chrome and dist/firefox go (tests build the normal build beside the test build). */
export async function build({ watch = false, dist = DIST } = {}): Promise<void> {
  const started = performance.now();
  await buildBundledDataset(ROOT);
  for (const target of Object.keys(TARGETS) as Target[]) {
    await rm(join(dist, target), { recursive: true, force: true });
    await mkdir(join(dist, target), { recursive: true });
    const contexts = await Promise.all([
      context(esbuildOptions(target, dist)),
      context(contentScriptOptions(target, CONTENT, 'iife', dist)),
      context(contentScriptOptions(target, CARD_MODULE, 'esm', dist)),
    ]);
    for (const ctx of contexts) await ctx.rebuild();
    await writeStatic(target, dist);
    for (const ctx of contexts) {
      if (watch) await ctx.watch();
      else await ctx.dispose();
    }
  }
  console.log(
    `built ${dist === DIST ? 'dist' : dist}/chrome and /firefox${process.env.BACKSTORY_TEST === '1' ? ' (test build)' : ''}${process.env.BACKSTORY_PAINT ? ` (paint: ${process.env.BACKSTORY_PAINT})` : ''} in ${Math.round(performance.now() - started)} ms`,
  );
  if (watch) watchStatic();
}

/** esbuild watches the bundles; this copies HTML, CSS, locales and the manifest when they change. */
function watchStatic(): void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const recopy = (file: string | null) => {
    if (!file || /\.(tsx?)$/.test(file)) return;
    clearTimeout(pending);
    pending = setTimeout(() => {
      for (const target of Object.keys(TARGETS) as Target[]) {
        writeStatic(target).then(
          () => console.log(`${target}: copied static files (${file} changed)`),
          (error: unknown) => console.error(`${target}: ${(error as Error).message}`),
        );
      }
    }, 100);
  };
  watchFiles(join(ROOT, 'src'), { recursive: true }, (_event, file) => recopy(file));
  watchFiles(join(ROOT, 'manifest.json'), () => recopy('manifest.json'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const watch = process.argv.includes('--watch');
  const out = process.argv.indexOf('--out');
  build({ watch, dist: out > 0 && process.argv[out + 1] ? resolve(process.argv[out + 1]!) : DIST }).catch(
    (error: unknown) => {
      // esbuild has already printed its errors with file and line; don't repeat them as a stack.
      const esbuildErrors = (error as { errors?: unknown[] }).errors;
      if (error instanceof ManifestError) console.error(`build failed: ${error.message}`);
      else if (Array.isArray(esbuildErrors)) console.error(`build failed: ${esbuildErrors.length} error(s) above`);
      else console.error('build failed:', error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
  if (watch) console.log('watching src/ and manifest.json for changes');
}
