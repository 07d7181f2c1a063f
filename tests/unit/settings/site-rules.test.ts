import { describe, expect, it } from 'vitest';
import {
  pageState,
  parseSitePattern,
  patternMatches,
  siteAllowed,
  siteSwitchChange,
  isValidSitePattern,
} from '../../../src/shared/site-rules.ts';
import { DEFAULT_SETTINGS, PAUSE_UNTIL_RESTART } from '../../../src/shared/settings-defaults.ts';

describe('parseSitePattern', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  News.Example.COM ', 'news.example.com'],
    ['*.example.com', '*.example.com'],
    ['https://www.example.com/path?q=1', 'www.example.com'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['example.com.', 'example.com'],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example'],
  ])('accepts %j as %j', (input, pattern) => {
    expect(parseSitePattern(input)).toEqual({ ok: true, pattern });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['exa mple.com', 'spaces'],
    ['example.com/news', 'path'],
    ['example.com:8080', 'port'],
    ['ex*ample.com', 'wildcard'],
    ['*.127.0.0.1', 'wildcard'],
    ['example_site.com', 'characters'],
    ['-example.com', 'label'],
    ['example..com', 'label'],
    [`${'a'.repeat(64)}.com`, 'label'],
    [Array(60).fill('abcd').join('.'), 'tooLong'],
  ])('refuses %j (%s)', (input, problem) => {
    expect(parseSitePattern(input)).toEqual({ ok: false, problem });
  });

  it('isValidSitePattern only accepts the normalised form', () => {
    expect(isValidSitePattern('example.com')).toBe(true);
    expect(isValidSitePattern('Example.com')).toBe(false);
    expect(isValidSitePattern('https://example.com')).toBe(false);
  });
});

describe('patternMatches', () => {
  it('a host name covers itself and its subdomains, not look-alikes', () => {
    expect(patternMatches('example.com', 'example.com')).toBe(true);
    expect(patternMatches('example.com', 'www.example.com')).toBe(true);
    expect(patternMatches('example.com', 'notexample.com')).toBe(false);
    expect(patternMatches('example.com', 'example.com.evil.org')).toBe(false);
  });
  it('a wildcard covers subdomains only', () => {
    expect(patternMatches('*.example.com', 'a.b.example.com')).toBe(true);
    expect(patternMatches('*.example.com', 'example.com')).toBe(false);
  });
  it('an IP address covers only itself, and an empty host matches nothing', () => {
    expect(patternMatches('127.0.0.1', '127.0.0.1')).toBe(true);
    expect(patternMatches('0.0.1', '127.0.0.1')).toBe(false);
    expect(patternMatches('example.com', '')).toBe(false);
  });
});

describe('site modes and page state', () => {
  const base = { ...DEFAULT_SETTINGS };
  it('deny mode runs everywhere but the denied sites', () => {
    const settings = { ...base, deniedSites: ['example.com'] };
    expect(siteAllowed(settings, 'www.example.com')).toBe(false);
    expect(siteAllowed(settings, 'news.org')).toBe(true);
  });
  it('allow-list mode runs only on the allowed sites', () => {
    const settings = { ...base, siteMode: 'allow' as const, allowedSites: ['news.org'], deniedSites: ['news.org'] };
    expect(siteAllowed(settings, 'news.org')).toBe(true);
    expect(siteAllowed(settings, 'example.com')).toBe(false);
  });
  it('orders the states: turned off, then paused, then the site rules', () => {
    const now = 1_000;
    expect(pageState({ ...base, enabled: false, pausedUntil: 2_000 }, 'a.org', now)).toBe('disabled');
    expect(pageState({ ...base, pausedUntil: 2_000, deniedSites: ['a.org'] }, 'a.org', now)).toBe('paused');
    expect(pageState({ ...base, pausedUntil: PAUSE_UNTIL_RESTART }, 'a.org', now)).toBe('paused');
    expect(pageState({ ...base, pausedUntil: 500, deniedSites: ['a.org'] }, 'a.org', now)).toBe('off-site');
    expect(pageState(base, 'a.org', now)).toBe('on');
  });
});

describe('siteSwitchChange', () => {
  it('deny mode: off adds the host, on removes every pattern covering it', () => {
    const settings = { ...DEFAULT_SETTINGS, deniedSites: ['other.org'] };
    expect(siteSwitchChange(settings, 'www.example.com', false)).toEqual({
      deniedSites: ['other.org', 'www.example.com'],
    });
    const denied = { ...settings, deniedSites: ['example.com', '*.example.com', 'other.org'] };
    expect(siteSwitchChange(denied, 'www.example.com', true)).toEqual({ deniedSites: ['other.org'] });
  });
  it('allow-list mode: on adds the host, off removes the patterns covering it', () => {
    const settings = { ...DEFAULT_SETTINGS, siteMode: 'allow' as const, allowedSites: ['example.com', 'b.org'] };
    expect(siteSwitchChange(settings, 'news.org', true)).toEqual({
      allowedSites: ['example.com', 'b.org', 'news.org'],
    });
    expect(siteSwitchChange(settings, 'www.example.com', false)).toEqual({ allowedSites: ['b.org'] });
  });
});
