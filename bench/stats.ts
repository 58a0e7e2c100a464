/**
 * Statistics benchmark (not part of the test suite):
 *   npx tsx bench/stats.ts [--institutions 3000] [--periods 6] [--issues 1000000] [--reuse DIR] [--warm-runs 5]
 * Builds the data directly in a temporary database (bench/stats-fixture.ts; --reuse keeps and
 * reuses a data folder between runs), then times the dashboard's full query set for the latest
 * period: summary, 区县×整治重点 table, pivots by district / category / ownership / 省直省管,
 * checks and rankings, 报送情况, and the trend over all periods. `coldMs` is the first run after
 * a change to the database (the memo is empty: what a user waits for after an import);
 * `warmMs` the median of the following runs (switching pages, re-opening the dashboard).
 * Prints one JSON document.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openContext, type AppContext } from '../electron/services/app-context';
import { clearStatsMemo } from '../electron/services/stats-cache';
import { statsChecks, statsMainTable, statsPivot, statsSummary, statsTrend } from '../electron/services/stats-service';
import { submissionStatus } from '../electron/services/stats-status';
import { buildBenchData } from './stats-fixture';

const TARGET_MS = 300;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

interface Timing {
  wall: Record<string, number>;
  cpu: Record<string, number>;
}

const total = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

/** Wall-clock and CPU milliseconds per step (CPU time is what a loaded machine does not inflate). */
function dashboard(ctx: AppContext, period: string): Timing {
  const steps: [string, () => unknown][] = [
    ['summary', () => statsSummary(ctx, { period })],
    ['mainTable', () => statsMainTable(ctx, { period })],
    ['pivotDistrict', () => statsPivot(ctx, { period, dims: ['district'] })],
    ['pivotCategory', () => statsPivot(ctx, { period, dims: ['category'] })],
    ['pivotOwnership', () => statsPivot(ctx, { period, dims: ['ownership'] })],
    ['pivotDirect', () => statsPivot(ctx, { period, dims: ['direct'] })],
    ['checks', () => statsChecks(ctx, { period })],
    ['status', () => submissionStatus(ctx, { period })],
    ['trend', () => statsTrend(ctx, { period, indicators: ['C1', 'C2', 'D1', 'D2', 'D4', 'D5', 'D3', 'I2'] })],
  ];
  const out: Timing = { wall: {}, cpu: {} };
  for (const [name, f] of steps) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    f();
    out.wall[name] = Math.round(performance.now() - t0);
    const c = process.cpuUsage(c0);
    out.cpu[name] = Math.round((c.user + c.system) / 1000);
  }
  return out;
}

function main(): void {
  const size = { institutions: arg('institutions', 3000), periods: arg('periods', 6), issues: arg('issues', 1_000_000) };
  const reuseAt = process.argv.indexOf('--reuse');
  const dir = reuseAt > 0 ? path.resolve(process.argv[reuseAt + 1]) : fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-bench-'));
  const existed = fs.existsSync(path.join(dir, 'rectify.db'));
  const ctx = openContext({ dataDir: dir, mode: 'cli' });
  let buildMs = 0;
  if (!existed) {
    const t0 = performance.now();
    buildBenchData(ctx, size);
    ctx.db.exec('ANALYZE');
    buildMs = Math.round(performance.now() - t0);
  }
  const count = (sql: string) => ctx.db.prepare(sql).pluck().get() as number;
  const period = ctx.db.prepare('SELECT MAX(period_code) FROM submissions').pluck().get() as string;
  clearStatsMemo(ctx.db);
  const cold = dashboard(ctx, period);
  const warm: Timing[] = [];
  for (let i = 0; i < arg('warm-runs', 5); i++) warm.push(dashboard(ctx, period));
  // The median run by wall time, and its CPU time.
  warm.sort((a, b) => total(a.wall) - total(b.wall));
  const median = warm[Math.floor(warm.length / 2)];
  const warmMs = total(median.wall);
  const coldMs = total(cold.wall);
  const result = {
    benchmark: 'stats-dashboard',
    cpus: os.cpus().length,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    data: {
      institutions: count('SELECT COUNT(*) FROM institutions'),
      periods: count('SELECT COUNT(DISTINCT period_code) FROM submissions'),
      submissions: count('SELECT COUNT(*) FROM submissions'),
      indicatorValues: count('SELECT COUNT(*) FROM indicator_values'),
      ledgerIssues: count('SELECT COUNT(*) FROM ledger_issues'),
      ledgerSnapshots: count('SELECT COUNT(*) FROM ledger_snapshots'),
    },
    period,
    buildMs,
    targetMs: TARGET_MS,
    warmMs,
    warmCpuMs: total(median.cpu),
    coldMs,
    coldCpuMs: total(cold.cpu),
    warmWithinTarget: warmMs <= TARGET_MS,
    coldWithinTarget: coldMs <= TARGET_MS,
    coldSteps: cold,
    warmSteps: median,
    dataDir: reuseAt > 0 ? dir : null,
  };
  ctx.db.close();
  if (reuseAt < 0) fs.rmSync(dir, { recursive: true, force: true });
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
}

main();
