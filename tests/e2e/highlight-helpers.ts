/**
 * Page-side readers for the highlight e2e tests: mentions as the reader sees them (the pieces of a
 * mention split across inline tags joined back), per scope (the document, a shadow root, a frame).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness/server.ts';
import type { E2EPage } from './harness/session.ts';

export interface MentionInfo {
  text: string;
  entry: string;
}

/** "document", "#id" (that element's open shadow root) or "iframe#id" (that frame's document). */
export type Scope = string;

export type Expected = Record<Scope, MentionInfo[]>;

export function expectedFor(name: string): Expected {
  return JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/pages', `${name}.expected.json`), 'utf8')) as Expected;
}

/**
 * Runs in the page (passed as a string: the test runner's transpiler may add helpers that do not
 * exist in the page). Consecutive marks of one entry with nothing between them are one mention.
 */
const READ_MENTIONS = `(scope) => {
  let root = document;
  if (scope.startsWith('iframe#')) root = document.getElementById(scope.slice(7)).contentDocument;
  else if (scope.startsWith('#')) root = document.getElementById(scope.slice(1)).shadowRoot;
  const marks = [...root.querySelectorAll('backstory-mark')];
  const out = [];
  let previous = null;
  for (const mark of marks) {
    let joined = false;
    if (previous && previous.dataset.entry === mark.dataset.entry) {
      const range = (root.ownerDocument || root).createRange();
      range.setStartAfter(previous);
      range.setEndBefore(mark);
      joined = range.toString() === '';
    }
    if (joined) out[out.length - 1].text += mark.textContent;
    else out.push({ text: mark.textContent, entry: mark.dataset.entry });
    previous = mark;
  }
  return out.map((m) => ({ text: m.text.replace(/\\s+/g, ' '), entry: m.entry }));
}`;

/** Evaluates an expression string in the page (both Playwright and Puppeteer accept one). */
export function evaluateExpression<T>(page: E2EPage, expression: string): Promise<T> {
  return (page as unknown as { evaluate(expression: string): Promise<T> }).evaluate(expression);
}

export function readMentions(page: E2EPage, scope: Scope = 'document'): Promise<MentionInfo[]> {
  return evaluateExpression(page, `(${READ_MENTIONS})(${JSON.stringify(scope)})`);
}

export async function readAll(page: E2EPage, scopes: Scope[]): Promise<Expected> {
  const out: Expected = {};
  for (const scope of scopes) out[scope] = await readMentions(page, scope);
  return out;
}
