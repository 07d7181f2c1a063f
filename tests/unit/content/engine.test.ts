// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEngine, REVERT_LIMIT, type EngineOptions } from '../../../src/content/engine.ts';
import { testEngineOptions, until } from './engine-helpers.ts';
import { fakeMatcher, matchThrough } from './fake-matcher.ts';

const marks = () => [...document.querySelectorAll('backstory-mark')].map((mark) => mark.textContent);
const ready = () => document.documentElement.dataset.backstoryState === 'ready';

let controller: AbortController;
let alive: boolean;
let orphanedCalls: number;

function start(overrides: Partial<EngineOptions> = {}) {
  const matcher = fakeMatcher();
  const engine = startEngine(
    testEngineOptions({
      match: matchThrough(matcher),
      isAlive: () => alive,
      onOrphaned: () => orphanedCalls++,
      ...overrides,
    }),
    controller.signal,
  );
  return { engine, matcher };
}

describe('engine', () => {
  beforeEach(() => {
    controller = new AbortController();
    alive = true;
    orphanedCalls = 0;
    delete document.documentElement.dataset.backstoryState;
    document.body.innerHTML = '';
  });
  afterEach(() => controller.abort());

  it('marks every mention, observing all blocks before searching any, then says ready', async () => {
    document.body.innerHTML =
      '<p>On Friday, <b>22</b> senators wrote.</p><textarea>22 senators</textarea><ul>' +
      Array.from({ length: 50 }, (_, i) => `<li>item ${i}: 121 people</li>`).join('') +
      '</ul>';
    const { engine, matcher } = start();
    await until(ready, 'ready');
    expect(marks().filter((text) => text === '121 people')).toHaveLength(50);
    expect(marks().slice(0, 2)).toEqual(['22', ' senators']);
    expect(document.querySelector('textarea')!.innerHTML).toBe('22 senators');
    expect(engine.mentions()).toHaveLength(51);
    const [page] = matcher.pages;
    expect(page!.observed).toHaveLength(51);
    expect(page!.searched).toHaveLength(51);
  });

  it('stopping restores the original DOM exactly', async () => {
    document.body.innerHTML = '<article><h1>22 senators</h1><p>Then <i>121</i> people, TPS.</p></article>';
    const original = document.body.cloneNode(true);
    const html = document.body.innerHTML;
    start();
    await until(() => marks().length === 4, 'marks');
    controller.abort();
    expect(document.body.innerHTML).toBe(html);
    expect(document.body.isEqualNode(original)).toBe(true);
  });

  it('marks text added later, rescanning only the new block', async () => {
    document.body.innerHTML = '<main><p id="old">22 senators</p></main>';
    const { matcher } = start();
    await until(ready, 'first pass');
    const oldMark = document.querySelector('#old backstory-mark');
    const searchedBefore = matcher.pages[0]!.searched.length;
    const added = document.createElement('p');
    added.innerHTML = 'later: <b>121</b> people';
    document.querySelector('main')!.append(added);
    await until(() => marks().length === 3, 'the added mention');
    expect(document.querySelector('#old backstory-mark')).toBe(oldMark);
    expect(matcher.pages[0]!.searched.slice(searchedBefore)).toEqual(['later: 121 people']);
  });

  it('a text edit rescans that block', async () => {
    document.body.innerHTML = '<p id="p">nothing yet</p>';
    start();
    await until(ready, 'first pass');
    document.getElementById('p')!.firstChild!.nodeValue = 'now TPS';
    await until(() => marks().join() === 'TPS', 'the edited mention');
  });

  it('backs off where the page keeps re-rendering over its marks (no fight loop)', async () => {
    document.body.innerHTML = '<div id="app"><p>22 senators and TPS</p></div>';
    const app = document.getElementById('app')!;
    let renders = 0;
    // A framework that re-renders its whole view whenever its DOM changes under it.
    new MutationObserver(() => {
      if (app.querySelector('backstory-mark')) {
        renders++;
        app.innerHTML = '<p>22 senators and TPS</p>';
      }
    }).observe(app, { childList: true, subtree: true });
    start();
    await until(() => renders >= REVERT_LIMIT, 'the page to revert');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(renders).toBe(REVERT_LIMIT);
    expect(app.innerHTML).toBe('<p>22 senators and TPS</p>');
  });

  it('an orphaned engine (extension reloaded) removes its marks on the next page change', async () => {
    document.body.innerHTML = '<p>22 senators</p><div id="feed"></div>';
    start();
    await until(() => marks().length === 1, 'marks');
    alive = false;
    document.getElementById('feed')!.append('more text');
    await until(() => orphanedCalls === 1, 'orphan cleanup');
    expect(marks()).toEqual([]);
    expect(document.body.innerHTML).toBe('<p>22 senators</p><div id="feed">more text</div>');
  });

  it('skips designMode documents entirely', async () => {
    document.body.innerHTML = '<p>22 senators</p>';
    document.designMode = 'on';
    try {
      start();
      await until(ready, 'ready');
      expect(marks()).toEqual([]);
    } finally {
      document.designMode = 'off';
    }
  });
});
