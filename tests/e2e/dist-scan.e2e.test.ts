/**
 * Static checks on the built extension (runs after the build, with the e2e suite): no code is ever
 * built from strings, extension pages carry a strict CSP, and the pages load only packaged scripts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness/server.ts';

const TARGETS = ['chrome', 'firefox'] as const;

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, extension);
    return path.endsWith(extension) ? [path] : [];
  });
}

/** Directive name → its sources, from a CSP string. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Problems with an extension-pages CSP: anything that would let code come from elsewhere or from strings. */
export function cspProblems(policy: string | undefined): string[] {
  if (!policy) return ['no content_security_policy.extension_pages'];
  const csp = parseCsp(policy);
  const problems: string[] = [];
  const scripts = csp.get('script-src') ?? csp.get('default-src');
  if (!scripts) problems.push('no script-src');
  else if (scripts.join(' ') !== "'self'") problems.push(`script-src is "${scripts.join(' ')}", want exactly 'self'`);
  const objects = csp.get('object-src') ?? csp.get('default-src');
  if (!objects || !(objects.join(' ') === "'none'" || objects.join(' ') === "'self'")) problems.push("object-src must be 'none' or 'self'");
  if (/unsafe-(eval|inline)|https?:|\*/.test(policy)) problems.push('allows unsafe-eval, unsafe-inline, a remote host or a wildcard');
  return problems;
}

describe('cspProblems (the checker itself)', () => {
  it('accepts a strict policy and rejects loose ones', () => {
    expect(cspProblems("script-src 'self'; object-src 'none'")).toEqual([]);
    expect(cspProblems("script-src 'self' 'unsafe-eval'; object-src 'none'").length).toBeGreaterThan(0);
    expect(cspProblems("script-src 'self' https://cdn.example; object-src 'none'").length).toBeGreaterThan(0);
    expect(cspProblems("script-src 'self'").length).toBeGreaterThan(0);
    expect(cspProblems(undefined).length).toBeGreaterThan(0);
  });
});

describe.each(TARGETS)('dist/%s', (target) => {
  const dir = join(ROOT, 'dist', target);

  it('is built', () => {
    expect(existsSync(join(dir, 'manifest.json')), `${dir} missing: run npm run build`).toBe(true);
  });

  it('contains no eval( or new Function( in any bundle', () => {
    const bundles = filesUnder(dir, '.js');
    expect(bundles.length).toBeGreaterThanOrEqual(4);
    const offenders = bundles.filter((file) => /\beval\s*\(|new\s+Function\s*\(/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('gives extension pages a strict CSP', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(cspProblems(manifest.content_security_policy?.extension_pages)).toEqual([]);
  });

  it('loads only packaged scripts in its HTML pages (no inline or remote scripts)', () => {
    const pages = filesUnder(dir, '.html');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      for (const [, attributes, body] of scripts) {
        expect(body!.trim(), `inline script in ${page}`).toBe('');
        expect(attributes, `remote script in ${page}`).not.toMatch(/src\s*=\s*["']?(https?:)?\/\//i);
      }
      expect(html, `remote stylesheet in ${page}`).not.toMatch(/<link[^>]+href\s*=\s*["']?(https?:)?\/\//i);
    }
  });
});
