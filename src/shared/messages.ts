/**
 * Every message between contexts, defined once as typed maps of signatures. Senders and handlers
 * are both checked against these maps: no string switches, no `any` payloads.
 */
import { browser } from './browser.ts';
import type { FindOptions, Mention, PageEvidence } from '../matcher/types.ts';
import type { Category } from './category.ts';
import type { Article, CardEntry } from './dataset-schema.ts';
import type { PageState } from './site-rules.ts';

/** One entry's mentions on a page, as the popup lists them. */
export interface MentionSummary {
  entry: string;
  count: number;
}

/**
 * What the popup shows for one tab. 'unavailable': no content script answers there (browser
 * pages, web stores, pages opened before Backstory was installed).
 */
export interface TabState {
  state: PageState | 'unavailable';
  /** The page's host name ('' when unknown). */
  host: string;
  mentions: MentionSummary[];
}

export type PauseLength = 'hour' | 'restart';

/**
 * One pass's blocks that passed the content script's trigger test, for the background's matcher
 * (docs/adr/0007). `evidence` is what earlier passes on the same document saw (the background keeps
 * no page state: it may be stopped between two requests).
 */
export interface MatchRequest {
  texts: string[];
  evidence?: PageEvidence;
  options: FindOptions;
}

/** What the content script needs of an entry to draw and announce its marks. */
export interface EntryLook {
  label: string;
  category: Category;
}

export interface MatchReply {
  /** The page's evidence after this pass, to send with the next one. */
  evidence: PageEvidence;
  /** [index into texts, its mentions] for the blocks that hold any. */
  found: [number, Mention[]][];
  /** Label and category of every entry in `found`. */
  entries: Record<string, EntryLook>;
}

/** What cards show: their entries, the entries those name as related, the articles they all quote. */
export interface CardBundle {
  entries: CardEntry[];
  articles: Article[];
}

/** Messages the background serves (runtime.sendMessage). */
export interface BackgroundApi {
  /** Content script → background: the mentions found in this frame (for badge and popup). */
  reportMentions(mentions: MentionSummary[]): void;
  /** Popup → background: the state of one tab, from storage.session and the settings. */
  getTabState(tabId: number): TabState;
  /** Pauses Backstory everywhere for an hour, or until the browser restarts. */
  pause(length: PauseLength): void;
  resume(): void;
  ping(): 'pong';
  /** Content script → background: mentions in one pass's blocks, judged with the page's evidence. */
  match(request: MatchRequest): MatchReply;
  /** Content script → background: what cards about these entries show (unknown ids are left out). */
  cardData(entries: string[]): CardBundle;
  /** Context menu look-up: what `text` refers to, judged with the page's evidence (generous). */
  lookUp(text: string, evidence: PageEvidence | undefined): { mention?: Mention; look?: EntryLook };
}

/** Messages a content script serves (tabs.sendMessage to one tab's top frame). */
export interface ContentApi {
  /** The frame's host and mentions: asked when the background has no report for the tab (a page with nothing reports nothing). */
  getMentions(): { host: string; mentions: MentionSummary[] };
  /**
   * Scrolls to and flashes the next occurrence of an entry (the first after the last one shown),
   * returning its 1-based index and the total; index 0 when the entry is not on the page.
   */
  revealMention(entry: string): { index: number; total: number };
  /** Context menu: shows the card for `text`, or a note that it is not in the story. */
  lookUp(text: string): 'shown' | 'not-found';
}

type Api = object;
export type Request<A extends Api> = {
  [K in keyof A]: A[K] extends (...args: infer P) => unknown ? { name: K; args: P } : never;
}[keyof A];
type Result<A extends Api, K extends keyof A> = A[K] extends (...args: never[]) => infer R ? Awaited<R> : never;
export type Handlers<A extends Api> = {
  [K in keyof A]: A[K] extends (...args: infer P) => infer R
    ? (args: P, sender: Sender) => R | Promise<Awaited<R>>
    : never;
};

/** Who sent a message: a content script's tab and frame, and the frame's URL. */
export interface Sender {
  tabId?: number;
  frameId?: number;
  url?: string;
}

const TAG = 'backstory';
/** A handler's failure, as its reply: sendResponse cannot reject, so the caller throws it again. */
const FAILED = 'backstory-failed';

function unwrap<T>(reply: T): T {
  const failure = reply as { tag?: unknown; message?: unknown } | null;
  if (failure && typeof failure === 'object' && failure.tag === FAILED) throw new Error(String(failure.message));
  return reply;
}

function isRequest(message: unknown): message is { tag: string; name: string; args: unknown[] } {
  const m = message as { tag?: unknown; name?: unknown; args?: unknown } | null;
  return !!m && m.tag === TAG && typeof m.name === 'string' && Array.isArray(m.args);
}

export async function callBackground<K extends keyof BackgroundApi>(
  name: K,
  ...args: Parameters<BackgroundApi[K]>
): Promise<Result<BackgroundApi, K>> {
  return unwrap(await browser.runtime.sendMessage({ tag: TAG, name, args }));
}

export async function callTab<K extends keyof ContentApi>(
  tabId: number,
  name: K,
  ...args: Parameters<ContentApi[K]>
): Promise<Result<ContentApi, K>> {
  return unwrap(await browser.tabs.sendMessage(tabId, { tag: TAG, name, args }, { frameId: 0 }));
}

/**
 * Registers handlers for one API until `signal` aborts. Must be called
 * synchronously at start in the background (MV3 service workers restart on demand). Replies go
 * through sendResponse (the listener returns true to keep the channel open): every browser
 * supports that, with or without webextension-polyfill, unlike a listener returning a promise.
 */
export function serve<A extends Api>(handlers: Handlers<A>, signal?: AbortSignal): void {
  const listener = (
    message: unknown,
    sender: { tab?: { id?: number }; frameId?: number; url?: string },
    sendResponse: (reply: unknown) => void,
  ): true | undefined => {
    if (!isRequest(message) || !(message.name in handlers)) return undefined;
    const handler = handlers[message.name as keyof A] as (args: unknown[], s: Sender) => unknown;
    const from: Sender = { tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url };
    // A handler that throws becomes a failed reply, never an uncaught error in the listener.
    new Promise((resolve) => resolve(handler(message.args, from))).then(sendResponse, (error: unknown) =>
      sendResponse({ tag: FAILED, message: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  };
  // The polyfill's types split listeners into "always answers" and "never answers"; this one does either.
  const typed = listener as unknown as Parameters<typeof browser.runtime.onMessage.addListener>[0];
  browser.runtime.onMessage.addListener(typed);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(typed), { once: true });
}
