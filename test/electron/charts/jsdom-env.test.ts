import { describe, expect, it } from 'vitest';
import { domGlobalsPresent, withDomGlobals } from '../../../electron/charts/jsdom-env';

const g = globalThis as Record<string, unknown>;

describe('withDomGlobals', () => {
  it('installs window, document and friends only for the callback', () => {
    expect(domGlobalsPresent()).toBe(false);
    const seen = withDomGlobals((win) => ({
      sameWindow: g.window === win,
      hasDocument: typeof (g.document as Document | undefined)?.createElement === 'function',
      hasNavigator: g.navigator === win.navigator,
      observer: typeof g.ResizeObserver,
      frame: typeof g.requestAnimationFrame,
    }));
    expect(seen).toEqual({ sameWindow: true, hasDocument: true, hasNavigator: true, observer: 'function', frame: 'function' });
    expect(domGlobalsPresent()).toBe(false);
    expect('window' in g).toBe(false);
    expect('document' in g).toBe(false);
  });

  it('puts back globals that existed before, including navigator', () => {
    const before = Object.getOwnPropertyDescriptor(g, 'navigator');
    g.ResizeObserver = 'mine';
    try {
      withDomGlobals(() => {
        expect(g.ResizeObserver).not.toBe('mine');
      });
      expect(g.ResizeObserver).toBe('mine');
      expect(Object.getOwnPropertyDescriptor(g, 'navigator')).toEqual(before);
    } finally {
      delete g.ResizeObserver;
    }
  });

  it('restores the globals when the callback throws', () => {
    expect(() =>
      withDomGlobals(() => {
        throw new Error('渲染失败');
      }),
    ).toThrow('渲染失败');
    expect(domGlobalsPresent()).toBe(false);
  });

  it('refuses an asynchronous callback (the globals would outlive it) and still cleans up', () => {
    expect(() => withDomGlobals(async () => 1)).toThrow('must be synchronous');
    expect(domGlobalsPresent()).toBe(false);
  });

  it('never runs a frame callback after the render is over', async () => {
    let ran = false;
    withDomGlobals(() => {
      (g.requestAnimationFrame as (cb: () => void) => number)(() => {
        ran = true;
      });
    });
    await new Promise((r) => setTimeout(r, 30));
    expect(ran).toBe(false);
  });
});
