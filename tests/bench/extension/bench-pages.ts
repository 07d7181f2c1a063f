/**
 * The pages the extension bench loads, all served from memory by one 127.0.0.1 server: the synthetic
 * 1 MB and 5 MB pages, saved real pages from ../shared/pages picked evenly by size (none is about
 * the story), the e2e fixtures' story pages when asked, and a page holding twenty same-origin
 * frames, each a small page of its own.
 */
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { syntheticPage } from '../synthetic-page.ts';

const SHARED_PAGES = resolve(import.meta.dirname, '../../../../shared/pages');
/** Pages with the story's text, from the e2e fixtures (path under tests/fixtures). */
const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
export const STORY_PAGES = ['pages/story-article.html', 'demo/index.html'];
export const FRAME_COUNT = 20;

export type PageKind = 'synthetic' | 'real' | 'story' | 'frames';

export interface BenchPage {
  name: string;
  kind: PageKind;
  /** Path on the bench server. */
  path: string;
  bytes: number;
  /** Documents on the page (the main frame and its frames). */
  frames: number;
}

/** `count` saved pages spread evenly over the sizes, smallest and largest included. */
export function realPagesBySize(count: number, dir = SHARED_PAGES): string[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, size: statSync(join(dir, file)).size }))
    .sort((a, b) => a.size - b.size || a.file.localeCompare(b.file));
  if (files.length <= count) return files.map(({ file }) => file);
  const picked = new Set<string>();
  for (let i = 0; i < count; i++) picked.add(files[Math.round((i * (files.length - 1)) / (count - 1))]!.file);
  return [...picked];
}

const words =
  'the harbour ferry timetable changes next month as the island council tests a later evening crossing'.split(' ');

function smallPage(index: number): string {
  const sentence = (n: number) =>
    Array.from({ length: 12 }, (_, i) => words[(i * 7 + n + index) % words.length]).join(' ');
  const paragraphs = Array.from({ length: 4 }, (_, n) => `<p>${sentence(n)}.</p>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>frame ${index}</title></head><body><h3>Notice ${index}</h3>${paragraphs}</body></html>`;
}

function framesPage(): string {
  const frames = Array.from(
    { length: FRAME_COUNT },
    (_, i) => `<iframe src="/frames/${i}.html" width="280" height="160" title="notice ${i}"></iframe>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Twenty frames</title></head><body><h1>Local notices</h1>${smallPage(99).replace(/^.*<body>|<\/body>.*$/g, '')}\n${frames}</body></html>`;
}

export interface PageSet {
  pages: BenchPage[];
  /** Serves every page (and the frames' documents) until closed. */
  serve(): Promise<{ url: string; close(): Promise<void> }>;
}

export function pageSet(options: { synthetic: number[]; real: string[]; story?: string[]; frames: boolean }): PageSet {
  const bodies = new Map<string, string>();
  const pages: BenchPage[] = [];
  for (const bytes of options.synthetic) {
    const label = bytes >= 1_000_000 ? `${bytes / 1_000_000} MB` : `${bytes / 1000} KB`;
    const html = syntheticPage(bytes).html;
    const path = `/synthetic/${bytes}.html`;
    bodies.set(path, html);
    pages.push({ name: `synthetic ${label}`, kind: 'synthetic', path, bytes: html.length, frames: 1 });
  }
  for (const file of options.real) {
    const html = readFileSync(join(SHARED_PAGES, file), 'utf8');
    bodies.set(`/real/${file}`, html);
    pages.push({ name: file, kind: 'real', path: `/real/${file}`, bytes: Buffer.byteLength(html), frames: 1 });
  }
  for (const file of options.story ?? []) {
    const html = readFileSync(join(FIXTURES, file), 'utf8');
    bodies.set(`/story/${file}`, html);
    pages.push({
      name: `story ${file}`,
      kind: 'story',
      path: `/story/${file}`,
      bytes: Buffer.byteLength(html),
      frames: 1,
    });
  }
  if (options.frames) {
    const html = framesPage();
    bodies.set('/frames/index.html', html);
    for (let i = 0; i < FRAME_COUNT; i++) bodies.set(`/frames/${i}.html`, smallPage(i));
    pages.push({
      name: `${FRAME_COUNT} frames`,
      kind: 'frames',
      path: '/frames/index.html',
      bytes: html.length,
      frames: FRAME_COUNT + 1,
    });
  }
  return {
    pages,
    async serve() {
      const server = createServer((request, response) => {
        const body = bodies.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
        if (body === undefined) response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
      });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      return {
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      };
    },
  };
}
