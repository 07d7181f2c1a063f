/**
 * The manifest asks for exactly the permissions docs/permissions.md explains, one line each, and
 * each API permission is actually used by the source (nothing more permitted than needed).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
}

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as Manifest;
const doc = readFileSync('docs/permissions.md', 'utf8');

/** `- name: explanation` bullets (name may be back-quoted; host patterns contain ':' but not ': '). */
function documentedPermissions(markdown: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const line of markdown.split('\n')) {
    const match = /^[-*] `?(.+?)`?: (.*)$/.exec(line.trim());
    if (match) found.set(match[1]!, match[2]!.trim());
  }
  return found;
}

function requested(): string[] {
  return [
    ...(manifest.permissions ?? []),
    ...(manifest.optional_permissions ?? []),
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
  ];
}

function sourceText(dir: string): string {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .map((path) => (statSync(path).isDirectory() ? sourceText(path) : /\.tsx?$/.test(path) ? readFileSync(path, 'utf8') : ''))
    .join('\n');
}

/** How the source shows it uses each API permission. */
const USAGE: Record<string, RegExp> = {
  storage: /\bstorage\.(sync|local|session|onChanged)\b/,
  contextMenus: /\b(contextMenus|menus)\.(create|onClicked|update|remove)/,
  scripting: /\bscripting\.(executeScript|insertCSS|registerContentScripts)/,
  activeTab: /\b(scripting|tabs)\.\w+/,
  tabs: /\btabs\.\w+/,
  alarms: /\balarms\.\w+/,
};

describe('permissions', () => {
  const documented = documentedPermissions(doc);

  it('docs/permissions.md lists exactly the manifest permissions and host permissions', () => {
    expect([...documented.keys()].sort()).toEqual([...new Set(requested())].sort());
  });

  it('explains every permission in one non-empty line', () => {
    for (const [name, explanation] of documented) expect(explanation.length, name).toBeGreaterThan(10);
  });

  it('asks for no host permissions beyond the content script on pages', () => {
    const hosts = [...(manifest.host_permissions ?? []), ...(manifest.optional_host_permissions ?? [])];
    expect(hosts).toEqual([]);
    expect(manifest.content_scripts?.flatMap((script) => script.matches)).toEqual(['<all_urls>']);
  });

  it('uses every API permission it asks for', () => {
    const source = sourceText('src');
    for (const permission of [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])]) {
      const usage = USAGE[permission];
      expect(usage, `no usage rule for permission "${permission}": add one to this test`).toBeDefined();
      expect(usage!.test(source), `permission "${permission}" is requested but never used in src/`).toBe(true);
    }
  });

  it('reads the documented list the way it is written', () => {
    expect(documentedPermissions('- storage: keeps settings\n- `https://*/*`: reads pages\ntext: not a bullet')).toEqual(
      new Map([
        ['storage', 'keeps settings'],
        ['https://*/*', 'reads pages'],
      ]),
    );
  });
});
