/**
 * Where the real browsers are. Debian's chromium and firefox-esr by default, or the paths in
 * CHROMIUM_PATH / FIREFOX_PATH. A missing browser is an error that says what to install.
 */
import { existsSync } from 'node:fs';

export type BrowserName = 'chromium' | 'firefox';

const CANDIDATES: Record<BrowserName, { env: string; paths: string[]; debianPackage: string }> = {
  chromium: {
    env: 'CHROMIUM_PATH',
    paths: ['/usr/bin/chromium', '/usr/lib/chromium/chromium'],
    debianPackage: 'chromium',
  },
  firefox: { env: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'], debianPackage: 'firefox-esr' },
};

export class MissingBrowserError extends Error {}

export function browserPath(name: BrowserName): string {
  const { env, paths, debianPackage } = CANDIDATES[name];
  const fromEnv = process.env[env];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new MissingBrowserError(`${env}=${fromEnv} does not exist. Point ${env} at a ${name} binary.`);
  }
  const found = paths.find((path) => existsSync(path));
  if (found) return found;
  throw new MissingBrowserError(
    `${name} not found (looked in ${paths.join(', ')}). Install it with ` +
      `"apt-get install -y ${debianPackage}" (Debian) or set ${env} to its path.`,
  );
}

export function debianPackageFor(name: BrowserName): string {
  return CANDIDATES[name].debianPackage;
}
