/**
 * Site rules: which hosts Backstory runs on. A pattern is a hostname ("example.com", which also
 * covers its subdomains), a subdomain wildcard ("*.example.com", subdomains only), "localhost" or
 * an IPv4 address. Pure functions: the options page validates patterns as they are typed, the
 * content script and the background decide a page's state with the same code.
 */
import type { Settings } from './settings-defaults.ts';

/** Why a typed pattern is refused; each has a localised message `sitePattern_<reason>`. */
export type PatternProblem = 'empty' | 'spaces' | 'path' | 'port' | 'wildcard' | 'characters' | 'label' | 'tooLong';

export type PatternResult = { ok: true; pattern: string } | { ok: false; problem: PatternProblem };

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;

/** Accepts a pasted URL for convenience ("https://www.example.com/a" → "www.example.com"). */
function stripUrl(text: string): string {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//.exec(text);
  if (!scheme) return text;
  const rest = text.slice(scheme[0].length);
  const end = rest.search(/[/?#]/);
  return end === -1 ? rest : rest.slice(0, end);
}

/** Validates and normalises one pattern (lowercase, no trailing dot). */
export function parseSitePattern(input: string): PatternResult {
  const text = stripUrl(input.trim().toLowerCase());
  if (text === '') return { ok: false, problem: 'empty' };
  if (/\s/.test(text)) return { ok: false, problem: 'spaces' };
  if (/[/?#]/.test(text)) return { ok: false, problem: 'path' };
  if (/:\d*$/.test(text)) return { ok: false, problem: 'port' };
  const wildcard = text.startsWith('*.');
  const host = (wildcard ? text.slice(2) : text).replace(/\.$/, '');
  if (host.includes('*')) return { ok: false, problem: 'wildcard' };
  if (!/^[a-z0-9.-]+$/.test(host)) return { ok: false, problem: 'characters' };
  if (host.length > 253) return { ok: false, problem: 'tooLong' };
  if (IPV4.test(host)) return wildcard ? { ok: false, problem: 'wildcard' } : { ok: true, pattern: host };
  if (!host.split('.').every((label) => LABEL.test(label))) return { ok: false, problem: 'label' };
  return { ok: true, pattern: wildcard ? `*.${host}` : host };
}

export function isValidSitePattern(input: string): boolean {
  const result = parseSitePattern(input);
  return result.ok && result.pattern === input;
}

/** Does `pattern` (already valid) cover `host`? */
export function patternMatches(pattern: string, host: string): boolean {
  const hostname = host.toLowerCase().replace(/\.$/, '');
  if (hostname === '') return false;
  if (pattern.startsWith('*.')) return hostname.endsWith(pattern.slice(1));
  // Addresses have no subdomains: "0.0.1" must not cover 127.0.0.1.
  if (IPV4.test(pattern) || IPV4.test(hostname)) return hostname === pattern;
  return hostname === pattern || hostname.endsWith(`.${pattern}`);
}

export type SiteRuleSettings = Pick<Settings, 'siteMode' | 'deniedSites' | 'allowedSites'>;

/** Do the site rules let Backstory run on `host`? */
export function siteAllowed(settings: SiteRuleSettings, host: string): boolean {
  if (settings.siteMode === 'allow') return settings.allowedSites.some((pattern) => patternMatches(pattern, host));
  return !settings.deniedSites.some((pattern) => patternMatches(pattern, host));
}

/** A page's state, as the toolbar icon and the popup show it. */
export type PageState = 'on' | 'disabled' | 'paused' | 'off-site';

export function pageState(
  settings: Pick<Settings, 'enabled' | 'pausedUntil'> & SiteRuleSettings,
  host: string,
  now: number,
): PageState {
  if (!settings.enabled) return 'disabled';
  if (settings.pausedUntil > now) return 'paused';
  return siteAllowed(settings, host) ? 'on' : 'off-site';
}

/**
 * The change that turns Backstory on or off for one host from the popup's switch. Deny mode: off
 * adds the host to the deny list, on removes every denied pattern covering it. Allow-list mode:
 * on adds the host, off removes every allowed pattern covering it.
 */
export function siteSwitchChange(settings: SiteRuleSettings, host: string, on: boolean): Partial<Settings> {
  const covering = (pattern: string) => patternMatches(pattern, host);
  const hostname = host.toLowerCase();
  if (settings.siteMode === 'allow') {
    const rest = settings.allowedSites.filter((pattern) => !covering(pattern));
    return { allowedSites: on ? [...rest, hostname] : rest };
  }
  const rest = settings.deniedSites.filter((pattern) => !covering(pattern));
  return { deniedSites: on ? rest : [...rest, hostname] };
}
