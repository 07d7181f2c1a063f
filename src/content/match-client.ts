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

/** Long enough for a service worker that was stopping to be started again by the retry. */
export const RETRY_DELAY_MS = 300;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Asks once, and once more after RETRY_DELAY_MS if the first try failed; undefined if both did.
 * No time limit: a background that stops rejects the request (Chrome and Firefox both do), and a
 * slow one on a loaded machine is still working on the answer (a limit only made it work twice).
 */
export async function askTwice<T>(ask: () => Promise<T>, isAlive: () => boolean): Promise<T | undefined> {
  for (let attempt = 0; attempt < 2; attempt++) {
    if (!isAlive()) return undefined;
    try {
      return await ask();
    } catch {
      if (attempt === 0) await pause(RETRY_DELAY_MS);
    }
  }
  return undefined;
}

export class MatchSession {
  private evidence: PageEvidence | undefined;
  private readonly looks = new Map<string, EntryLook>();

  constructor(
    private readonly ask: AskMatcher,
    private readonly options: FindOptions,
    private readonly isAlive: () => boolean,
  ) {}

  /** The page's evidence so far (the context menu's look-up judges a selection with it). */
  get pageEvidence(): PageEvidence | undefined {
    return this.evidence;
  }

  lookOf(entry: string): EntryLook | undefined {
    return this.looks.get(entry);
  }

  readonly match = async (texts: string[]): Promise<Mention[][] | undefined> => {
    const request: MatchRequest = { texts, evidence: this.evidence, options: this.options };
    const reply = await askTwice(() => this.ask(request), this.isAlive);
    if (!reply) return undefined;
    this.evidence = reply.evidence;
    for (const [entry, look] of Object.entries(reply.entries)) this.looks.set(entry, look);
    const mentions: Mention[][] = texts.map(() => []);
    for (const [index, found] of reply.found) if (index >= 0 && index < texts.length) mentions[index] = found;
    return mentions;
  };
}
