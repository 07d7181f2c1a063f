// @vitest-environment jsdom
/**
 * Settings changes on a highlighted page redo only what changed (settings-change.ts): the engine
 * restyles marks in place and takes out just the marks a narrower filter rejects, leaving every
 * other mark (the same element, not a redrawn copy) where it was.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEngine } from '../../../src/content/engine.ts';
import { settingsChange } from '../../../src/content/settings-change.ts';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings-defaults.ts';
import type { Settings } from '../../../src/shared/settings.ts';
import type { Mention } from '../../../src/matcher/types.ts';
import { LOOK, testEngineOptions, until } from './engine-helpers.ts';

const marks = () => [...document.querySelectorAll<HTMLElement>('backstory-mark')];
const ready = () => document.documentElement.dataset.backstoryState === 'ready';

describe('settingsChange', () => {
  const host = 'news.example';
  const base: Settings = structuredClone(DEFAULT_SETTINGS);
  const change = (edit: (settings: Settings) => void) => {
    const after = structuredClone(base);
    edit(after);
    return settingsChange(base, after, host, 1_000);
  };

  it('restyles for colours and style, restarts the card for card settings, nothing for the badge', () => {
    expect(change((s) => (s.colors.people = '#000000'))).toEqual({
      restart: false,
      narrow: false,
      restyle: true,
      card: false,
    });
    expect(change((s) => (s.highlightStyle = 'background')).restyle).toBe(true);
    expect(change((s) => (s.cardTrigger = 'click'))).toEqual({
      restart: false,
      narrow: false,
      restyle: false,
      card: true,
    });
    expect(change((s) => (s.showBadge = false))).toEqual({
      restart: false,
      narrow: false,
      restyle: false,
      card: false,
    });
  });

  it('narrows when an entry or category is turned off, here or everywhere', () => {
    expect(change((s) => (s.hiddenEntries = ['tps']))).toEqual({
      restart: false,
      narrow: true,
      restyle: false,
      card: false,
    });
    expect(change((s) => (s.siteHiddenEntries = { [host]: ['tps'] })).narrow).toBe(true);
    expect(change((s) => (s.siteHiddenEntries = { 'other.example': ['tps'] })).narrow).toBe(false);
    expect(change((s) => (s.categories.people = false)).narrow).toBe(true);
  });

  it('restarts for anything that can bring new mentions or turns Backstory on or off here', () => {
    const hidden = structuredClone(base);
    hidden.hiddenEntries = ['tps'];
    expect(settingsChange(hidden, base, host, 1_000).restart).toBe(true);
    expect(change((s) => (s.sensitivity = 'generous')).restart).toBe(true);
    expect(change((s) => (s.showGeneric = true)).restart).toBe(true);
    expect(change((s) => (s.enabled = false)).restart).toBe(true);
    expect(change((s) => (s.deniedSites = [host])).restart).toBe(true);
    expect(change((s) => (s.pausedUntil = 5_000)).restart).toBe(true);
  });
});

describe('engine: restyle and narrow in place', () => {
  let controller: AbortController;
  beforeEach(() => {
    controller = new AbortController();
    delete document.documentElement.dataset.backstoryState;
    document.body.innerHTML =
      '<p>On Friday <b>22</b> senators wrote about TPS.</p><p>Then 121 people and TPS again.</p>';
  });
  afterEach(() => controller.abort());

  function start() {
    const category = (mention: Mention) => (mention.entry === 'tps' ? 'organizations' : 'numbers');
    return startEngine(testEngineOptions({ category }), controller.signal);
  }

  it('restyles the same mark elements with the new colours', async () => {
    const engine = start();
    await until(ready, 'ready');
    const before = marks();
    expect(before[0]!.style.cssText).toContain('#b45309');
    engine.restyle({ ...LOOK, highlightStyle: 'background', colors: { ...LOOK.colors, numbers: '#112233' } });
    await until(() => marks()[0]!.style.cssText.includes('background'), 'restyled');
    expect(marks()).toEqual(before);
    expect(marks()[0]!.style.cssText).not.toContain('#b45309');
  });

  it('takes out only the marks of a hidden entry, restoring their text exactly', async () => {
    const plain = document.body.cloneNode(true);
    const engine = start();
    await until(ready, 'ready');
    const kept = marks().filter((mark) => mark.dataset.entry !== 'tps');
    expect(marks().filter((mark) => mark.dataset.entry === 'tps')).toHaveLength(2);
    engine.narrow((mention) => mention.entry !== 'tps');
    await until(() => marks().length === kept.length, 'narrowed');
    expect(marks()).toEqual(kept);
    expect(
      engine
        .mentions()
        .map((mention) => mention.entry)
        .sort(),
    ).toEqual(['raids-121', 'senate-letter-22']);
    engine.stop();
    expect(document.body.isEqualNode(plain)).toBe(true);
  });
});
