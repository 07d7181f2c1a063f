/**
 * One document's session with the background's matcher (docs/adr/0007). It carries the page's
 * evidence from pass to pass (the background keeps none), remembers each entry's label and
 * category for drawing and announcing marks, and survives the background's life cycle: a request
 * that fails (a service worker stopped mid-pass, a channel cut) is asked once more after a short
 * wait; if that fails too, the pass finds nothing and the page is left as it is, quietly.
 */
import type { FindOptions, Mention, PageEvidence } from '../matcher/types.ts';
import type { EntryLook, MatchReply, MatchRequest } from '../shared/messages.ts';

export type AskMatcher = (request: MatchRequest) => Promise<MatchReply>;

/** Long enough for a service worker that was stopping (one stopped while busy takes its time) to be started again by the retry. */
export const RETRY_DELAY_MS = 1000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Asks once, and once more after RETRY_DELAY_MS if the first try failed; undefined if both did.
 * No time limit: a background that stops rejects the request (Chrome and Firefox both do), and a
 * slow one on a loaded machine is still working on the answer (a limit only made it work twice).
 */
export async function askTwice<T>(
  ask: () => Promise<T | undefined>,
  isAlive: () => boolean,
  answered: (reply: T | undefined) => reply is T = (reply): reply is T => reply !== undefined,
): Promise<T | undefined> {
  for (let attempt = 0; attempt < 2; attempt++) {
    if (!isAlive()) return undefined;
    try {
      // A worker stopped while it held the request closes the channel, which webextension-polyfill
      // reports as an answer of `undefined` rather than an error: that is a failure too.
      const reply = await ask();
      if (answered(reply)) return reply;
    } catch {
      // Counted as a failure below.
    }
    if (attempt === 0) await pause(RETRY_DELAY_MS);
  }
  return undefined;
}

const isMatchReply = (reply: MatchReply | undefined): reply is MatchReply =>
  !!reply && Array.isArray(reply.found) && typeof reply.entries === 'object' && !!reply.evidence;

export class MatchSession {
  #evidence: PageEvidence | undefined;
  readonly #looks = new Map<string, EntryLook>();
  readonly #ask: AskMatcher;
  readonly #options: FindOptions;
  readonly #isAlive: () => boolean;

  constructor(ask: AskMatcher, options: FindOptions, isAlive: () => boolean) {
    this.#ask = ask;
    this.#options = options;
    this.#isAlive = isAlive;
  }

  /** The page's evidence so far (the context menu's look-up judges a selection with it). */
  get pageEvidence(): PageEvidence | undefined {
    return this.#evidence;
  }

  lookOf(entry: string): EntryLook | undefined {
    return this.#looks.get(entry);
  }

  readonly match = async (texts: string[]): Promise<Mention[][] | undefined> => {
    const request: MatchRequest = { texts, evidence: this.#evidence, options: this.#options };
    const reply = await askTwice(() => this.#ask(request), this.#isAlive, isMatchReply);
    if (!reply) return undefined;
    this.#evidence = reply.evidence;
    for (const [entry, look] of Object.entries(reply.entries)) this.#looks.set(entry, look);
    const mentions: Mention[][] = texts.map(() => []);
    for (const [index, found] of reply.found) if (index >= 0 && index < texts.length) mentions[index] = found;
    return mentions;
  };
}
