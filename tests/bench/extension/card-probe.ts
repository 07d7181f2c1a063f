/**
 * The card bench's stopwatch, run in the page's main world (a string: tsx would add helpers to a
 * function's source that the page lacks). Every time is the page's performance.now(), so driver
 * latency (CDP, BiDi, polling) never enters a figure.
 *
 * hover(): from the pointer entering a mark (pointerover, capture on window, before the content
 * script's own capture listener on the document) until a `backstory-card` host is inserted, then per
 * animation frame: `painted` = the first frame in which the host is visible and its `.card` rendered
 * has run its rendering update (a message posted from that frame's requestAnimationFrame arrives
 * after the frame's style, layout and paint); `half` and `opaque` = the same for the first frame in
 * which the card's computed opacity (its fade-in) is ≥ 0.5 and ≥ 0.99.
 *
 * chip(entry): clicks the open card's related-entry chip and times until its heading shows that
 * entry, then the frame after (the card does not fade again: same element).
 */
export interface HoverTimes {
  hoverAt: number;
  insertedAt: number;
  paintedAt: number;
  halfAt: number;
  opaqueAt: number;
}

export interface ChipTimes {
  clickAt: number;
  headingAt: number;
  paintedAt: number;
}

export interface CardProbeWindow {
  cardBench: {
    hover(): void;
    chip(entry: string): void;
    /** The last measurement once complete, else undefined. */
    result: HoverTimes | ChipTimes | undefined;
  };
}

export const CARD_PROBE = `(() => {
  if (window.cardBench) return;
  const now = () => performance.now();
  const card = () => document.querySelector('backstory-card');
  const inner = () => card()?.shadowRoot?.querySelector('.card');
  const afterFrame = (then) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => then(now());
      // Read in the frame (after its animation update), reported after its rendering.
      then.frame = { visible: isVisible(), opacity: opacity() };
      channel.port2.postMessage(0);
    });
  const isVisible = () => {
    const host = card();
    return !!host && !!inner() && getComputedStyle(host).visibility === 'visible';
  };
  const opacity = () => {
    const element = inner();
    return element ? Number(getComputedStyle(element).opacity) : 0;
  };
  const bench = (window.cardBench = { result: undefined });

  bench.hover = () => {
    bench.result = undefined;
    const times = {};
    const onOver = (event) => {
      if (!(event.target instanceof Element) || !event.target.closest('backstory-mark')) return;
      times.hoverAt = now();
      window.removeEventListener('pointerover', onOver, true);
    };
    window.addEventListener('pointerover', onOver, true);
    const watcher = new MutationObserver(() => {
      if (!card()) return;
      times.insertedAt = now();
      watcher.disconnect();
      const frame = () => {
        const step = (at) => {
          const { visible, opacity } = step.frame;
          if (visible && times.paintedAt === undefined) times.paintedAt = at;
          if (visible && opacity >= 0.5 && times.halfAt === undefined) times.halfAt = at;
          if (visible && opacity >= 0.99) {
            times.opaqueAt = at;
            bench.result = times;
          } else frame();
        };
        afterFrame(step);
      };
      frame();
    });
    watcher.observe(document.documentElement, { childList: true, subtree: true });
  };

  bench.chip = (entry) => {
    bench.result = undefined;
    const root = card()?.shadowRoot;
    const chip = root?.querySelector('.related button[data-entry="' + entry + '"]');
    if (!chip) throw new Error('no related chip for ' + entry);
    const label = chip.textContent;
    const times = {};
    const heading = () => root.querySelector('h2')?.textContent === label;
    const watcher = new MutationObserver(() => {
      if (!heading()) return;
      times.headingAt = now();
      watcher.disconnect();
      afterFrame((at) => {
        times.paintedAt = at;
        bench.result = times;
      });
    });
    watcher.observe(root, { childList: true, subtree: true, characterData: true });
    times.clickAt = now();
    chip.click();
  };
})();`;
