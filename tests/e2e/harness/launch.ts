/** Launches either browser with the built extension from dist/. */
import { join } from 'node:path';
import { ROOT } from './server.ts';
import type { BrowserName } from './browsers.ts';
import { launchChromium } from './chromium.ts';
import { launchFirefox } from './firefox.ts';
import type { ExtensionSession } from './session.ts';

export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  /** Send every request (loopback included) through this HTTP proxy, e.g. to record them all. */
  proxy?: string;
  /** The built extension's folder holding chrome/ and firefox/ (default dist/, the test build). */
  dist?: string;
}

export function launch(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionSession> {
  return name === 'chromium'
    ? launchChromium(join(options.dist ?? join(ROOT, 'dist'), 'chrome'), options)
    : launchFirefox(join(options.dist ?? join(ROOT, 'dist'), 'firefox'), options);
}
