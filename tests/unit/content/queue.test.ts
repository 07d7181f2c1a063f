import { describe, expect, it } from 'vitest';
import { FrameQueue } from '../../../src/content/queue.ts';

/** A fake clock and scheduler: each slice is run by hand, time moves only when work says so. */
function harness(sliceMs = 5) {
  let time = 0;
  const slices: (() => void)[] = [];
  const events: string[] = [];
  const queue = new FrameQueue({
    now: () => time,
    schedule: (run) => slices.push(run),
    sliceMs,
    onIdle: () => events.push('idle'),
  });
  return { queue, slices, events, tick: (ms: number) => (time += ms) };
}

describe('FrameQueue', () => {
  it('splits work into slices of the budget and yields in between', () => {
    const { queue, slices, events, tick } = harness(5);
    let units = 0;
    queue.push((sliceOver) => {
      while (units < 10) {
        units++;
        tick(2);
        if (sliceOver()) return units >= 10;
      }
      return true;
    });
    expect(slices).toHaveLength(1);
    const perSlice: number[] = [];
    while (slices.length) {
      const before = units;
      slices.shift()!();
      perSlice.push(units - before);
    }
    expect(perSlice).toEqual([3, 3, 3, 1]);
    expect(events).toEqual(['idle']);
  });

  it('runs urgent tasks first, drops a task that throws, and runs nothing after stop', () => {
    const { queue, slices } = harness();
    const order: string[] = [];
    queue.push(() => (order.push('a'), true));
    queue.push(() => {
      throw new Error('broken');
    });
    queue.push(() => (order.push('b'), true), true);
    slices.shift()!();
    expect(order).toEqual(['b', 'a']);
    expect(queue.failures).toBe(1);
    queue.push(() => (order.push('c'), true));
    queue.stop();
    while (slices.length) slices.shift()!();
    expect(order).toEqual(['b', 'a']);
  });
});
