/**
 * One scan pass over a subtree: read its blocks, let the matcher judge them with the page's
 * evidence, and mark what it finds.
 */
import type { Matcher, Mention, PageContext, Sensitivity } from '../matcher/types.ts';
import { markBlock, type DecorateMark } from './highlighter.ts';
import { readBlocks } from './text-model.ts';

export interface ScanResult {
  marks: HTMLElement[];
  mentions: Mention[];
}

export function scanSubtree(
  root: Element,
  matcher: Matcher,
  page: PageContext,
  options: { sensitivity: Sensitivity; accept: (mention: Mention) => boolean; decorate: DecorateMark },
): ScanResult {
  const blocks = readBlocks(root);
  for (const block of blocks) matcher.observe(page, block.text);
  const result: ScanResult = { marks: [], mentions: [] };
  for (const block of blocks) {
    const mentions = matcher.find(block.text, page, { sensitivity: options.sensitivity }).filter(options.accept);
    if (mentions.length === 0) continue;
    result.mentions.push(...mentions);
    result.marks.push(...markBlock(block, mentions, options.decorate));
  }
  return result;
}
