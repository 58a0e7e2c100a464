import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../electron/ipc/dispatch';
import type { AppContext } from '../../../electron/services/app-context';
import { tempContext } from '../../helpers/context';
import { P2, seedStatsFixture } from '../../helpers/stats-seed';

let ctx: AppContext;
let dispatch: Dispatch;

beforeAll(() => {
  ctx = tempContext();
  seedStatsFixture(ctx);
  dispatch = createDispatch(ctx);
});
afterAll(() => ctx.db.close());

describe('stats channels', () => {
  it('answer through the contract', async () => {
    const s = await dispatch('stats:summary', { period: P2 });
    expect(s.ok && (s.data as { totals: { C1: { cumulative: number } } }).totals.C1.cumulative).toBe(16);
    const m = await dispatch('stats:main-table', { period: P2, indicators: ['D1'] });
    expect(m.ok && (m.data as { rows: unknown[] }).rows).toHaveLength(2);
    const d = await dispatch('stats:drill', { period: P2, indicator: 'D5', limit: 1 });
    expect(d.ok && d.data).toMatchObject({ kind: 'issues', total: 2, limit: 1 });
    const t = await dispatch('stats:trend', { indicators: ['D1'], scope: [{ dim: 'district', code: '321302', label: '宿城区' }] });
    expect(t.ok && (t.data as { points: unknown[] }).points).toHaveLength(6);
    for (const ch of ['stats:status', 'stats:checks']) expect((await dispatch(ch, { period: P2 })).ok).toBe(true);
    expect((await dispatch('stats:pivot', { period: P2, dims: ['ownership'] })).ok).toBe(true);
  });

  it('returns the 汇总表 as a file payload', async () => {
    const r = await dispatch('export:summary-xlsx', { period: P2 });
    if (!r.ok) throw new Error(r.error.message);
    const f = r.data as { fileName: string; base64: string; mime: string };
    expect(f.fileName).toBe('汇总表_2023-06-H2.xlsx');
    expect(Buffer.from(f.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses malformed arguments before any handler runs', async () => {
    const bad = await dispatch('stats:summary', { period: '2023-6-1' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect((await dispatch('stats:drill', { period: P2, indicator: 'D1', limit: 100_000 })).ok).toBe(false);
    expect((await dispatch('stats:pivot', { period: P2, dims: ['hospital'] })).ok).toBe(false);
    expect((await dispatch('stats:summary', { period: P2, extra: 1 })).ok).toBe(false);
  });
});
