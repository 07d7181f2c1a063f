/**
 * The files the eval reads: the labelled texts in two parts (TUNED: texts the rules may be tuned
 * on; HELD-OUT: texts written before the rules of issue 13 and only ever measured) and the two
 * case files. Shared by the eval and by the unit test that validates these files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { htmlToParagraphs } from './html-text.ts';

export interface Span {
  text: string;
  entry: string;
}

/** One labelled text. See the "about" of tests/eval/labelled-set.json for what the fields mean. */
export interface Doc {
  id: string;
  class: string;
  /** true when the page is about the story (then highlights of entries it does not judge are left unjudged). */
  story: boolean;
  page: string[];
  expect: Span[];
  optional?: Span[];
  /** Spans that must stay plain: any highlight of that entry whose text contains the span is a false alarm. */
  forbid?: Span[];
}

export type Part = 'tuned' | 'held-out';
export type PartDoc = Doc & { part: Part; file: string };

export interface Case {
  id: string;
  class?: string;
  page: string[];
  expect: Span[];
  forbid?: Span[];
}

/** The eight classes of issue 13 (generalization-cases.json), then the classes of the older texts. */
export const CLASSES = [
  'person-variants',
  'org-variants',
  'count-nouns',
  'approximate',
  'other-event',
  'incidental',
  'spanish',
  'typography',
  'baseline',
  'near-miss',
] as const;

export const PART_FILES: Record<Part, string[]> = {
  tuned: [
    'tests/eval/labelled-set.json',
    'tests/eval/tuned-set.json',
    'tests/eval/tuned-set-2.json',
    'tests/eval/tuned-set-3.json',
  ],
  'held-out': ['tests/eval/held-out.json', 'tests/eval/held-out-2.json'],
};

export const CASE_FILES = {
  'mention-cases': 'tests/fixtures/mention-cases.json',
  'generalization-cases': 'tests/fixtures/generalization-cases.json',
} as const;
export type CaseFileName = keyof typeof CASE_FILES;

/** mention-cases.json has no classes; tests/eval/mention-case-classes.json gives each case one. */
export const MENTION_CASE_CLASSES = 'tests/eval/mention-case-classes.json';

/**
 * Cases made of HTML markup (editable fields, code) are the DOM layer's business: the content
 * script never hands such text to the matcher (as in tests/unit/matcher/mention-cases.test.ts).
 */
export const DOM_ONLY_CASES = new Set(['inside-editable-and-code']);

export const ROOT = new URL('../../', import.meta.url);
export const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, ROOT), 'utf8')) as T;

export function loadDocs(): PartDoc[] {
  return (Object.keys(PART_FILES) as Part[]).flatMap((part) =>
    PART_FILES[part].flatMap((file) => readJson<{ docs: Doc[] }>(file).docs.map((d) => ({ ...d, part, file }))),
  );
}

/** The cases of one case file, each with its class. */
export function loadCases(name: CaseFileName): Case[] {
  const cases = readJson<{ cases: Case[] }>(CASE_FILES[name]).cases;
  if (name === 'generalization-cases') return cases;
  const classes = readJson<Record<string, string>>(MENTION_CASE_CLASSES);
  return cases.map((c) => ({ ...c, class: classes[c.id] }));
}

/**
 * Real pages unrelated to the story (../shared/pages, HTML stripped to text): every highlight is a
 * false alarm unless tests/eval/pages-allowed.json lists it as a real mention.
 */
export function loadPageDocs(): Doc[] {
  const pagesDir = new URL('../shared/pages/', ROOT);
  if (!existsSync(pagesDir)) return [];
  const allowedFile = 'tests/eval/pages-allowed.json';
  const allowed = existsSync(new URL(allowedFile, ROOT)) ? readJson<Record<string, Span[]>>(allowedFile) : {};
  return readdirSync(pagesDir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({
      id: `pages/${f}`,
      class: 'pages',
      story: false,
      page: htmlToParagraphs(readFileSync(new URL(f, pagesDir), 'utf8')),
      expect: allowed[f] ?? [],
    }));
}
