/**
 * What a scan never reads or marks: text the reader does not see, text being edited, code, and
 * our own UI. Checked once per element as the walk enters it, so a skipped subtree is never walked.
 */
export const MARK_TAG = 'backstory-mark';
export const CARD_TAG = 'backstory-card';

const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'title',
  'head',
  'svg',
  'math',
  'canvas',
  'iframe',
  'frame',
  'object',
  'embed',
  'video',
  'audio',
  'code',
  'pre',
  'kbd',
  'samp',
  MARK_TAG,
  CARD_TAG,
]);

/**
 * Editable regions, hidden subtrees and the roots of code editors that do not use contenteditable
 * (CodeMirror 5, Monaco, Ace draw text in plain divs next to a hidden textarea).
 */
const SKIPPED_BY_ATTRIBUTE = [
  '[contenteditable]:not([contenteditable="false"])',
  '[hidden]',
  '[aria-hidden="true"]',
  '[inert]',
  '.CodeMirror',
  '.cm-editor',
  '.monaco-editor',
  '.ProseMirror',
  '.ace_editor',
].join(',');

/** True when `element` starts a subtree that must not be read (its own tag or attributes). */
export function skipsSubtree(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.localName)) return true;
  return skippedByAttribute(element);
}

/** The attribute half of skipsSubtree, for a walk that has already looked the tag up. */
export function skippedByAttribute(element: Element): boolean {
  return element.hasAttributes() && element.matches(SKIPPED_BY_ATTRIBUTE);
}

/** Parent in the composed tree: the parent element, or the host of a shadow root. */
export function composedParent(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === Node.ELEMENT_NODE) return parent as Element;
  return (parent as ShadowRoot).host ?? null;
}

/** True when `node` is inside a skipped subtree (used for mutation targets, not in the walk). */
export function isInSkippedSubtree(node: Node): boolean {
  if (node.ownerDocument?.designMode === 'on') return true;
  for (
    let element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : composedParent(node);
    element;
    element = composedParent(element)
  ) {
    if (skipsSubtree(element)) return true;
  }
  return false;
}

/** Inline elements: their text belongs to the block around them ("<b>22</b> senators"). */
export const INLINE = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'nobr',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  MARK_TAG,
]);

/**
 * The only elements that can host a shadow root (DOM spec, attachShadow's "valid shadow host
 * name"), besides custom elements (names with a dash): the walk asks no other element for one.
 */
const SHADOW_HOSTS = [
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
];

/** What an element's tag alone says about it, as bits, in one lookup for the walk. */
export const INLINE_TAG = 1;
export const SKIPPED_TAG = 2;
export const SHADOW_HOST_TAG = 4;
const TAG_FLAGS = new Map<string, number>();
for (const tag of INLINE) TAG_FLAGS.set(tag, INLINE_TAG);
for (const tag of SHADOW_HOSTS) TAG_FLAGS.set(tag, (TAG_FLAGS.get(tag) ?? 0) | SHADOW_HOST_TAG);
for (const tag of SKIPPED_TAGS) TAG_FLAGS.set(tag, (TAG_FLAGS.get(tag) ?? 0) | SKIPPED_TAG);

export function tagFlags(localName: string): number {
  return TAG_FLAGS.get(localName) ?? (localName.includes('-') ? SHADOW_HOST_TAG : 0);
}

/** The nearest block-level element at or above `node`: the unit a rescan works on. */
export function blockOwner(node: Node): Element | null {
  let element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : composedParent(node);
  while (element && INLINE.has(element.localName)) element = composedParent(element);
  return element;
}
