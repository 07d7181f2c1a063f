// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { BlockReader, readBlocks } from '../../../src/content/text-model.ts';

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
});
