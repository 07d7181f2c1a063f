/**
 * esbuild plugins that keep the content script small (issue 6: content.js ≤ 60 KB gzipped). The
 * content script runs on every page, so what it ships is budgeted; the popup and options pages are not.
 */
import { transform, type Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { triggerPatternOf } from '../src/matcher/index.ts';
import { markRangesOnly } from './mark-js-subset.ts';
import type { MatcherDataset } from '../src/shared/dataset-schema.ts';
import { SETTINGS_SHAPE } from '../src/shared/settings-shape-data.ts';

/**
 * The content script's stylesheets (imported as text for its shadow roots) minified: comments and
 * whitespace are most of card.css. esbuild's CSS minifier keeps every rule's meaning; `target` is
 * the browser the bundle is for, so no syntax is rewritten for older ones.
 */
export function minifiedContentCss(target: string): Plugin {
  return {
    name: 'minified-content-css',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]content[\\/].*\.css$/ }, async ({ path }) => {
        const source = await readFile(path, 'utf8');
        const { code } = await transform(source, { loader: 'css', minify: true, target, sourcefile: path });
        return { contents: code.trimEnd(), loader: 'text', watchFiles: [path] };
      });
    },
  };
}

/**
 * Serves src/content/trigger-pattern.ts as the finished pattern: the regex the matcher's `mayMatch`
 * tests, compiled from data/dataset.json at build time, so the content script holds neither the
 * dataset nor the matcher (docs/adr/0007). Read after the dataset is built. Written as a regex
 * literal: a string would double every backslash of a pattern that grows with the matcher.
 */
export function contentTriggerPattern(datasetPath: string): Plugin {
  return {
    name: 'content-trigger-pattern',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]content[\\/]trigger-pattern\.ts$/ }, async () => {
        const dataset = JSON.parse(await readFile(datasetPath, 'utf8')) as MatcherDataset;
        const { source, flags } = triggerPatternOf(dataset);
        return {
          // String() of a RegExp is its literal, with `/` and line breaks in the source escaped.
          contents: `export const TRIGGER = ${String(new RegExp(source, flags))};`,
          loader: 'ts',
          watchFiles: [datasetPath],
        };
      });
    },
  };
}

/**
 * Serves mark.js's ES2015 build as just what markRanges runs (build/mark-js-subset.ts says what is
 * cut and why): the content script imports mark.js only for that call.
 */
export function markJsSubset(): Plugin {
  return {
    name: 'mark-js-subset',
    setup(build) {
      build.onLoad({ filter: /[\\/]mark\.js[\\/]dist[\\/]mark\.es6\.js$/ }, async ({ path }) => ({
        contents: markRangesOnly(await readFile(path, 'utf8')),
        loader: 'js',
      }));
    },
  };
}

/**
 * Puts src/shared/browser-native.ts in place of the browser seam (src/shared/browser.ts) for the
 * content script's bundles: the browsers' own promise APIs suffice there, and webextension-polyfill
 * would add 10 KB to every page (issue 14). Other bundles keep the polyfill.
 */
export function nativeBrowserSeam(): Plugin {
  return {
    name: 'native-browser-seam',
    setup(build) {
      build.onResolve({ filter: /[\\/]browser\.ts$/ }, ({ path, resolveDir }) => {
        const resolved = resolve(resolveDir, path);
        if (!/[\\/]src[\\/]shared[\\/]browser\.ts$/.test(resolved)) return undefined;
        return { path: resolved.replace(/browser\.ts$/, 'browser-native.ts') };
      });
    },
  };
}

/**
 * Serves src/shared/settings-shape-data.ts as the finished shape of the settings schema (JSON), so
 * the content script's bundles check stored settings with the same rules and without valibot.
 */
export function settingsShapeData(): Plugin {
  return {
    name: 'settings-shape-data',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]shared[\\/]settings-shape-data\.ts$/ }, () => ({
        contents: `export const SETTINGS_SHAPE = ${JSON.stringify(SETTINGS_SHAPE)};`,
        loader: 'ts',
      }));
    },
  };
}
