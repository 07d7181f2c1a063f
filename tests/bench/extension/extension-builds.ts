/**
 * The builds the extension bench compares: this tree, built now with `BACKSTORY_TEST=1` (the test
 * build keeps the `data-backstory-state` attribute the bench waits for), and optionally a baseline
 * ref built the same way in a temporary git worktree (node_modules symlinked), removed afterwards,
 * or this tree once per paint mode (ADR 0008 experiment) into temporary directories.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { PaintMode } from '../../../src/content/paint-mode.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');

export interface ExtensionBuild {
  label: string;
  root: string;
  chrome: string;
  firefox: string;
}

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

function buildIn(root: string, label: string): ExtensionBuild {
  process.stdout.write(`building ${label} (BACKSTORY_TEST=1 npm run build)…\n`);
  execFileSync('npm', ['run', '-s', 'build'], {
    cwd: root,
    env: { ...process.env, BACKSTORY_TEST: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { label, root, chrome: join(root, 'dist/chrome'), firefox: join(root, 'dist/firefox') };
}

/** This tree built with BACKSTORY_PAINT=`mode` into a temporary directory; call remove() when done. */
export function buildPaintMode(mode: PaintMode): ExtensionBuild & { remove(): void } {
  const dist = mkdtempSync(join(tmpdir(), `backstory-paint-${mode}-`));
  process.stdout.write(`building paint ${mode} (BACKSTORY_TEST=1 BACKSTORY_PAINT=${mode} build --out)…\n`);
  execFileSync('npx', ['tsx', 'build/build.ts', '--out', dist], {
    cwd: ROOT,
    env: { ...process.env, BACKSTORY_TEST: '1', BACKSTORY_PAINT: mode },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return {
    label: `paint ${mode}`,
    root: ROOT,
    chrome: join(dist, 'chrome'),
    firefox: join(dist, 'firefox'),
    remove: () => rmSync(dist, { recursive: true, force: true }),
  };
}

export function buildThisTree(): ExtensionBuild {
  const dirty = git(ROOT, 'status', '--porcelain', '--untracked-files=no') ? '+changes' : '';
  return buildIn(ROOT, `this (${git(ROOT, 'rev-parse', '--short', 'HEAD')}${dirty})`);
}

/** Builds `ref` in a temporary worktree; call remove() when done with its dist. */
export function buildBaseline(ref: string): ExtensionBuild & { remove(): void } {
  const sha = git(ROOT, 'rev-parse', '--short', `${ref}^{commit}`);
  const dir = join(mkdtempSync(join(tmpdir(), 'backstory-baseline-')), 'tree');
  git(ROOT, 'worktree', 'add', '--detach', dir, sha);
  const remove = () => {
    try {
      git(ROOT, 'worktree', 'remove', '--force', dir);
    } catch {
      rmSync(dir, { recursive: true, force: true });
      git(ROOT, 'worktree', 'prune');
    }
  };
  try {
    symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(dir, 'node_modules'));
    return { ...buildIn(dir, `baseline ${ref} (${sha})`), remove };
  } catch (error) {
    remove();
    throw error;
  }
}
