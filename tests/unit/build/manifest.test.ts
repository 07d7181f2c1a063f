import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestFor, parseSourceManifest, ManifestError } from '../../../build/manifest.ts';

const source = parseSourceManifest(readFileSync('manifest.json', 'utf8'));

describe('manifestFor', () => {
  it('gives Chrome a service worker and no Firefox settings', () => {
    const chrome = manifestFor(source, 'chrome');
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome).not.toHaveProperty('browser_specific_settings');
  });

  it('gives Firefox background scripts, a gecko id and data_collection_permissions', () => {
    const firefox = manifestFor(source, 'firefox');
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    const gecko = (firefox.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toMatch(/@/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('does not modify the source manifest', () => {
    const before = JSON.stringify(source);
    manifestFor(source, 'chrome');
    manifestFor(source, 'firefox');
    expect(JSON.stringify(source)).toBe(before);
  });

  it('keeps the public contract keys in both targets', () => {
    for (const target of ['chrome', 'firefox'] as const) {
      const manifest = manifestFor(source, target);
      expect(manifest.name).toBe('Backstory');
      expect(manifest.version).toBe('0.1.0');
      expect((manifest.action as { default_popup: string }).default_popup).toBe('popup.html');
      expect((manifest.options_ui as { page: string }).page).toBe('options.html');
    }
  });
});

describe('parseSourceManifest', () => {
  it('names the file and the problem for invalid JSON', () => {
    expect(() => parseSourceManifest('{ "name": ', 'manifest.json')).toThrow(/manifest.json: not valid JSON/);
  });

  it('names a missing required key', () => {
    const { content_scripts: _omitted, ...rest } = JSON.parse(readFileSync('manifest.json', 'utf8'));
    expect(() => parseSourceManifest(JSON.stringify(rest), 'm.json')).toThrow(new ManifestError('m.json: missing required key "content_scripts"'));
  });

  it('requires a gecko id, without which Firefox storage.sync fails', () => {
    const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
    delete manifest.browser_specific_settings;
    expect(() => parseSourceManifest(JSON.stringify(manifest))).toThrow(/gecko.id is required/);
  });
});
