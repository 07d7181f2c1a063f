/**
 * The content script's session with the background's matcher survives the background's life cycle
 * (issue 14): a failed request is asked once more; a second failure, or an extension gone, leaves
 * the page as it is (no mentions, no throw); the page's evidence goes out with the next request.
 */
import { describe, expect, it } from 'vitest';
import { MatchSession } from '../../../src/content/match-client.ts';
import type { MatchReply, MatchRequest } from '../../../src/shared/messages.ts';

const EVIDENCE = { storyTerms: [3], vetoed: [], defined: [], peopleSeen: [] as [number, string][], entriesSeen: [], namesakes: [], figureOwners: [] };
const mention = { start: 0, end: 3, text: 'ICE', entry: 'ice', confidence: 1, reason: 'r' };
const reply: MatchReply = {
  evidence: EVIDENCE,
  found: [[1, [mention]]],
  entries: { ice: { label: 'ICE', category: 'organizations' } },
};

function asker(failures: number) {
  const requests: MatchRequest[] = [];
  let left = failures;
  const ask = (request: MatchRequest) => {
    requests.push(request);
    if (left-- > 0) return Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    return Promise.resolve(reply);
  };
  return { ask, requests };
}

describe('MatchSession', () => {
  it('answers mentions per text and remembers each entry’s look', async () => {
    const { ask } = asker(0);
    const session = new MatchSession(ask, {}, () => true);
    expect(await session.match(['nothing', 'ICE'])).toEqual([[], [mention]]);
    expect(session.lookOf('ice')).toEqual({ label: 'ICE', category: 'organizations' });
  });

  it('asks once more when the background was not there, and sends the evidence on', async () => {
    const { ask, requests } = asker(1);
    const session = new MatchSession(ask, { sensitivity: 'strict' }, () => true);
    expect(await session.match(['a', 'ICE'])).toEqual([[], [mention]]);
    expect(requests).toHaveLength(2);
    await session.match(['later']);
    expect(requests[2]).toEqual({ texts: ['later'], evidence: EVIDENCE, options: { sensitivity: 'strict' } });
  });

  it('gives up quietly after a second failure', async () => {
    const { ask, requests } = asker(2);
    const session = new MatchSession(ask, {}, () => true);
    await expect(session.match(['ICE'])).resolves.toBeUndefined();
    expect(requests).toHaveLength(2);
  });

  it('asks nothing once the extension that injected it is gone', async () => {
    const { ask, requests } = asker(0);
    const session = new MatchSession(ask, {}, () => false);
    await expect(session.match(['ICE'])).resolves.toBeUndefined();
    expect(requests).toHaveLength(0);
  });
});

describe('MatchSession and a channel closed mid-request', () => {
  it('takes an answer of undefined (a worker stopped while holding the request) as a failure and asks again', async () => {
    const requests: MatchRequest[] = [];
    const ask = (request: MatchRequest) => {
      requests.push(request);
      return Promise.resolve(requests.length === 1 ? (undefined as unknown as MatchReply) : reply);
    };
    const session = new MatchSession(ask, {}, () => true);
    expect(await session.match(['a', 'ICE'])).toEqual([[], [mention]]);
    expect(requests).toHaveLength(2);
  });
});
