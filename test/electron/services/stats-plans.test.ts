/**
 * Query plans of the statistics SQL: every statement the dashboard, the tracker and the
 * drill-down run is captured with its parameters and explained; none may scan a large table
 * without an index, and the hot aggregations must use the indexes of migration 0030.
 */
import type { Statement } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../electron/services/app-context';
import { drillDown } from '../../../electron/services/stats-drill';
import { statsChecks, statsMainTable, statsSummary, statsTrend } from '../../../electron/services/stats-service';
import { submissionStatus } from '../../../electron/services/stats-status';
import { unitFigures } from '../../../electron/services/stats-units';
import { tempContext } from '../../helpers/context';
import { P2, seedStatsFixture } from '../../helpers/stats-seed';

let ctx: AppContext;
let captured: { sql: string; args: unknown[] }[];
let explain: (sql: string, args: unknown[]) => string;

beforeEach(() => {
  ctx = tempContext();
  seedStatsFixture(ctx);
  captured = [];
  const db = ctx.db;
  const prepare = db.prepare.bind(db);
  explain = (sql, args) => (prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((r) => r.detail).join(' | ');
  // Record every statement run through all/get with its arguments.
  db.prepare = ((sql: string) => {
    const st = prepare(sql) as Statement;
    for (const m of ['all', 'get'] as const) {
      const run = st[m].bind(st) as (...a: unknown[]) => unknown;
      (st as unknown as Record<string, unknown>)[m] = (...args: unknown[]) => { captured.push({ sql, args }); return run(...args); };
    }
    return st;
  }) as typeof db.prepare;
});
afterEach(() => ctx.db.close());

const BIG = /\b(ledger_issues|ledger_snapshots|submissions|indicator_values)\b/;

function plans(filter: RegExp): { sql: string; plan: string }[] {
  return captured.filter((c) => filter.test(c.sql)).map((c) => ({ sql: c.sql, plan: explain(c.sql, c.args) }));
}

describe('statistics query plans', () => {
  it('never scans a big table without an index', () => {
    statsSummary(ctx, { period: P2 });
    statsMainTable(ctx, { period: P2 });
    statsChecks(ctx, { period: P2 });
    statsTrend(ctx, { period: P2, indicators: ['D2'] });
    submissionStatus(ctx, { period: P2 });
    unitFigures(ctx, { period: P2 });
    for (const indicator of ['C1', 'B1', 'D1', 'D5']) drillDown(ctx, { period: P2, indicator, cumulative: true });
    const all = plans(BIG);
    expect(all.length).toBeGreaterThan(10);
    for (const { sql, plan } of all) {
      // "SCAN t" without "USING … INDEX" is a full table scan.
      const fullScans = plan.split(' | ').filter((d) => /^SCAN (ledger_issues|ledger_snapshots|submissions|indicator_values|li|sn|s|v)\b/.test(d) && !/USING (COVERING )?INDEX/.test(d));
      expect(fullScans, `${sql}\n→ ${plan}`).toEqual([]);
    }
  });

  it('reads returns and the ledger through the 0030 indexes on the hot paths', () => {
    statsSummary(ctx, { period: P2 });
    const byStart = (prefix: RegExp) => plans(prefix).map((p) => p.plan);
    expect(byStart(/FROM submissions\s+WHERE campaign_id = \? AND is_current = 1/)[0]).toContain('USING COVERING INDEX submissions_stats');
    expect(byStart(/COUNT\(\*\) AS n FROM ledger_issues/)[0]).toContain('USING COVERING INDEX ledger_stats');
    const stock = byStart(/AS rectified/);
    expect(stock).toHaveLength(2); // at P2 and at P1 (the 环比 base)
    for (const p of stock) {
      expect(p).toContain('USING COVERING INDEX ledger_stats');
      expect(p).toContain('USING COVERING INDEX ledger_snapshots_period');
      expect(p).not.toContain('TEMP B-TREE');
    }
    expect(byStart(/SUM\(v\.value\) AS total/)[0]).toMatch(/SEARCH s USING (COVERING )?INDEX submissions_(stats|current)/);
    expect(byStart(/SUM\(v\.value\) AS total/)[0]).toContain('SEARCH v USING PRIMARY KEY');
  });
});
