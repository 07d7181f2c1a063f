/**
 * Deterministic synthetic pages for the page benchmark: deep nesting, long lists, tables, story
 * mentions (some split across inline tags) and near-misses throughout, plus the things a scan must
 * skip (scripts, styles, a textarea, a contenteditable). Same seed and size → byte-identical page.
 */

/** mulberry32: tiny, fast, good enough to vary the page's shape deterministically. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLER = (
  'the city council met again on tuesday to discuss the budget while residents waited outside ' +
  'for news about the new bus routes and the school board reported that enrollment had grown ' +
  'slightly over the past year as families moved into the neighborhoods along the river where ' +
  'rents remain lower than downtown and local shops say business has been steady this winter'
).split(' ');

const MENTIONS = [
  '22 senators',
  '<b>22</b> senators',
  '121 people',
  'the <a href="#dhs">Department of Homeland Security</a>',
  'Temporary Protected Status (TPS)',
  '<a href="#tps">Temporary Protected</a> Status',
  'Jeh Johnson',
  '146 House Democrats',
  'Immigration and Customs Enforcement',
  'deportation raids',
];

const NEAR_MISSES = [
  '22 seniors',
  '121 pages',
  'HTTPS',
  'TPS reports',
  'Johnson &amp; Johnson',
  '146 houses',
  'senators from 22 states',
  'the homeland of the security guards',
  'temporary status',
  '2022 senators',
];

export interface SyntheticPage {
  html: string;
  bytes: number;
}

export function syntheticPage(targetBytes: number, seed = 2016): SyntheticPage {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const words = (count: number) => Array.from({ length: count }, () => pick(FILLER)).join(' ');
  const sentence = () => {
    const roll = next();
    const insert = roll < 0.08 ? pick(MENTIONS) : roll < 0.2 ? pick(NEAR_MISSES) : '';
    return `${words(6 + Math.floor(next() * 10))} ${insert} ${words(4 + Math.floor(next() * 8))}.`;
  };
  const paragraph = () =>
    `<p>${Array.from({ length: 2 + Math.floor(next() * 4) }, sentence).join(' <em>' + words(2) + '</em> ')}</p>`;
  const nested = (depth: number): string =>
    depth === 0 ? paragraph() : `<div class="d${depth}"><span>${words(3)}</span>${nested(depth - 1)}</div>`;
  const list = () =>
    `<ul>${Array.from({ length: 20 + Math.floor(next() * 40) }, () => `<li><a href="#">${sentence()}</a></li>`).join('')}</ul>`;
  const table = () =>
    `<table><tbody>${Array.from(
      { length: 10 + Math.floor(next() * 20) },
      () => `<tr><td>${words(2)}</td><td>${Math.floor(next() * 500)}</td><td>${sentence()}</td></tr>`,
    ).join('')}</tbody></table>`;
  const skipped = () =>
    pick([
      `<script>var x = "22 senators ${words(20)}";</script>`,
      `<style>.x::after { content: "121 people"; }</style>`,
      `<textarea>22 senators wrote about TPS ${words(10)}</textarea>`,
      `<div contenteditable="true"><p>121 people and TPS ${words(10)}</p></div>`,
      `<div hidden><p>22 senators hidden ${words(10)}</p></div>`,
      `<pre><code>const tps = "Temporary Protected Status";</code></pre>`,
    ]);
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const roll = next();
    const part =
      roll < 0.35 ? paragraph() : roll < 0.55 ? nested(8 + Math.floor(next() * 24)) : roll < 0.75 ? list() : roll < 0.9 ? table() : skipped();
    const section = `<section><h2>${words(5)}</h2>${part}</section>\n`;
    parts.push(section);
    bytes += section.length;
  }
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Synthetic page</title></head>' +
    `<body><main>\n${parts.join('')}</main></body></html>`;
  return { html, bytes: html.length };
}
