/**
 * The rendering work inside a window of one thread's trace: style recalculation (UpdateLayoutTree,
 * with the number of elements it restyled), layout (with the layout objects it had to redo) and
 * the paint steps after it (PrePaint, Paint, Layerize, UpdateLayer, Commit). This is the cost our
 * DOM and stylesheet writes cause that no script event shows (issue 14: "rendering included").
 * Pure, like trace-window.ts.
 */
import { tasks, type Thread, type TraceEvent } from './trace-window.ts';

export interface RenderingTime {
  /** CPU ms of style recalculation, layout, and the paint steps, inside the window. */
  styleMs: number;
  layoutMs: number;
  paintMs: number;
  /** The largest single style recalculation (elements) and layout (dirty objects) in the window. */
  maxStyleElements: number;
  maxLayoutObjects: number;
}

const PAINT_STEPS = new Set(['PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'Commit']);
const kindOf = (name: string): 'style' | 'layout' | 'paint' | undefined =>
  name === 'UpdateLayoutTree' ? 'style' : name === 'Layout' ? 'layout' : PAINT_STEPS.has(name) ? 'paint' : undefined;

interface RenderingArgs {
  elementCount?: number;
  beginData?: { dirtyObjects?: number };
}

/** Rendering events of `thread` that start inside [start, end) (µs); nested ones of a kind counted once. */
export function renderingTime(events: TraceEvent[], thread: Thread, start: number, end: number): RenderingTime {
  const result: RenderingTime = { styleMs: 0, layoutMs: 0, paintMs: 0, maxStyleElements: 0, maxLayoutObjects: 0 };
  const ends = { style: -Infinity, layout: -Infinity, paint: -Infinity };
  const inWindow = events
    .filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X')
    .filter((event) => event.ts >= start && event.ts < end)
    .sort((a, b) => a.ts - b.ts);
  for (const event of inWindow) {
    const kind = kindOf(event.name);
    if (!kind || event.ts < ends[kind]) continue;
    ends[kind] = event.ts + (event.dur ?? 0);
    const ms = (event.tdur ?? event.dur ?? 0) / 1000;
    const args = (event.args ?? {}) as RenderingArgs;
    if (kind === 'style') {
      result.styleMs += ms;
      result.maxStyleElements = Math.max(result.maxStyleElements, args.elementCount ?? 0);
    } else if (kind === 'layout') {
      result.layoutMs += ms;
      result.maxLayoutObjects = Math.max(result.maxLayoutObjects, args.beginData?.dirtyObjects ?? 0);
    } else result.paintMs += ms;
  }
  return result;
}

export interface FrameAfter {
  /** CPU ms of the task, and the rendering inside it. */
  taskMs: number;
  rendering: RenderingTime;
}

/**
 * The first task at or after `end` that renders (style, layout or paint): the frame that shows the
 * last writes before ready, which the window up to the ready mark leaves out. Undefined if none.
 */
export function frameAfter(events: TraceEvent[], thread: Thread, end: number): FrameAfter | undefined {
  const rendering = events.filter(
    (event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X' && kindOf(event.name),
  );
  for (const task of tasks(events, thread)) {
    const taskEnd = task.ts + (task.dur ?? 0);
    if (task.ts < end) continue;
    if (!rendering.some((event) => event.ts >= task.ts && event.ts < taskEnd)) continue;
    return {
      taskMs: (task.tdur ?? task.dur ?? 0) / 1000,
      rendering: renderingTime(events, thread, task.ts, taskEnd),
    };
  }
  return undefined;
}
