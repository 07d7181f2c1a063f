import { describe, expect, it } from 'vitest';
import { judge, layoutDifferences, newErrors, textDifference, withoutUnstable } from '../../pages/compare.ts';
import type { Snapshot } from '../../pages/page-scripts.ts';
import { isLocal } from '../../pages/network.ts';
import { samplePages } from '../../pages/select.ts';

const snapshot = (overrides: Partial<Snapshot> = {}): Snapshot => ({
  text: 'Twenty-two senators wrote.',
  height: 1000,
  blocks: [{ path: 'body/0', tag: 'p', x: 8, y: 8, width: 600, height: 20 }],
  marks: [],
  readyAfterDomContentLoaded: 5,
  scanMeasureMs: null,
  ...overrides,
});

describe('real-page comparison', () => {
  it('passes identical runs', () => {
    expect(judge(snapshot(), snapshot(), ['console: x'], ['console: x']).failures).toEqual([]);
  });

  it('reports where the text changed', () => {
    expect(textDifference('abc def', 'abc dXf')).toMatch(/differs at 5/);
    expect(textDifference('same', 'same')).toBe('');
  });

  it('tolerates sub-pixel moves but not a pixel and more', () => {
    const moved = (dy: number) => snapshot({ blocks: [{ path: 'body/0', tag: 'p', x: 8, y: 8 + dy, width: 600, height: 20 }] });
    expect(layoutDifferences(snapshot(), moved(0.6))).toEqual([]);
    expect(layoutDifferences(snapshot(), moved(1.5))).toHaveLength(1);
    expect(layoutDifferences(snapshot(), snapshot({ height: 1003 }))[0]).toMatch(/height 1000 → 1003/);
    expect(layoutDifferences(snapshot(), snapshot({ blocks: [] })).join()).toMatch(/missing/);
  });

  it('counts errors as a multiset and ignores failed resource loads', () => {
    expect(newErrors(['console: a'], ['console: a', 'console: a'])).toEqual(['console: a']);
    expect(newErrors([], ['console: Failed to load resource: net::ERR_BLOCKED_BY_CLIENT'])).toEqual([]);
    expect(newErrors([], ['pageerror: boom'])).toEqual(['pageerror: boom']);
  });

  it('fails misplaced highlights even when everything else matches', () => {
    const marks = [{ entry: 'tps', text: 'TPS', context: '', problem: 'inside textarea' }];
    expect(judge(snapshot(), snapshot({ marks }), [], []).failures.map((f) => f.kind)).toEqual(['marks']);
  });

  it('skips only the kinds of check the page fails on its own', () => {
    const verdict = judge(snapshot(), snapshot({ text: 'other', height: 2000 }), [], ['pageerror: x']);
    const noisy = judge(snapshot(), snapshot({ height: 1500 }), [], []);
    const { verdict: kept, unstable } = withoutUnstable(verdict, noisy);
    expect(unstable).toEqual(['layout']);
    expect(kept.failures.map((f) => f.kind).sort()).toEqual(['errors', 'text']);
  });
});

describe('real-page run plumbing', () => {
  it('lets only loopback and non-network URLs through', () => {
    expect(isLocal('http://127.0.0.1:4000/real/a.html')).toBe(true);
    expect(isLocal('data:image/png;base64,xx')).toBe(true);
    expect(isLocal('https://example.com/a.js')).toBe(false);
    expect(isLocal('http://127.0.0.1.evil.com/')).toBe(false);
  });

  it('samples a fixed, ordered subset', () => {
    const pages = Array.from({ length: 20 }, (_, i) => `p${String(i).padStart(2, '0')}.html`);
    expect(samplePages(pages)).toEqual(samplePages([...pages]));
    expect(samplePages(pages).length).toBeLessThan(pages.length);
  });
});

describe('error noise', () => {
  it("ignores Firefox's own network-error page script", () => {
    expect(newErrors([], ['pageerror: ReferenceError: RPMGetBoolPref is not defined'])).toEqual([]);
    expect(newErrors([], ['pageerror: ReferenceError: foo is not defined'])).toHaveLength(1);
  });
});
