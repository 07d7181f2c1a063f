/**
 * Judges one page in one browser: the run with the extension against the run without it. Pure, so
 * the rules are unit-tested apart from the browsers.
 */
import type { Box, Snapshot } from './page-scripts.ts';

/** Layout may move by less than this (sub-pixel rounding); anything more is a change we caused. */
export const LAYOUT_TOLERANCE_PX = 1;
const MAX_LISTED = 5;

/** The first place two texts differ, with some context, or '' when they are identical. */
export function textDifference(plain: string, withExtension: string): string {
  if (plain === withExtension) return '';
  let index = 0;
  while (index < plain.length && plain[index] === withExtension[index]) index++;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, index - 30), index + 30));
  return `innerText differs at ${index} (lengths ${plain.length} vs ${withExtension.length}): ${around(plain)} vs ${around(withExtension)}`;
}

export function layoutDifferences(plain: Snapshot, withExtension: Snapshot): string[] {
  const problems: string[] = [];
  if (Math.abs(plain.height - withExtension.height) > LAYOUT_TOLERANCE_PX) {
    problems.push(`document height ${plain.height} → ${withExtension.height}`);
  }
  const after = new Map(withExtension.blocks.map((box) => [box.path, box]));
  const moved: string[] = [];
  for (const box of plain.blocks) {
    const other = after.get(box.path);
    if (!other || other.tag !== box.tag) {
      moved.push(`${box.path} <${box.tag}> is missing or replaced`);
      continue;
    }
    const keys = ['x', 'y', 'width', 'height'] as const satisfies readonly (keyof Box)[];
    const shifted = keys.filter((key) => Math.abs(box[key] - other[key]) > LAYOUT_TOLERANCE_PX);
    if (shifted.length > 0) {
      moved.push(`${box.path} <${box.tag}> ${shifted.map((key) => `${key} ${round(box[key])}→${round(other[key])}`).join(', ')}`);
    }
  }
  if (withExtension.blocks.length !== plain.blocks.length) {
    moved.push(`top-level block count ${plain.blocks.length} → ${withExtension.blocks.length}`);
  }
  if (moved.length > 0) {
    problems.push(`${moved.length} top-level block(s) changed: ${moved.slice(0, MAX_LISTED).join('; ')}${moved.length > MAX_LISTED ? '; …' : ''}`);
  }
  return problems;
}

/**
 * Failed loads of the page's own resources (blocked or missing on the local server) come and go
 * with timing; the extension fetches nothing, so they are never its doing. Firefox's own network
 * error page (shown in a frame whose remote address is blocked) throws "RPM… is not defined", and
 * Firefox reports a blocked cross-origin fetch as "Cross-Origin Request Blocked".
 */
const RESOURCE_NOISE = /^console: (Failed to load resource|Manifest fetch from|Loading failed for|The resource at)|^pageerror: ReferenceError: RPM\w+ is not defined|^(console|pageerror): Cross-Origin Request Blocked/;

/** Errors seen with the extension that the same page did not produce without it (as a multiset). */
export function newErrors(plain: readonly string[], withExtension: readonly string[]): string[] {
  const remaining = new Map<string, number>();
  for (const error of plain) remaining.set(error, (remaining.get(error) ?? 0) + 1);
  return withExtension.filter((error) => {
    if (RESOURCE_NOISE.test(error)) return false;
    const left = remaining.get(error) ?? 0;
    if (left === 0) return true;
    remaining.set(error, left - 1);
    return false;
  });
}

export type FailureKind = 'errors' | 'text' | 'layout' | 'marks';

export interface Failure {
  kind: FailureKind;
  message: string;
}

export interface Verdict {
  failures: Failure[];
  extensionErrors: string[];
}

export function judge(plain: Snapshot, withExtension: Snapshot, plainErrors: readonly string[], extensionErrors: readonly string[]): Verdict {
  const failures: Failure[] = [];
  const added = newErrors(plainErrors, extensionErrors);
  if (added.length > 0) {
    failures.push({ kind: 'errors', message: `${added.length} error(s) only with the extension: ${added.slice(0, MAX_LISTED).join(' | ')}` });
  }
  const text = textDifference(plain.text, withExtension.text);
  if (text) failures.push({ kind: 'text', message: text });
  for (const message of layoutDifferences(plain, withExtension)) failures.push({ kind: 'layout', message });
  const misplaced = withExtension.marks.filter((mark) => mark.problem);
  if (misplaced.length > 0) {
    const listed = misplaced.slice(0, MAX_LISTED).map((mark) => `"${mark.text}" ${mark.problem}`);
    failures.push({ kind: 'marks', message: `${misplaced.length} misplaced highlight(s): ${listed.join('; ')}` });
  }
  return { failures, extensionErrors: added };
}

/**
 * Drops the failures a page also shows between two runs without the extension (its own randomness:
 * ads, clocks, races), so only differences the extension could have caused remain.
 */
export function withoutUnstable(verdict: Verdict, plainVsPlain: Verdict): { verdict: Verdict; unstable: FailureKind[] } {
  const unstable: FailureKind[] = [...new Set(plainVsPlain.failures.map((failure) => failure.kind))].filter((kind) => kind !== 'marks');
  return {
    verdict: {
      failures: verdict.failures.filter((failure) => !unstable.includes(failure.kind)),
      extensionErrors: unstable.includes('errors') ? [] : verdict.extensionErrors,
    },
    unstable,
  };
}

const round = (value: number) => Math.round(value * 10) / 10;
