import { describe, expect, it } from 'vitest';
import { createApiBridge } from '../../electron/preload-api';

describe('createApiBridge', () => {
  it('forwards contract channels and returns the Result unchanged', async () => {
    const calls: Array<[string, unknown]> = [];
    const api = createApiBridge(['app:info'], async (c, a) => {
      calls.push([c, a]);
      return { ok: true, data: { version: '0.1.0' } };
    });
    expect(await api.invoke('app:info')).toEqual({ ok: true, data: { version: '0.1.0' } });
    expect(calls).toEqual([['app:info', {}]]);
  });

  it('refuses names outside the contract without crossing into main', async () => {
    let sent = 0;
    const api = createApiBridge(['app:info'], async () => (sent++, { ok: true, data: null }));
    for (const name of ['fs:read', '__proto__', 'constructor', 'toString', '', 'APP:INFO']) {
      const r = await api.invoke(name, {});
      expect(r, name).toMatchObject({ ok: false, error: { code: 'usage' } });
    }
    expect(await api.invoke(42 as unknown as string)).toMatchObject({ ok: false });
    expect(sent).toBe(0);
  });

  it('turns transport failures into an internal error Result', async () => {
    const api = createApiBridge(['app:info'], async () => {
      throw new Error('An object could not be cloned.');
    });
    expect(await api.invoke('app:info', {})).toEqual({ ok: false, error: { code: 'internal', message: '内部错误：An object could not be cloned.' } });
  });

  it('is frozen so page scripts cannot swap invoke', () => {
    const api = createApiBridge([], async () => null);
    expect(Object.isFrozen(api)).toBe(true);
  });
});
