import { describe, expect, it } from 'vitest';
import {
  extensionScriptMs,
  loadWindow,
  pageMainThread,
  READY_MARK,
  tasks,
  type TraceEvent,
} from '../../bench/extension/trace-window.ts';

const PAGE = 7;
const FRAME = 'F1';
const task = (ts: number, dur: number, tdur: number, pid = PAGE): TraceEvent => ({
  name: 'ThreadControllerImpl::RunTask',
  cat: 'toplevel',
  ph: 'X',
  pid,
  tid: pid,
  ts,
  dur,
  tdur,
});
const at = (name: string, ts: number, args: TraceEvent['args'], cat = 'devtools.timeline'): TraceEvent => ({
  name,
  cat,
  ph: 'I',
  pid: PAGE,
  tid: PAGE,
  ts,
  args,
});

/** A page that navigated from process 3 to 7, DOMContentLoaded at 1000 µs, the content script at 2000, ready at 6000. */
function trace(): TraceEvent[] {
  return [
    { name: 'thread_name', ph: 'M', pid: PAGE, tid: PAGE, ts: 0, args: { name: 'CrRendererMain' } },
    {
      name: 'TracingStartedInBrowser',
      ph: 'I',
      pid: 1,
      tid: 1,
      ts: 0,
      args: { data: { frames: [{ frame: FRAME, processId: 3 }] } },
    },
    {
      name: 'FrameCommittedInBrowser',
      ph: 'I',
      pid: 1,
      tid: 1,
      ts: 100,
      args: { data: { frame: FRAME, processId: PAGE } },
    },
    at('navigationStart', 150, { frame: FRAME, data: { navigationId: 'N1' } }, 'blink.user_timing'),
    at('MarkDOMContent', 1000, { data: { frame: FRAME } }),
    task(500, 600, 400), // before the window: not counted
    task(1900, 1000, 800), // cut by the window's start at 2000: 900/1000 of it counts
    {
      name: 'EvaluateScript',
      cat: 'devtools.timeline',
      ph: 'X',
      pid: PAGE,
      tid: PAGE,
      ts: 2000,
      dur: 800,
      tdur: 700,
      args: { data: { url: 'chrome-extension://abc/content.js' } },
    },
    { name: 'Receive mojo message', cat: 'toplevel', ph: 'X', pid: PAGE, tid: PAGE, ts: 2100, dur: 50, tdur: 50 }, // nested: not counted twice
    task(3000, 2000, 1500), // wholly inside, the longest
    task(5500, 1000, 1000), // cut by ready at 6000: half counts
    at(READY_MARK, 6000, { data: { navigationId: 'N1' } }, 'blink.user_timing'),
    task(7000, 3000, 3000), // after ready: not counted
    task(2000, 9000, 9000, 3), // another process: not counted
  ];
}

describe('trace window', () => {
  it('follows the frame to the process it committed in last', () => {
    expect(pageMainThread(trace(), FRAME)).toEqual({ pid: PAGE, tid: PAGE });
  });

  it('drops tasks nested in a task', () => {
    expect(tasks(trace(), { pid: PAGE, tid: PAGE }).map((event) => event.ts)).toEqual([500, 1900, 3000, 5500, 7000]);
  });

  it('counts main-thread CPU from the later of DOMContentLoaded and the first extension code to the ready mark', () => {
    const window = loadWindow(trace(), FRAME, 'top');
    expect(window.start).toBe(2000);
    expect(window.end).toBe(6000);
    expect(window.cpuMs).toBeCloseTo((800 * 0.9 + 1500 + 1000 * 0.5) / 1000, 6);
    expect(window.longestTaskCpuMs).toBe(1.5);
    expect(window.longestTaskWallMs).toBe(2);
    expect(window.wallToReadyMs).toBeCloseTo(5.85, 6);
  });

  it('starts at DOMContentLoaded when the extension ran before it', () => {
    const early = trace().map((event) => (event.name === 'MarkDOMContent' ? { ...event, ts: 3000 } : event));
    expect(loadWindow(early, FRAME, 'top').start).toBe(3000);
  });

  it('fails loudly when the page never became ready', () => {
    expect(() =>
      loadWindow(
        trace().filter((event) => event.name !== READY_MARK),
        FRAME,
        'top',
      ),
    ).toThrow(/backstory-ready/);
  });

  it('sums the extension scripts CPU time', () => {
    expect(extensionScriptMs(trace(), { pid: PAGE, tid: PAGE })).toBeCloseTo(0.7, 6);
  });
});
