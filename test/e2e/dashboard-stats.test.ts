/**
 * Journey §2 step 6 of user-journeys.md in a real browser: the CLI's demo prepares 20 institutions
 * with three periods of returns (imported before the app opens); then 工作台 (reporting progress,
 * key figures with 环比, threshold checks, overdue issues into 问题台账, deadlines) and 统计分析
 * (pivot with switched dimensions, drill-down drawer, trend, rankings, the document charts with a
 * PNG and SVG export, the 汇总表). Every number on screen is compared with the backend's answer.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../shared/charts/chart-spec';
import type { DrillResult, StatsChecks, StatsPivot, StatsSummary, SubmissionStatus } from '../../shared/stats/types';
import { E2E_OUTPUT, PROJECT_ROOT, hasChromium, startBrowserApp, type BrowserApp } from './helpers/browser-app';

const PERIOD = '2023-07-H1';
const PERIOD_LABEL = '2023年7月上半月';

function cli(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '-s', 'cli', '--', ...args], { cwd: PROJECT_ROOT, env: process.env });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`rectify ${args.join(' ')} → exit ${code}\n${err}`))));
  });
}

/** Calls the backend the way the page does (the session cookie authenticates). */
async function invoke<T>(page: Page, channel: string, args: unknown): Promise<T> {
  const r = await page.evaluate(async ({ channel, args }) => {
    const res = await fetch('/api/invoke', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ channel, args }) });
    return (await res.json()) as { ok: boolean; data: unknown; error?: { message: string } };
  }, { channel, args });
  if (!r.ok) throw new Error(`${channel}: ${r.error?.message}`);
  return r.data as T;
}

async function pickOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click({ force: true });
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.skipIf(!hasChromium())('journey: 工作台 and 统计分析 over three imported periods', () => {
  let app: BrowserApp;
  let dataDir = '';
  const work = path.join(E2E_OUTPUT, 'dashboard-stats');
  const failed: string[] = [];

  const shot = async (name: string) => {
    await app.page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {});
    await app.page.waitForTimeout(600);
    return app.screenshot(name);
  };

  beforeAll(async () => {
    fs.rmSync(work, { recursive: true, force: true });
    fs.mkdirSync(work, { recursive: true });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-e2e-stats-'));
    const returns = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-e2e-stats-returns-'));
    try {
      await cli(['--data-dir', dataDir, 'demo', '--institutions', '20', '--periods', '3', '--out', returns]);
      await cli(['--data-dir', dataDir, 'import', returns, '--received', '2023-06-17']);
    } finally {
      fs.rmSync(returns, { recursive: true, force: true });
    }
    app = await startBrowserApp({ dataDir });
    app.page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
  }, 300_000);

  afterAll(async () => {
    await app?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens on 工作台 and shows the period at a glance, with the backend\'s numbers', async () => {
    const { page } = app;
    await page.getByRole('heading', { name: '工作台' }).waitFor();
    expect(page.url()).not.toMatch(/#\/(?!dashboard)/);
    await pickOption(page, '报告期选择', PERIOD_LABEL);
    await page.waitForURL(new RegExp(`period=${PERIOD}`));
    await page.getByText('报送截止 2023年7月17日').waitFor();

    const status = await invoke<SubmissionStatus>(page, 'stats:status', { period: PERIOD });
    const counts = page.locator('.rd-dash-counts .rd-dash-count-value');
    await expect.poll(() => counts.allTextContents()).toEqual([status.totals.due, status.totals.onTime, status.totals.late, status.totals.missing].map(String));
    expect(await page.locator('.rd-dash-districts .ant-table-row').count()).toBe(status.byDistrict.length);
    await page.locator('.rd-dash-reporting').getByText(status.totals.reportingRate.text).first().waitFor();

    const summary = await invoke<StatsSummary>(page, 'stats:summary', { period: PERIOD });
    const d1 = page.locator('.rd-dash-tile[data-code="D1"]');
    await expect.poll(() => d1.locator('.rd-dash-tile-value').textContent()).toBe(`${summary.totals.D1.period}个`);
    const d3 = summary.totals.D3;
    expect(await page.locator('.rd-dash-tile[data-code="D3"] .rd-dash-tile-value').textContent()).toBe(d3.ratios!.period.text);
    // Rates compare in percentage points; a count compares with a signed amount.
    if (d3.change.direction === 'up' || d3.change.direction === 'down') {
      expect(await page.locator('.rd-dash-tile[data-code="D3"] .rd-change').textContent()).toMatch(/^[+-]\d+\.\d个百分点$/);
    }
    expect(await page.locator('.rd-dash-tile[data-code="E6"] .rd-dash-tile-value').textContent()).toMatch(/^\d+\.\d{2}万元$/);

    const checks = await invoke<StatsChecks>(page, 'stats:checks', { period: PERIOD });
    for (const c of checks.checks) {
      const box = page.locator(`.rd-dash-checks .rd-check[data-check="${c.code}"]`);
      expect(await box.locator('.rd-check-total').textContent()).toBe(`全市 ${c.total.ratio.text}`);
      expect(await box.locator('.ant-tag-red').count()).toBe(c.failed + (c.total.status === 'fail' ? 1 : 0));
    }

    const overdue = await invoke<{ total: number }>(page, 'ledger:list', { overdue: true, limit: 1 });
    await expect.poll(() => page.locator('.rd-dash-overdue-value').textContent()).toContain(String(overdue.total));
    await page.locator('.rd-dash-deadlines').getByText(`${PERIOD_LABEL}报表报送截止`).waitFor();
    await page.locator('.rd-dash-deadlines').getByText('专项结束').waitFor();
    await shot('dashboard-stats-01-dashboard');

    await page.getByRole('button', { name: '查看逾期问题' }).click();
    await page.waitForURL(/#\/ledger\?overdue=1/);
    await page.getByText(`符合条件的问题 ${overdue.total} 条`, { exact: false }).waitFor();
  }, 120_000);

  it('pivots 区县 × 整治重点, switches dimensions and drills into the rows behind a number', async () => {
    const { page } = app;
    // A key figure on 工作台 opens its table by district.
    await page.getByRole('menuitem', { name: '工作台' }).click();
    await page.locator('.rd-dash-tile[data-code="D5"]').click();
    await page.waitForURL(new RegExp(`#/stats\\?period=${PERIOD}&dims=district&ind=D5$`));
    await page.locator('.rd-pivot-table thead').getByText('逾期未整改（个）').waitFor();

    await page.getByRole('menuitem', { name: '统计分析' }).click();
    await page.waitForURL(/#\/stats$/);
    // The period chosen on 工作台 carries over.
    await expect.poll(() => page.locator('.rd-stats .rd-toolbar .ant-select-selection-item').first().textContent()).toContain(PERIOD_LABEL);

    const main = await invoke<StatsPivot>(page, 'stats:pivot', { period: PERIOD, dims: ['district', 'focus'] });
    const cellRow = main.rows.find((r) => (r.figures.D1.period ?? 0) > 0)!;
    const [district, focus] = cellRow.keys;
    const cell = page.getByRole('button', { name: `${district.label} · ${focus.label} 发现问题 ${cellRow.figures.D1.period}，查看明细`, exact: true });
    await cell.waitFor();
    const header = page.locator('.rd-pivot-table thead');
    for (const f of main.rows.filter((r) => r.keys[0].code === district.code)) await header.getByText(f.keys[1].label).first().waitFor();
    await page.locator('.rd-pivot-total-row').getByText(String(main.total.D1.period)).first().waitFor();
    await shot('dashboard-stats-02-pivot');

    await cell.click();
    const drawer = page.locator('.rd-drill-drawer');
    const drill = await invoke<DrillResult>(page, 'stats:drill', { period: PERIOD, indicator: 'D1', district: district.code, focus: focus.code, offset: 0, limit: 20 });
    expect(drill.kind).toBe('issues');
    await drawer.locator('.rd-drill-count').getByText(`共 ${drill.total} 个问题`).waitFor();
    await expect.poll(() => drawer.locator('.rd-drill-table .ant-table-row').count()).toBe(Math.min(drill.total, 20));
    await shot('dashboard-stats-03-drill');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // Columns by 公立／社会办, then rows by 机构类别, then a single dimension with 本期/累计.
    await pickOption(page, '列维度', '公立／社会办');
    await page.waitForURL(/dims=district%2Cownership|dims=district,ownership/);
    const own = await invoke<StatsPivot>(page, 'stats:pivot', { period: PERIOD, dims: ['district', 'ownership'] });
    const ownRow = own.rows.find((r) => r.figures.D1 && r.figures.D1.period !== null)!;
    await page.getByRole('button', { name: `${ownRow.keys[0].label} · ${ownRow.keys[1].label} 发现问题 ${ownRow.figures.D1.period}，查看明细`, exact: true }).waitFor();
    await pickOption(page, '行维度', '机构类别');
    await header.getByText('机构类别 ＼ 公立／社会办').waitFor();
    await pickOption(page, '列维度', '（不分列）');
    await page.waitForURL(/dims=category(&|$)/);
    await page.getByText('累计', { exact: true }).click();
    await page.waitForURL(/cum=1/);
    const cat = await invoke<StatsPivot>(page, 'stats:pivot', { period: PERIOD, dims: ['category'] });
    const catRow = cat.rows.find((r) => (r.figures.D3.cumulative ?? null) !== null)!;
    const rate = catRow.figures.D3.ratios!.cumulative.text;
    await page.getByRole('button', { name: `${catRow.keys[0].label} 整改率 ${rate}，查看明细`, exact: true }).click();
    // A rate lists its numerator's rows: the rectified issues, counted cumulatively.
    await drawer.getByText('整改率是比率', { exact: false }).waitFor();
    const rateDrill = await invoke<DrillResult>(page, 'stats:drill', { period: PERIOD, cumulative: true, indicator: 'D2', category: catRow.keys[0].code, offset: 0, limit: 20 });
    await drawer.locator('.rd-drill-count').getByText(`共 ${rateDrill.total} 个问题`).waitFor();
    await shot('dashboard-stats-04-category-rate-drill');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
  }, 120_000);

  it('shows the trend, the threshold checks and the rankings', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '趋势' }).click();
    await page.waitForURL(/tab=trend/);
    const trendChart = page.locator('.rd-trend .rd-chart-card svg.recharts-surface').first();
    await trendChart.waitFor();
    expect(await trendChart.textContent()).toContain('发现问题');
    expect(await page.locator('.rd-trend-table .ant-table-row').count()).toBe(3);
    await page.waitForTimeout(1600); // let the lines finish drawing before the picture
    await shot('dashboard-stats-05-trend');

    await page.getByRole('tab', { name: '排名与达标' }).click();
    const checks = await invoke<StatsChecks>(page, 'stats:checks', { period: PERIOD });
    await expect.poll(() => page.locator('.rd-ranking').count()).toBe(checks.rankings.length);
    const first = checks.rankings[0];
    const card = page.locator(`.rd-ranking[data-ranking="${first.code}"]`);
    expect(await card.locator('.rd-rank-good .rd-rank-value').allTextContents()).toEqual(first.best.map((e) => e.text));
    expect(await card.locator('.rd-rank-bad .rd-rank-value').allTextContents()).toEqual(first.worst.map((e) => e.text));
    await shot('dashboard-stats-06-rankings');
  }, 120_000);

  it('draws the document\'s charts and exports one as PNG and SVG with Chinese labels', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '图表' }).click();
    const specs = await invoke<ChartSpec[]>(page, 'charts:period', { period: PERIOD });
    await expect.poll(() => page.locator('.rd-chart-card svg.recharts-surface').count()).toBe(specs.length);

    // Exported at once, while the bars are still growing on screen: the file is drawn off screen
    // in document mode, so it is complete (see exported-png-in-browser.png).
    const spec = specs[0];
    const card = page.locator(`.rd-chart-card[data-chart-id="${spec.id}"]`);
    const box = await card.locator('svg.recharts-surface').boundingBox();
    const pngDownload = page.waitForEvent('download');
    await card.getByRole('button', { name: `导出 PNG：${spec.title}` }).click();
    const png = await pngDownload;
    expect(png.suggestedFilename()).toBe(`${spec.title}.png`);
    const pngFile = path.join(work, png.suggestedFilename());
    await png.saveAs(pngFile);
    const size = pngSize(fs.readFileSync(pngFile));
    expect(size.width).toBe(Math.round(box!.width) * 2);
    expect(size.height).toBe(Math.round(box!.height) * 2);

    const svgDownload = page.waitForEvent('download');
    await card.getByRole('button', { name: `导出 SVG：${spec.title}` }).click();
    const svg = await svgDownload;
    const svgFile = path.join(work, svg.suggestedFilename());
    await svg.saveAs(svgFile);
    const markup = fs.readFileSync(svgFile, 'utf8');
    expect(markup).toContain('xmlns="http://www.w3.org/2000/svg"');
    for (const name of [...spec.categories, ...spec.series.map((s) => s.name)]) expect(markup).toContain(name);

    // The exported PNG itself, opened in the browser next to the screen: saved for a look.
    await page.evaluate((src) => {
      const img = document.createElement('img');
      img.id = 'rd-e2e-png';
      img.src = src;
      img.style.cssText = 'position:fixed;left:0;top:0;z-index:99999;background:#fff;border:2px solid #000;max-width:100vw';
      document.body.appendChild(img);
    }, `data:image/png;base64,${fs.readFileSync(pngFile).toString('base64')}`);
    await page.locator('#rd-e2e-png').screenshot({ path: path.join(work, 'exported-png-in-browser.png') });
    await page.evaluate(() => document.getElementById('rd-e2e-png')?.remove());
    await shot('dashboard-stats-07-charts');
  }, 120_000);

  it('exports the 汇总表 workbook', async () => {
    const { page } = app;
    const dl = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出汇总表' }).click();
    const file = await dl;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    const saved = path.join(work, file.suggestedFilename());
    await file.saveAs(saved);
    expect(fs.readFileSync(saved).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(app.errors.filter((m) => m.startsWith('pageerror') || /Content Security Policy/i.test(m))).toEqual([]);
    expect(failed.filter((u) => !/favicon/.test(u))).toEqual([]);
  }, 60_000);
});
