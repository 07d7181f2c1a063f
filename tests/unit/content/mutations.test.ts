// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { HUGE_MUTATION, PageObserver, outermost, planMutations } from '../../../src/content/mutations.ts';

/** Runs `change` and returns the records it produced, delivered as one batch. */
function recordsOf(change: () => void): MutationRecord[] {
  const observer = new MutationObserver(() => {});
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  change();
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}

const ids = (elements: Element[]) => elements.map((element) => element.id || element.localName);

describe('planMutations', () => {
  beforeEach(() => {
    document.body.innerHTML = '<main id="main"><p id="p">text <b id="b">bold</b></p><section id="s"></section></main>';
  });

  it('reduces added nodes to their outermost block-level owners, once each', () => {
    const records = recordsOf(() => {
      const s = document.getElementById('s')!;
      const div = document.createElement('div');
      div.id = 'div';
      s.append(div);
      div.append(document.createElement('p'), 'loose text');
      document.getElementById('b')!.append(' more');
      document.getElementById('b')!.append(' again');
    });
    expect(ids(planMutations(records, () => false).regions)).toEqual(['p', 'div']);
  });

  it('ignores our own marks and card, and edits inside editable regions', () => {
    document.body.insertAdjacentHTML('beforeend', '<div contenteditable="true" id="editor"><p>typing</p></div>');
    const records = recordsOf(() => {
      document.getElementById('p')!.append(document.createElement('backstory-mark'));
      document.body.append(document.createElement('backstory-card'));
      document.querySelector('#editor p')!.firstChild!.nodeValue = 'typed';
    });
    expect(planMutations(records, () => false).regions).toEqual([]);
  });

  it('calls a batch with more than HUGE_MUTATION additions huge (rescan everything)', () => {
    const records = recordsOf(() => {
      const s = document.getElementById('s')!;
      for (let i = 0; i <= HUGE_MUTATION; i++) s.append(document.createElement('span'));
    });
    expect(planMutations(records, () => false)).toMatchObject({ huge: true, regions: [] });
  });

  it('sees a revert when our marks are removed and the same text comes back', () => {
    const p = document.getElementById('p')!;
    p.innerHTML = 'x <backstory-mark>22 senators</backstory-mark> y';
    const reverted = recordsOf(() => {
      p.innerHTML = 'x 22 senators y';
    });
    expect(ids(planMutations(reverted, () => false).reverts)).toEqual(['p']);
    p.innerHTML = 'x <backstory-mark>22 senators</backstory-mark> y';
    const navigated = recordsOf(() => {
      p.innerHTML = 'another route entirely';
    });
    expect(planMutations(navigated, () => false).reverts).toEqual([]);
  });

  it('sees a revert when the page writes into a text node we split', () => {
    const text = document.getElementById('p')!.firstChild!;
    const records = recordsOf(() => {
      text.nodeValue = 'rewritten';
    });
    expect(ids(planMutations(records, (node) => node === text).reverts)).toEqual(['p']);
    expect(planMutations(records, () => false).reverts).toEqual([]);
  });

  it('outermost keeps document order and drops nested and repeated elements', () => {
    const [main, p, b, s] = ['main', 'p', 'b', 's'].map((id) => document.getElementById(id)!);
    expect(outermost([s!, b!, p!, s!])).toEqual([p, s]);
    expect(outermost([b!, main!])).toEqual([main]);
  });
});

describe('PageObserver', () => {
  it('delivers a burst of mutations as one batch, and drops our own records on request', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    const batches: MutationRecord[][] = [];
    const observer = new PageObserver((records) => batches.push(records));
    observer.observe(document);
    const host = document.getElementById('host')!;
    host.append('ours');
    observer.dropOwnRecords();
    for (let i = 0; i < 20; i++) host.append(document.createElement('p'));
    await new Promise((resolve) => setTimeout(resolve, 60));
    observer.disconnect();
    expect(batches).toHaveLength(1);
    expect(batches[0]).toHaveLength(20);
  });
});
