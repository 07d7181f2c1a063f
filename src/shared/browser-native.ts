/**
 * The browser seam as the content script's bundles get it (build/build.ts puts this file in place
 * of browser.ts there): the browser's own promise-based namespace, without webextension-polyfill's
 * 10 KB on every page. Enough for what content code calls (runtime messaging, storage, i18n,
 * getURL): Firefox's `browser` and Chrome's MV3 `chrome` both return promises for them. serve()
 * answers through sendResponse, so no promise-returning onMessage listener is needed either.
 */
import type { browser as PolyfilledBrowser } from './browser.ts';

export type { Runtime, Storage, Tabs, Menus } from './browser.ts';

type Native = { browser?: typeof PolyfilledBrowser; chrome?: typeof PolyfilledBrowser };
const native = globalThis as unknown as Native;

export const browser = (native.browser ?? native.chrome)!;
