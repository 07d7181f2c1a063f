// @vitest-environment jsdom
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { INLINE, skipsSubtree } from '../../../src/content/skip.ts';
import { BlockReader, readBlocks, type Block } from '../../../src/content/text-model.ts';

function texts(root: Element) {
  return readBlocks(root).map((block) => block.text.replace(/\s+/g, ' ').trim());
}

describe('readBlocks', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('joins text split across inline elements into one block per block-level owner', () => {
    document.body.innerHTML = '<p id="p">On Friday, <b>22</b> senators wrote about <a href="#"><i>Temporary</i> Protected</a> Status.</p><p>Next</p>';
    const blocks = readBlocks(document.body);
    expect(blocks.map((block) => block.text)).toEqual(['On Friday, 22 senators wrote about Temporary Protected Status.', 'Next']);
    expect(blocks[0]!.owner.id).toBe('p');
    expect(blocks[0]!.nodes.map((node) => node.data).join('')).toBe(blocks[0]!.text);
  });

  it('skips script, style, form fields, editable regions, code editors, hidden subtrees and our own elements', () => {
    document.body.innerHTML = `
      <p>kept one</p>
      <script>22 senators</script><style>.a{}</style><noscript>no</noscript><template><p>tpl</p></template>
      <textarea>22 senators</textarea><select><option>opt</option></select>
      <div contenteditable="true"><p>editable</p></div>
      <div contenteditable="false"><p>kept two</p></div>
      <div class="CodeMirror"><div>cm</div></div><div class="monaco-editor"><div>mo</div></div>
      <div class="ProseMirror"><p>pm</p></div><div class="ace_editor"><div>ace</div></div>
      <div hidden><p>hidden</p></div><div aria-hidden="true">aria</div>
      <pre><code>code</code></pre>
      <backstory-card>card</backstory-card><p>a <backstory-mark>mark</backstory-mark> b</p>`;
    expect(texts(document.body)).toEqual(['kept one', 'kept two', 'a', 'b']);
  });

  it('ends a block at a nested block element and resumes the outer block after it', () => {
    document.body.innerHTML = '<div id="outer">before <div id="inner">inside</div> after</div>';
    const blocks = readBlocks(document.body);
    expect(blocks.map((block) => [block.owner.id, block.text.trim()])).toEqual([
      ['outer', 'before'],
      ['inner', 'inside'],
      ['outer', 'after'],
    ]);
  });

  it('notes open shadow roots on the way without reading into them', () => {
    document.body.innerHTML = '<p>light</p><div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>22 senators in shadow</p>';
    const reader = new BlockReader(document.body, document.body);
    expect(reader.read().map((block) => block.text)).toEqual(['light']);
    expect(reader.shadowRoots).toEqual([shadow]);
    expect(readBlocks(shadow as unknown as Element, shadow.host).map((block) => block.text)).toEqual(['22 senators in shadow']);
  });

  it('reads in slices that resume where they stopped, producing the same blocks as one pass', () => {
    const parts = Array.from({ length: 300 }, (_, i) => `<li><a>item</a> <b>${i}</b> of <span><em>many</em></span></li>`);
    document.body.innerHTML = `<ul>${parts.join('')}</ul><p>tail <i>end</i></p>`;
    const whole = readBlocks(document.body).map((block) => block.text);
    const reader = new BlockReader(document.body, document.body);
    const sliced: string[] = [];
    let slices = 0;
    while (!reader.done) {
      let calls = 0;
      sliced.push(...reader.read(() => ++calls > 2).map((block) => block.text));
      slices++;
    }
    expect(slices).toBeGreaterThan(5);
    expect(sliced).toEqual(whole);
    expect(whole).toHaveLength(301);
  });

  it('drops whitespace-only blocks, including non-breaking and other Unicode spaces', () => {
    document.body.innerHTML = '<p>\n  </p><p>\u00a0</p><p>\u2003\ufeff</p><p> x</p><p>\u00a0y</p>';
    expect(readBlocks(document.body).map((block) => block.text)).toEqual([' x', '\u00a0y']);
  });

  it('returns only the blocks `keep` accepts, whole or in slices', () => {
    const parts = Array.from({ length: 200 }, (_, i) => `<p>${i % 7 === 0 ? '<b>22</b> senators' : 'quiet'} ${i}</p>`);
    document.body.innerHTML = parts.join('');
    const keep = (text: string) => text.includes('senators');
    const wanted = readBlocks(document.body).filter((block) => keep(block.text));
    expect(wanted).toHaveLength(29);
    expect(readBlocks(document.body, document.body, keep)).toEqual(wanted);
    const reader = new BlockReader(document.body, document.body, keep);
    const sliced: Block[] = [];
    while (!reader.done) sliced.push(...reader.read(() => true));
    expect(sliced).toEqual(wanted);
  });
});

/** The reading rules spelled out as a plain recursion over child nodes: what the walk must produce. */
function referenceRead(root: Node, rootOwner: Element): { blocks: Block[]; shadowRoots: ShadowRoot[] } {
  const blocks: Block[] = [];
  const shadowRoots: ShadowRoot[] = [];
  let current: Block | null = null;
  const finish = () => {
    if (current && current.text.trim() !== '') blocks.push(current);
    current = null;
  };
  const visit = (parent: Node, owner: Element) => {
    for (const child of Array.from(parent.childNodes)) {
      if (child instanceof Text) {
        if (current?.owner === owner) {
          current.nodes.push(child);
          current.text += child.data;
        } else {
          finish();
          current = { owner, nodes: [child], text: child.data };
        }
      } else if (child instanceof Element) {
        if (skipsSubtree(child)) {
          finish();
          continue;
        }
        if (child.shadowRoot) shadowRoots.push(child.shadowRoot);
        visit(child, INLINE.has(child.localName) ? owner : child);
      }
    }
  };
  visit(root, rootOwner);
  finish();
  return { blocks, shadowRoots };
}

type Tree = { text: string } | { comment: true } | { tag: string; attributes: [string, string][]; shadow: boolean; children: Tree[] };

const TAGS = ['p', 'div', 'li', 'section', 'b', 'span', 'a', 'em', 'x-story', 'code', 'textarea', 'input', 'br', 'button', 'backstory-mark'];
const ATTRIBUTES: [string, string][] = [
  ['hidden', ''], ['aria-hidden', 'true'], ['aria-hidden', 'false'], ['contenteditable', ''], ['contenteditable', 'false'],
  ['class', 'CodeMirror'], ['class', 'story'], ['href', '#'],
];
const { tree } = fc.letrec<{ tree: Tree; element: Tree }>((tie) => ({
  tree: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('22 ', 'senators', '', ' ', '\n', '\u00a0', 'TPS.').map((text) => ({ text })) },
    { weight: 1, arbitrary: fc.constant({ comment: true as const }) },
    { weight: 3, arbitrary: tie('element') },
  ),
  element: fc.record({
    tag: fc.constantFrom(...TAGS),
    attributes: fc.subarray(ATTRIBUTES, { maxLength: 2 }),
    shadow: fc.boolean(),
    children: fc.array(tie('tree'), { maxLength: 4, depthIdentifier: 'tree' }),
  }),
}));

function build(parent: Node, spec: Tree): void {
  if ('text' in spec) parent.appendChild(document.createTextNode(spec.text));
  else if ('comment' in spec) parent.appendChild(document.createComment('22 senators'));
  else {
    const element = document.createElement(spec.tag);
    for (const [name, value] of spec.attributes) element.setAttribute(name, value);
    if (spec.shadow && ['div', 'section', 'span', 'p', 'x-story'].includes(spec.tag)) element.attachShadow({ mode: 'open' }).append('in shadow');
    for (const child of spec.children) build(element, child);
    parent.appendChild(element);
  }
}

describe('BlockReader against the reading rules', () => {
  it('produces the same blocks (owners, nodes, text) and shadow roots as the plain recursion, in any slicing', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), (children, slicing) => {
        document.body.replaceChildren();
        // Copies, so the walk spans several slices (it looks at the clock every few dozen nodes).
        for (let copy = 0; copy < 8; copy++) for (const child of children) build(document.body, child);
        const expected = referenceRead(document.body, document.body);
        const reader = new BlockReader(document.body, document.body);
        const blocks: Block[] = [];
        let call = 0;
        while (!reader.done) blocks.push(...reader.read(() => slicing[call++ % slicing.length]!));
        expect(blocks).toEqual(expected.blocks);
        expect(blocks.map((block) => block.owner)).toEqual(expected.blocks.map((block) => block.owner));
        expect(reader.shadowRoots).toEqual(expected.shadowRoots);
      }),
      { numRuns: 300 },
    );
    // 300 jsdom trees take about 4.5 s alone; a loaded 2-core machine needs more than the default 5 s.
  }, 30_000);
});

