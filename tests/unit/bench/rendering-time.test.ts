import { describe, expect, it } from 'vitest';
import { frameAfter, renderingTime } from '../../bench/extension/rendering-time.ts';
import type { TraceEvent } from '../../bench/extension/trace-window.ts';

const THREAD = { pid: 7, tid: 7 };
const span = (name: string, ts: number, dur: number, args?: object, cat = 'devtools.timeline'): TraceEvent => ({
  name,
  cat,
  ph: 'X',
  pid: 7,
  tid: 7,
  ts,
  dur,
  tdur: dur,
  args: args as TraceEvent['args'],
});
const task = (ts: number, dur: number) => span('ThreadControllerImpl::RunTask', ts, dur, undefined, 'toplevel');

/** A write task (0–10 ms) with a forced style recalc, its frame (20–40 ms), and a later frame after ready (60–70 ms). */
const events = [
  task(0, 10_000),
  span('UpdateLayoutTree', 5_000, 2_000, { elementCount: 12 }),
  task(20_000, 20_000),
  span('UpdateLayoutTree', 20_000, 4_000, { elementCount: 900 }),
  span('Layout', 25_000, 3_000, { beginData: { dirtyObjects: 40 } }),
  span('Paint', 29_000, 5_000),
  span('Paint', 30_000, 1_000),
  span('PrePaint', 35_000, 1_000),
  task(60_000, 10_000),
  span('Paint', 61_000, 2_000),
  { ...span('Paint', 21_000, 9_000), pid: 8, tid: 8 },
];

describe('rendering time in a trace window', () => {
  it('adds style, layout and paint of the thread inside the window, nested paints once', () => {
    expect(renderingTime(events, THREAD, 0, 50_000)).toEqual({
      styleMs: 6,
      layoutMs: 3,
      paintMs: 6,
      maxStyleElements: 900,
      maxLayoutObjects: 40,
    });
  });

  it('finds the first rendering task after ready', () => {
    expect(frameAfter(events, THREAD, 15_000)?.taskMs).toBe(20);
    expect(frameAfter(events, THREAD, 45_000)).toEqual({
      taskMs: 10,
      rendering: { styleMs: 0, layoutMs: 0, paintMs: 2, maxStyleElements: 0, maxLayoutObjects: 0 },
    });
    expect(frameAfter(events, THREAD, 80_000)).toBeUndefined();
  });
});
