/**
 * The one browser-API seam: the only module that imports webextension-polyfill. Everything else
 * imports `browser` (and its types) from here, so tests can fake one module and the polyfill can be
 * dropped in one place once every supported browser ships a native promise-based `browser`. The
 * content script's bundles (content.js, card.js) get browser-native.ts in its place (build/build.ts).
 */
import browser from 'webextension-polyfill';

export type { Runtime, Storage, Tabs, Menus } from 'webextension-polyfill';
export { browser };
