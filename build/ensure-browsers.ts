/**
 * Makes sure the real browsers the e2e tests drive are present. On Debian as root a missing one
 * is installed with apt-get; anywhere else the step stops and says exactly what to install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { browserPath, debianPackageFor, MissingBrowserError, type BrowserName } from '../tests/e2e/harness/browsers.ts';

function missing(): BrowserName[] {
  return (['chromium', 'firefox'] as const).filter((name) => {
    try {
      browserPath(name);
      return false;
    } catch (error) {
      if (error instanceof MissingBrowserError) return true;
      throw error;
    }
  });
}

export function ensureBrowsers(): void {
  const absent = missing();
  if (absent.length === 0) return;
  const packages = absent.map(debianPackageFor);
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    throw new MissingBrowserError(
      `Missing browsers for the e2e tests: ${absent.join(', ')}. Install them with ` +
        `"sudo apt-get install -y ${packages.join(' ')}" or set CHROMIUM_PATH / FIREFOX_PATH.`,
    );
  }
  console.log(`Installing ${packages.join(' ')} with apt-get (needed by the e2e tests)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  const still = missing();
  if (still.length > 0) throw new MissingBrowserError(`apt-get ran but ${still.join(', ')} is still missing`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    ensureBrowsers();
    console.log('chromium and firefox-esr are present');
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
