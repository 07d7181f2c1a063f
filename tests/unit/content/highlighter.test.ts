// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { Highlighter } from '../../../src/content/highlighter.ts';
import { readBlocks } from '../../../src/content/text-model.ts';
import { fakeMatcher } from './fake-matcher.ts';

const matcher = fakeMatcher();

function markAll(root: Element, highlighter = new Highlighter()) {
  const page = matcher.newPage();
  const marks: HTMLElement[] = [];
  for (const block of readBlocks(root)) {
    marks.push(
      ...highlighter.mark(block, matcher.find(block.text, page), (element, mention) => {
        element.dataset.entry = mention.entry;
      }),
    );
  }
  return { highlighter, marks };
}

describe('Highlighter', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('wraps each mention in <backstory-mark data-entry>, split mentions piece by piece', () => {
    document.body.innerHTML = '<p>On Friday, <b>22</b> senators wrote; 121 people were held. TPS too.</p>';
    const { marks } = markAll(document.body);
    expect(marks.map((mark) => [mark.localName, mark.textContent, mark.dataset.entry])).toEqual([
      ['backstory-mark', '22', 'senate-letter-22'],
      ['backstory-mark', ' senators', 'senate-letter-22'],
      ['backstory-mark', '121 people', 'raids-121'],
      ['backstory-mark', 'TPS', 'tps'],
    ]);
    expect(document.body.textContent).toBe('On Friday, 22 senators wrote; 121 people were held. TPS too.');
  });

  it('restores the DOM exactly: same tree, same text nodes (page-split and empty ones kept)', () => {
    document.body.innerHTML =
      '<article><p id="a">Then 22 senators <i>and</i> 121 people, TPS and TPS.</p><p>plain</p></article>';
    const p = document.getElementById('a')!;
    // A page (or framework) may keep its own adjacent and empty text nodes: they must survive.
    p.append(document.createTextNode(''), document.createTextNode(' 22 senators again'));
    const original = document.body.cloneNode(true);
    const firstText = p.firstChild;
    const { highlighter, marks } = markAll(document.body);
    expect(marks).toHaveLength(5);
    expect(document.body.isEqualNode(original)).toBe(false);
    expect(highlighter.unmark()).toBe(5);
    expect(document.querySelectorAll('backstory-mark')).toHaveLength(0);
    expect(document.body.isEqualNode(original)).toBe(true);
    expect(p.childNodes).toHaveLength(original.firstChild!.firstChild!.childNodes.length);
    expect(p.firstChild).toBe(firstText);
    expect(highlighter.size).toBe(0);
  });

  it('unmarks only under the given root', () => {
    document.body.innerHTML = '<p id="one">22 senators</p><p id="two">121 people</p>';
    const { highlighter } = markAll(document.body);
    highlighter.unmark(document.getElementById('one')!);
    expect([...document.querySelectorAll('backstory-mark')].map((mark) => mark.textContent)).toEqual(['121 people']);
    expect(document.getElementById('one')!.childNodes).toHaveLength(1);
  });

  it('when the page rewrote the text node it owns, keeps the page’s text and drops our copy', () => {
    document.body.innerHTML = '<p id="p">121 people were held</p>';
    const original = document.getElementById('p')!.firstChild as Text;
    const { highlighter } = markAll(document.body);
    expect(highlighter.split(original)).toBe(true);
    original.data = '122 people were held'; // a framework updating "its" node
    highlighter.unmark();
    expect(document.getElementById('p')!.innerHTML).toBe('122 people were held');
  });

  it('does not mark a block whose text changed since it was read', () => {
    document.body.innerHTML = '<p>22 senators</p>';
    const [block] = readBlocks(document.body);
    block!.nodes[0]!.data = 'something else';
    expect(new Highlighter().mark(block!, matcher.find(block!.text, matcher.newPage()), () => {})).toEqual([]);
    expect(document.querySelector('backstory-mark')).toBeNull();
  });
});
