/**
 * An in-memory stand-in for the one browser seam (src/shared/browser.ts), for unit and component
 * tests: storage areas with onChanged, message routing, tabs, action, menus, commands, alarms and
 * i18n reading the real en locale. Use with
 *   vi.mock('<path>/src/shared/browser.ts', async () => (await import('<path>/tests/helpers/fake-browser.ts')).browserModule());
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatMessage, type LocaleMessage } from '../../src/shared/message-format.ts';

type Listener = (...args: never[]) => unknown;

export class FakeEvent<L extends Listener = Listener> {
  readonly listeners: L[] = [];
  addListener(listener: L): void {
    this.listeners.push(listener);
  }
  removeListener(listener: L): void {
    const index = this.listeners.indexOf(listener);
    if (index !== -1) this.listeners.splice(index, 1);
  }
  hasListener(listener: L): boolean {
    return this.listeners.includes(listener);
  }
  emit(...args: Parameters<L>): unknown[] {
    return this.listeners.map((listener) => listener(...args));
  }
}

type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;
const clone = <T>(value: T): T => (value === undefined ? value : structuredClone(value));

export class FakeStorageArea {
  data: Record<string, unknown> = {};
  /** Makes every call fail, as storage.sync does in Firefox without an add-on id. */
  unavailable = false;
  writes = 0;
  constructor(
    private readonly name: string,
    private readonly onChanged: FakeEvent<(changes: Changes, area: string) => void>,
  ) {}
  private check(): void {
    if (this.unavailable) throw new Error(`storage.${this.name} is unavailable`);
  }
  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    this.check();
    const wanted = keys == null ? Object.keys(this.data) : typeof keys === 'string' ? [keys] : keys;
    return Object.fromEntries(wanted.filter((key) => key in this.data).map((key) => [key, clone(this.data[key])]));
  }
  async set(items: Record<string, unknown>): Promise<void> {
    this.check();
    this.writes++;
    const changes: Changes = {};
    for (const [key, value] of Object.entries(items)) {
      changes[key] = { oldValue: clone(this.data[key]), newValue: clone(value) };
      this.data[key] = clone(value);
    }
    this.fire(changes);
  }
  async remove(keys: string | string[]): Promise<void> {
    this.check();
    const changes: Changes = {};
    for (const key of typeof keys === 'string' ? [keys] : keys) {
      if (!(key in this.data)) continue;
      changes[key] = { oldValue: this.data[key] };
      delete this.data[key];
    }
    if (Object.keys(changes).length) this.fire(changes);
  }
  async clear(): Promise<void> {
    await this.remove(Object.keys(this.data));
  }
  private fire(changes: Changes): void {
    // Real browsers deliver storage.onChanged asynchronously.
    setTimeout(() => this.onChanged.emit(changes, this.name), 0);
  }
}

const locale = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../src/_locales/en/messages.json'), 'utf8'),
) as Record<string, LocaleMessage>;

/** browser.i18n.getMessage on the English messages; an unknown key gives '' as the browsers do. */
export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = locale[key];
  return entry ? formatMessage(entry, substitutions) : '';
}

export interface FakeTab {
  id: number;
  url?: string;
  active?: boolean;
}

/** Handles tabs.sendMessage for one tab the way its content script would (or throws: no receiver). */
export type TabHandler = (message: { name: string; args: unknown[] }, frameId: number) => unknown;

export function createFakeBrowser() {
  const onChanged = new FakeEvent<(changes: Changes, area: string) => void>();
  const onMessage = new FakeEvent<
    (message: unknown, sender: object, sendResponse: (reply: unknown) => void) => unknown
  >();
  /**
   * Delivers a runtime message as the real runtime does: the first listener that returns a promise,
   * or returns true and later calls sendResponse, answers; nobody answering is an error.
   */
  async function deliver(message: unknown, sender: object): Promise<unknown> {
    let answer!: (reply: unknown) => void;
    const answered = new Promise<unknown>((resolve) => (answer = resolve));
    for (const result of onMessage.emit(structuredClone(message), sender, (reply) => answer(reply))) {
      if (result instanceof Promise) return structuredClone(await result);
      if (result === true) return structuredClone(await answered);
    }
    throw new Error('Could not establish connection. Receiving end does not exist.');
  }
  const tabHandlers = new Map<number, TabHandler>();
  const calls = {
    badge: new Map<number, string>(),
    badgeColor: new Map<number, string>(),
    icon: new Map<number, Record<string, string>>(),
    title: new Map<number, string>(),
    menus: [] as { id: string; title: string; contexts: string[] }[],
    alarms: new Map<string, { when?: number }>(),
    openedOptions: 0,
    createdTabs: [] as string[],
  };
  let tabs: FakeTab[] = [];
  const browser = {
    storage: {
      onChanged,
      sync: new FakeStorageArea('sync', onChanged),
      local: new FakeStorageArea('local', onChanged),
      session: new FakeStorageArea('session', onChanged),
    },
    runtime: {
      onMessage,
      onInstalled: new FakeEvent<() => void>(),
      onStartup: new FakeEvent<() => void>(),
      id: 'backstory-test',
      getURL: (path: string) => `chrome-extension://backstory-test/${path}`,
      async openOptionsPage() {
        calls.openedOptions++;
      },
      /** Routes to the registered listeners like the real runtime (see deliver). */
      sendMessage: (message: unknown) => deliver(message, { id: 'backstory-test' }),
    },
    tabs: {
      onRemoved: new FakeEvent<(tabId: number) => void>(),
      async query(_query: object) {
        return tabs.filter((tab) => tab.active ?? true).map((tab) => ({ ...tab }));
      },
      async sendMessage(tabId: number, message: { name: string; args: unknown[] }, options?: { frameId?: number }) {
        const handler = tabHandlers.get(tabId);
        if (!handler) throw new Error('Could not establish connection. Receiving end does not exist.');
        return structuredClone(await handler(structuredClone(message), options?.frameId ?? 0));
      },
      async create(properties: { url: string }) {
        calls.createdTabs.push(properties.url);
        return { id: 999, url: properties.url };
      },
    },
    action: {
      async setBadgeText({ tabId, text }: { tabId: number; text: string }) {
        calls.badge.set(tabId, text);
      },
      async setBadgeBackgroundColor({ tabId, color }: { tabId: number; color: string }) {
        calls.badgeColor.set(tabId, color);
      },
      async setIcon({ tabId, path }: { tabId: number; path: Record<string, string> }) {
        calls.icon.set(tabId, path);
      },
      async setTitle({ tabId, title }: { tabId: number; title: string }) {
        calls.title.set(tabId, title);
      },
    },
    contextMenus: {
      onClicked: new FakeEvent<
        (info: { menuItemId: string | number; selectionText?: string }, tab?: { id?: number }) => void
      >(),
      create(item: { id: string; title: string; contexts: string[] }) {
        if (calls.menus.some((menu) => menu.id === item.id)) throw new Error(`duplicate menu id ${item.id}`);
        calls.menus.push(item);
        return item.id;
      },
      async removeAll() {
        calls.menus.length = 0;
      },
    },
    commands: { onCommand: new FakeEvent<(command: string) => void>() },
    alarms: {
      onAlarm: new FakeEvent<(alarm: { name: string }) => unknown>(),
      async create(name: string, info: { when?: number }) {
        calls.alarms.set(name, info);
      },
      async clear(name: string) {
        return calls.alarms.delete(name);
      },
    },
    i18n: { getMessage, getUILanguage: () => 'en' },
  };
  return {
    browser,
    calls,
    deliver,
    setTabs(list: FakeTab[]) {
      tabs = list;
    },
    /** Makes `tabId` answer tabs.sendMessage like a content script serving `handler`. */
    serveTab(tabId: number, handler: TabHandler) {
      tabHandlers.set(tabId, handler);
    },
    forgetTabHandlers() {
      tabHandlers.clear();
    },
    /** Lets pending storage.onChanged deliveries and promise chains run. */
    async settle(rounds = 3) {
      for (let i = 0; i < rounds; i++) await new Promise((done) => setTimeout(done, 0));
    },
  };
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;

/**
 * One fake per test file (vi.mock hoists); tests reset it with `resetFake()` in beforeEach.
 * Event listeners are kept: modules register theirs once, at import.
 */
export const fake: FakeBrowser = createFakeBrowser();

export function resetFake(): void {
  const fresh = createFakeBrowser();
  Object.assign(fake.browser.storage.sync, { data: {}, unavailable: false, writes: 0 });
  Object.assign(fake.browser.storage.local, { data: {}, unavailable: false, writes: 0 });
  Object.assign(fake.browser.storage.session, { data: {}, unavailable: false, writes: 0 });
  Object.assign(fake.calls, fresh.calls);
  fake.setTabs([]);
  fake.forgetTabHandlers();
}

export function browserModule() {
  return { browser: fake.browser };
}

/** Polls `probe` until it stops throwing (component tests wait for async renders this way). */
export async function waitFor<T>(probe: () => T | Promise<T>, timeoutMs = 2000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await probe();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((done) => setTimeout(done, 5));
    }
  }
}
