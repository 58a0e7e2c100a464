/**
 * A browser-like global environment for rendering recharts in Node, installed only for the
 * duration of a synchronous callback and then removed again, so the rest of the process (the CLI,
 * document generation, the Electron main process) never sees `window` or `document`.
 *
 * One JSDOM instance is kept for the process: creating it is the slow part (~100 ms), and
 * recharts caches its text-measurement element on the first document it sees.
 */
import { JSDOM } from 'jsdom';

type DomWindow = JSDOM['window'];

let dom: JSDOM | null = null;
let depth = 0;

/** No-op ResizeObserver: charts get explicit sizes, nothing needs to observe resizing. */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

function getDom(): JSDOM {
  if (!dom) dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { pretendToBeVisual: false });
  return dom;
}

/**
 * Frame callbacks are collected and dropped when the render ends: the render is synchronous and
 * final (no animation), and a callback firing later would run after the globals are gone.
 */
function globalsFor(win: DomWindow, frames: Map<number, unknown>): Record<string, unknown> {
  let nextFrame = 1;
  return {
    window: win,
    document: win.document,
    navigator: win.navigator,
    getComputedStyle: win.getComputedStyle.bind(win),
    requestAnimationFrame: (cb: unknown) => {
      const id = nextFrame++;
      frames.set(id, cb);
      return id;
    },
    cancelAnimationFrame: (id: number) => {
      frames.delete(id);
    },
    ResizeObserver: NoopResizeObserver,
    Node: win.Node,
    Element: win.Element,
    HTMLElement: win.HTMLElement,
    SVGElement: win.SVGElement,
    // Tells React's act() that it is used on purpose (see render-chart.ts), so it does not warn.
    IS_REACT_ACT_ENVIRONMENT: true,
  };
}

/** Installs the globals and returns a function that puts the previous ones back. */
function install(win: DomWindow): () => void {
  const frames = new Map<number, unknown>();
  const g = globalThis as Record<string, unknown>;
  const saved = new Map<string, PropertyDescriptor | undefined>();
  for (const [key, value] of Object.entries(globalsFor(win, frames))) {
    saved.set(key, Object.getOwnPropertyDescriptor(g, key));
    Object.defineProperty(g, key, { value, configurable: true, writable: true, enumerable: false });
  }
  depth++;
  return () => {
    depth--;
    frames.clear();
    for (const [key, desc] of saved) {
      if (desc) Object.defineProperty(g, key, desc);
      else delete g[key];
    }
  };
}

/**
 * Runs `fn` with jsdom globals installed and restores the previous globals (including Node's own
 * `navigator` on Node ≥ 21) before returning or throwing. `fn` must be synchronous: during an
 * await, other code in the process would see the globals.
 */
export function withDomGlobals<T>(fn: (win: DomWindow) => T): T {
  const win = getDom().window;
  if (depth > 0) return fn(win);
  const restore = install(win);
  try {
    const result = fn(win);
    if (result instanceof Promise) throw new Error('withDomGlobals: the callback must be synchronous');
    return result;
  } finally {
    restore();
  }
}

/**
 * Same, for the one step that cannot be synchronous: the first `import()` of react-dom and
 * recharts, which must see a DOM while their modules initialise (recharts decides once, at load
 * time, whether it runs server-side). Runs once per process, during the first render.
 */
export async function withDomGlobalsAsync<T>(fn: () => Promise<T>): Promise<T> {
  const win = getDom().window;
  if (depth > 0) return fn();
  const restore = install(win);
  try {
    return await fn();
  } finally {
    restore();
  }
}

/** True when any of the render globals is visible (tests use this to prove nothing leaks). */
export function domGlobalsPresent(): boolean {
  const g = globalThis as Record<string, unknown>;
  return ['window', 'document', 'ResizeObserver', 'requestAnimationFrame', 'getComputedStyle'].some((k) => k in g);
}
