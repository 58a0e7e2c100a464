/**
 * A browser-like global environment for rendering recharts in Node, installed only for the
 * duration of a synchronous callback and then removed again, so the rest of the process (the CLI,
 * document generation, the Electron main process) never sees `window` or `document`.
 *
 * One JSDOM instance is kept for the process: creating it is the slow part (~100 ms).
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

/**
 * recharts reads one tick's computed font size per axis (only used for width="auto" axes, which
 * SpecChart never uses). jsdom answers by cascading its whole user-agent stylesheet, a visible
 * share of each render, so this private window answers from the element itself, as a browser
 * would for SVG text with a font-size attribute.
 */
function lightComputedStyle(el: Element): CSSStyleDeclaration {
  const inline = (el as Element & { style?: CSSStyleDeclaration }).style;
  const attr = el.getAttribute('font-size');
  const fontSize = inline?.fontSize || (attr ? (/^[\d.]+$/.test(attr) ? `${attr}px` : attr) : '16px');
  const values: Record<string, string> = { 'font-size': fontSize, 'letter-spacing': inline?.letterSpacing || 'normal' };
  return {
    fontSize,
    letterSpacing: values['letter-spacing'],
    getPropertyValue: (name: string) => values[name] ?? inline?.getPropertyValue(name) ?? '',
  } as unknown as CSSStyleDeclaration;
}

function getDom(): JSDOM {
  if (!dom) {
    dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { pretendToBeVisual: false });
    Object.defineProperty(dom.window, 'getComputedStyle', { value: lightComputedStyle, configurable: true, writable: true });
  }
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
    getComputedStyle: win.getComputedStyle,
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

/** True when any of the render globals is visible (tests use this to prove nothing leaks). */
export function domGlobalsPresent(): boolean {
  const g = globalThis as Record<string, unknown>;
  return ['window', 'document', 'ResizeObserver', 'requestAnimationFrame', 'getComputedStyle'].some((k) => k in g);
}
