/**
 * Turns a DOM subtree into blocks for the matcher. A block is the run of text under one block-level
 * ancestor (its owner), so "<b>22</b> senators" is one block "22 senators". Offsets follow mark.js's
 * view of the owner's text (every text node in order, minus those mark.js itself ignores), so a
 * matcher offset becomes a mark.js range by one addition.
 */
export const OWN_ELEMENTS = ['backstory-mark', 'backstory-card'];

/** Elements whose text is never shown to the reader or is being edited: never matched. */
const SKIPPED_SELECTOR = [
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'title', 'head',
  'svg', 'math', 'canvas', 'iframe', 'object', 'code', 'pre', 'kbd', 'samp',
  '[contenteditable]:not([contenteditable="false"])', '[aria-hidden="true"]', '[hidden]',
  '.CodeMirror', '.cm-editor', '.monaco-editor', '.ProseMirror', '.ace_editor',
  'backstory-card', 'backstory-mark',
].join(',');

const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL', 'LABEL', 'MARK',
  'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'BACKSTORY-MARK',
]);

export interface Block {
  /** The block-level element whose text this is; mark.js marks within it. */
  owner: Element;
  /** The block's first text node (to find the block's offset inside its owner when marking). */
  first: Text;
  text: string;
}


function blockAncestor(node: Node, root: Element): Element {
  let element = node.parentElement;
  while (element && element !== root && INLINE.has(element.tagName.toUpperCase())) element = element.parentElement;
  return element ?? root;
}

/** True when text under `element` must not be matched (editable, code, hidden, ours). */
export function isSkipped(element: Element | null): boolean {
  if (!element) return true;
  if (element.closest(SKIPPED_SELECTOR)) return true;
  return element.ownerDocument.designMode === 'on';
}

/** mark.js's own text-node filter: it never counts text whose parent is one of these. */
export function markJsCounts(node: Node): boolean {
  const parent = node.parentElement;
  return !parent || !MARK_JS_IGNORED.has(parent.tagName.toUpperCase());
}

/** Offset of `node` in mark.js's view of `owner`'s text (the sum of the text nodes before it). */
export function offsetInOwner(owner: Element, node: Text): number {
  const walker = owner.ownerDocument.createTreeWalker(owner, NodeFilter.SHOW_TEXT);
  let offset = 0;
  for (let current = walker.nextNode(); current && current !== node; current = walker.nextNode()) {
    if (markJsCounts(current)) offset += current.nodeValue?.length ?? 0;
  }
  return offset;
}

/**
 * Walks `root`'s text nodes in document order into blocks; text in skipped subtrees (editable,
 * code, hidden, ours) ends the current block and is never matched.
 */
export function readBlocks(root: Element): Block[] {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const blocks: Block[] = [];
  const skipCache = new Map<Element, boolean>();
  let current: Block | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!markJsCounts(node)) continue;
    const parent = node.parentElement;
    let skipped = parent ? skipCache.get(parent) : true;
    if (skipped === undefined) {
      skipped = isSkipped(parent);
      skipCache.set(parent!, skipped);
    }
    if (skipped) {
      current = null;
      continue;
    }
    const owner = blockAncestor(node, root);
    if (current && current.owner === owner) {
      current.text += node.nodeValue ?? '';
    } else {
      current = { owner, first: node, text: node.nodeValue ?? '' };
      blocks.push(current);
    }
  }
  return blocks.filter((block) => block.text.trim() !== '');
}

/** mark.js never looks at text whose parent is one of these (its built-in exclude list). */
const MARK_JS_IGNORED = new Set(['SCRIPT', 'STYLE', 'TITLE', 'HEAD', 'HTML']);
