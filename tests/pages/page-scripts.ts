/**
 * Code that runs inside the tested pages. Kept as plain-JS strings (not functions) because tsx's
 * transform adds helpers such as __name to TypeScript functions, which do not exist in the page.
 */

/** Injected before any page script: notes when the content script first declares the page ready. */
export const READY_RECORDER = `(() => {
  const note = () => {
    const root = document.documentElement;
    if (root && root.getAttribute('data-backstory-state') === 'ready' && !root.hasAttribute('data-pages-ready-at')) {
      root.setAttribute('data-pages-ready-at', String(performance.now()));
    }
  };
  // <html> may not exist yet at document start: watch the whole document.
  new MutationObserver(note).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-backstory-state'] });
})();`;

/** Resolves after two animation frames, so layout and paint have caught up with the last change. */
export const SETTLE = `new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))`;

/**
 * Scrolls through the page two screens at a time and back to the top, pausing 50 ms (a few
 * frames) at each stop: the extension draws marks only within a screen of the viewport (docs/adr/0006), so this is
 * what lets every mark of the page be drawn and checked. Run with and without the extension alike.
 */
export const SCROLL_THROUGH = scrollThrough(80);

/** SCROLL_THROUGH with another cap on the number of stops (a page of 10,000 list items needs more). */
export function scrollThrough(maxStops: number): string {
  return `(async () => {
  // Timers, not requestAnimationFrame: some pages replace it (the hostile overrides page forbids it).
  const frames = () => new Promise((done) => setTimeout(done, 50));
  const step = Math.max(200, 2 * innerHeight);
  const height = () => document.documentElement.scrollHeight;
  for (let y = step, stops = 0; y < height() && stops < ${maxStops}; y += step, stops++) {
    scrollTo(0, y);
    await frames();
  }
  scrollTo(0, 0);
  await frames();
  await new Promise((done) => setTimeout(done, 100));
  return true;
})()`;
}

export const READY_STATE = `document.documentElement.dataset.backstoryState || ''`;

/**
 * What the runner compares between the runs with and without the extension: the text, the boxes of
 * the body's top-level blocks (two levels deep), the document height, and every highlight with the
 * reason it is misplaced, if it is.
 */
export const SNAPSHOT = `(() => {
  const FORBIDDEN = 'input, textarea, select, option, script, style, noscript, template, [contenteditable]:not([contenteditable="false"]), ' +
    '.CodeMirror, .cm-editor, .monaco-editor, .ProseMirror, .ace_editor, [hidden], [aria-hidden="true"]';
  const OURS = /^BACKSTORY-/;
  const blocks = [];
  const visit = (element, path, depth) => {
    let index = 0;
    for (const child of element.children) {
      if (OURS.test(child.tagName)) continue;
      const childPath = path + '/' + index++;
      const box = child.getBoundingClientRect();
      blocks.push({ path: childPath, tag: child.tagName.toLowerCase(),
        x: box.left + scrollX, y: box.top + scrollY, width: box.width, height: box.height });
      if (depth < 2) visit(child, childPath, depth + 1);
    }
  };
  if (document.body) visit(document.body, 'body', 1);

  const BLOCK = 'p, li, td, th, dd, dt, h1, h2, h3, h4, h5, h6, blockquote, figcaption, article, section, div, body';
  const squash = (value) => value.replace(/\\s+/g, ' ');
  /** The highlighted text with up to 60 characters around it, the highlight in [brackets]. */
  const contextOf = (range, element) => {
    const block = element && element.closest(BLOCK);
    if (!block) return '';
    const before = document.createRange();
    before.setStart(block, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const text = block.textContent || '';
    const start = before.toString().length;
    const end = start + range.toString().length;
    return squash(text.slice(Math.max(0, start - 60), start)) + '[' + squash(text.slice(start, end)) + ']' + squash(text.slice(end, end + 60));
  };
  const problemOf = (element, boxes, hidden) => {
    const forbidden = element && element.closest(FORBIDDEN);
    if (forbidden) return 'inside ' + forbidden.tagName.toLowerCase();
    if (document.designMode === 'on') return 'in a designMode document';
    if (boxes === 0) return 'in hidden text (no boxes)';
    if (hidden) return 'in hidden text (' + hidden + ')';
    return '';
  };
  const marks = [];
  const collect = (root) => {
    for (const mark of root.querySelectorAll('backstory-mark')) {
      const range = document.createRange();
      range.selectNodeContents(mark);
      const visibility = getComputedStyle(mark).visibility;
      marks.push({ entry: mark.getAttribute('data-entry') || '', text: mark.textContent || '', context: contextOf(range, mark.parentElement),
        problem: problemOf(mark.parentElement, mark.getClientRects().length, visibility === 'visible' ? '' : 'visibility ' + visibility) });
    }
    for (const host of root.querySelectorAll('*')) if (host.shadowRoot) collect(host.shadowRoot);
  };
  collect(document);
  // Mentions painted without DOM changes (CSS Custom Highlight API fallback), named backstory-*.
  if (window.CSS && CSS.highlights) {
    CSS.highlights.forEach((highlight, name) => {
      if (!/^backstory/.test(name)) return;
      highlight.forEach((range) => {
        const element = range.startContainer.parentElement;
        marks.push({ entry: '(painted ' + name + ')', text: range.toString(), context: contextOf(range, element),
          problem: problemOf(element, range.getClientRects().length, '') });
      });
    });
  }

  const navigation = performance.getEntriesByType('navigation')[0];
  const readyAt = Number(document.documentElement.getAttribute('data-pages-ready-at') || NaN);
  const measures = performance.getEntriesByType('measure').filter((entry) => /backstory/i.test(entry.name));
  return {
    text: document.body ? document.body.innerText : '',
    height: document.documentElement.scrollHeight,
    blocks,
    marks,
    readyAfterDomContentLoaded: navigation && readyAt ? readyAt - navigation.domContentLoadedEventEnd : null,
    scanMeasureMs: measures.length ? measures.reduce((sum, entry) => sum + entry.duration, 0) : null,
  };
})()`;

export interface Box {
  path: string;
  tag: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PageMark {
  entry: string;
  text: string;
  context: string;
  /** Why this mark should not exist ('' when it is placed right). */
  problem: string;
}

export interface Snapshot {
  text: string;
  height: number;
  blocks: Box[];
  marks: PageMark[];
  readyAfterDomContentLoaded: number | null;
  scanMeasureMs: number | null;
}
