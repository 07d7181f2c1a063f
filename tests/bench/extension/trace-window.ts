/**
 * Reads one page load's Chromium trace (devtools.timeline, v8, toplevel, blink.user_timing): finds
 * the page's renderer main thread and measures, on that thread only, the window from the later of
 * DOMContentLoaded and the first run of extension code to the ready mark. Pure: events in, figures
 * out, so it is unit-tested on hand-made traces.
 */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs; absent where the platform has no thread clock. */
  tdur?: number;
  args?: {
    name?: string;
    frame?: string;
    fileName?: string;
    data?: {
      frame?: string;
      url?: string;
      processId?: number;
      frames?: { frame: string; processId: number }[];
      navigationId?: string;
    };
  };
}

export interface Thread {
  pid: number;
  tid: number;
}

export const READY_MARK = 'backstory-ready';
const EXTENSION_URL = /^(chrome|moz)-extension:\/\//;

/** The renderer process that last held `frameId` (navigations can move a frame to a new process). */
export function pageMainThread(events: TraceEvent[], frameId: string): Thread {
  let pid: number | undefined;
  let at = -Infinity;
  for (const event of events) {
    const frames =
      event.name === 'TracingStartedInBrowser'
        ? (event.args?.data?.frames ?? [])
        : event.name === 'FrameCommittedInBrowser' && event.args?.data
          ? [{ frame: event.args.data.frame, processId: event.args.data.processId }]
          : [];
    for (const frame of frames) {
      if (frame.frame === frameId && frame.processId !== undefined && event.ts >= at) {
        pid = frame.processId;
        at = event.ts;
      }
    }
  }
  if (pid === undefined) throw new Error(`no renderer process for frame ${frameId} in the trace`);
  const main = events.find(
    (event) => event.pid === pid && event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
  );
  return { pid, tid: main?.tid ?? pid };
}

const on = (thread: Thread) => (event: TraceEvent) => event.pid === thread.pid && event.tid === thread.tid;
const urlOf = (event: TraceEvent) => event.args?.data?.url ?? event.args?.fileName ?? '';
const cpu = (event: TraceEvent) => event.tdur ?? event.dur ?? 0;

/** The thread's outermost complete 'toplevel' events (its tasks), in time order, nested ones dropped. */
export function tasks(events: TraceEvent[], thread: Thread): TraceEvent[] {
  const sorted = events
    .filter((event) => on(thread)(event) && event.ph === 'X' && (event.cat ?? '').split(',').includes('toplevel'))
    .sort((a, b) => a.ts - b.ts);
  const outermost: TraceEvent[] = [];
  let end = -Infinity;
  for (const event of sorted) {
    if (event.ts < end) continue;
    outermost.push(event);
    end = event.ts + (event.dur ?? 0);
  }
  return outermost;
}

/** CPU ms spent by extension scripts on the thread over the whole trace (outermost script events). */
export function extensionScriptMs(events: TraceEvent[], thread: Thread): number {
  const scripts = events
    .filter(
      (event) =>
        on(thread)(event) &&
        event.ph === 'X' &&
        (event.name === 'EvaluateScript' || event.name === 'FunctionCall') &&
        EXTENSION_URL.test(urlOf(event)),
    )
    .sort((a, b) => a.ts - b.ts);
  let total = 0;
  let end = -Infinity;
  for (const event of scripts) {
    if (event.ts < end) continue;
    total += cpu(event);
    end = event.ts + (event.dur ?? 0);
  }
  return total / 1000;
}

export interface LoadWindow {
  /** Trace timestamps, µs. */
  start: number;
  end: number;
  domContentLoaded: number;
  firstExtensionCode: number;
  /** Main-thread CPU ms in the window (tasks cut by an edge count in proportion). */
  cpuMs: number;
  /** The task overlapping the window with the most CPU time: its CPU ms and its wall ms. */
  longestTaskCpuMs: number;
  longestTaskWallMs: number;
  /** Navigation start to the ready mark, wall ms. */
  wallToReadyMs: number;
}

/**
 * The window of one load. `readyFrames: 'top'` ends it at the main frame's ready mark, `'all'` at the
 * last ready mark on the thread (a page whose same-origin frames all had to become ready).
 */
export function loadWindow(events: TraceEvent[], frameId: string, readyFrames: 'top' | 'all'): LoadWindow {
  const thread = pageMainThread(events, frameId);
  const mine = events.filter(on(thread));
  // A user-timing mark names its document's navigation, not its frame: navigationStart links the two.
  const frameOfNavigation = new Map(
    mine
      .filter((event) => event.name === 'navigationStart')
      .map((event) => [event.args?.data?.navigationId, event.args?.frame]),
  );
  const frameOf = (event: TraceEvent) =>
    event.args?.data?.frame ?? event.args?.frame ?? frameOfNavigation.get(event.args?.data?.navigationId);
  const dcl = mine.find((event) => event.name === 'MarkDOMContent' && frameOf(event) === frameId);
  const navigation = mine.filter((event) => event.name === 'navigationStart' && frameOf(event) === frameId).at(-1);
  const firstCode = Math.min(...mine.filter((event) => EXTENSION_URL.test(urlOf(event))).map((event) => event.ts));
  const marks = mine.filter(
    (event) => event.name === READY_MARK && (readyFrames === 'all' || frameOf(event) === frameId),
  );
  if (!dcl) throw new Error('no DOMContentLoaded of the page in the trace');
  if (!Number.isFinite(firstCode)) throw new Error('no extension code ran on the page main thread');
  if (marks.length === 0) throw new Error(`no ${READY_MARK} mark on the page main thread`);
  const start = Math.max(dcl.ts, firstCode);
  const end = Math.max(...marks.map((event) => event.ts));
  let cpuUs = 0;
  let longest = { cpu: 0, wall: 0 };
  for (const task of tasks(events, thread)) {
    const taskEnd = task.ts + (task.dur ?? 0);
    if (taskEnd <= start || task.ts >= end) continue;
    const overlap = Math.min(taskEnd, end) - Math.max(task.ts, start);
    cpuUs += task.dur ? (cpu(task) * overlap) / task.dur : 0;
    if (cpu(task) > longest.cpu) longest = { cpu: cpu(task), wall: task.dur ?? 0 };
  }
  return {
    start,
    end,
    domContentLoaded: dcl.ts,
    firstExtensionCode: firstCode,
    cpuMs: cpuUs / 1000,
    longestTaskCpuMs: longest.cpu / 1000,
    longestTaskWallMs: longest.wall / 1000,
    wallToReadyMs: navigation ? (end - navigation.ts) / 1000 : NaN,
  };
}

/** The longest task (CPU ms, wall ms) on the thread over the whole trace. */
export function longestTask(events: TraceEvent[], thread: Thread): { cpuMs: number; wallMs: number } {
  const longest = tasks(events, thread).reduce((a, b) => (cpu(b) > cpu(a) ? b : a), { tdur: 0, dur: 0 } as TraceEvent);
  return { cpuMs: cpu(longest) / 1000, wallMs: (longest.dur ?? 0) / 1000 };
}
