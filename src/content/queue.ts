/**
 * A frame-budget work queue: runs resumable tasks in slices of a few milliseconds and yields to
 * the page between slices, so input and rendering are never blocked for long. A task is a
 * function called with `sliceOver()` that returns true once it has finished; if it returns false
 * it is called again in a later slice.
 */

/** Work per slice: small enough that a frame (16 ms) keeps room for the page's own work. */
export const SLICE_MS = 6;

/**
 * True when finished, false to be called again in a later slice, or a promise: the task waits on
 * something outside the page (the background's matcher), and is called again once it settles.
 * Nothing behind a waiting task runs meanwhile, except urgent tasks pushed in front of it.
 */
export type Task = (sliceOver: () => boolean) => boolean | Promise<unknown>;

export interface QueueOptions {
  now?: () => number;
  /** Schedules the next slice. Default: a MessageChannel message, which (unlike setTimeout) is not clamped or throttled. */
  schedule?: (run: () => void) => void;
  sliceMs?: number;
  /** Called when the queue runs dry (after the last task finishes). */
  onIdle?: () => void;
  /** Called before each slice (the observer collects the page's pending records here). */
  beforeSlice?: () => void;
  /** Called after each slice (the observer drops the records of our own DOM changes here). */
  afterSlice?: () => void;
}

function messageChannelScheduler(): (run: () => void) => void {
  const channel = new MessageChannel();
  let pending: (() => void) | undefined;
  channel.port1.onmessage = () => {
    const run = pending;
    pending = undefined;
    run?.();
  };
  return (run) => {
    pending = run;
    channel.port2.postMessage(null);
  };
}

export class FrameQueue {
  readonly #tasks: Task[] = [];
  #scheduled = false;
  #stopped = false;
  readonly #now: () => number;
  readonly #schedule: (run: () => void) => void;
  readonly #sliceMs: number;
  readonly #options: QueueOptions;

  constructor(options: QueueOptions = {}) {
    this.#options = options;
    this.#now = options.now ?? (() => performance.now());
    this.#schedule = options.schedule ?? messageChannelScheduler();
    this.#sliceMs = options.sliceMs ?? SLICE_MS;
  }

  get idle(): boolean {
    return this.#tasks.length === 0;
  }

  /** Adds a task; `urgent` tasks run before the ones already waiting. */
  push(task: Task, urgent = false): void {
    if (this.#stopped) return;
    if (urgent) this.#tasks.unshift(task);
    else this.#tasks.push(task);
    this.#wake();
  }

  /** Drops every task; nothing runs after this. */
  stop(): void {
    this.#stopped = true;
    this.#tasks.length = 0;
  }

  /** Tasks that threw (dropped; a broken task must not stall the queue or reach the page's console). */
  failures = 0;

  /** The promise the first task waits on; no slice is scheduled for it until it settles. */
  #waitingOn: Promise<unknown> | undefined;

  #runTask(task: Task, sliceOver: () => boolean): boolean | Promise<unknown> {
    try {
      return task(sliceOver);
    } catch {
      this.failures++;
      return true;
    }
  }

  #wait(promise: Promise<unknown>): void {
    if (this.#waitingOn === promise) return;
    this.#waitingOn = promise;
    const resume = () => {
      if (this.#waitingOn !== promise) return;
      this.#waitingOn = undefined;
      this.#wake();
    };
    promise.then(resume, resume);
  }

  #wake(): void {
    if (this.#scheduled || this.#stopped) return;
    this.#scheduled = true;
    this.#schedule(() => this.#slice());
  }

  #slice(): void {
    this.#scheduled = false;
    if (this.#stopped) return;
    const end = this.#now() + this.#sliceMs;
    const sliceOver = () => this.#now() >= end;
    this.#options.beforeSlice?.();
    try {
      while (this.#tasks.length > 0 && !this.#stopped) {
        const task = this.#tasks[0]!;
        const result = this.#runTask(task, sliceOver);
        if (result instanceof Promise) {
          this.#wait(result);
          break;
        }
        if (result) {
          if (this.#tasks[0] === task) this.#tasks.shift();
          else this.#tasks.splice(this.#tasks.indexOf(task), 1);
        }
        if (sliceOver()) break;
      }
    } finally {
      this.#options.afterSlice?.();
    }
    if (this.#stopped) return;
    if (this.#waitingOn) return;
    if (this.#tasks.length > 0) this.#wake();
    else this.#options.onIdle?.();
  }
}
