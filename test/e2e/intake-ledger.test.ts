/**
 * Journey §2 of user-journeys.md (steps 1–5) in a real browser against the real backend. The CLI's
 * demo prepares the data folder (campaign, 12 institutions) and two periods of returns; in the
 * browser: 下发模板, then 导入 the first period's files (dry run → nothing written → 确认导入 →
 * 报送情况 updates), then the second period as a whole folder received 2 days late, with one
 * refused file (its marked-up workbook downloaded) and one with a warning; the reminder list;
 * a unit's versions; then 问题台账: filter, open an issue's history across both periods, export.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_OUTPUT, hasChromium, startBrowserApp, type BrowserApp } from './helpers/browser-app';
import { REFUSED_ZIP, prepareIntakeData, type IntakeData } from './helpers/intake-returns';

const H1 = '2023-06-H1';
const H2 = '2023-06-H2';

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
  // The selected value's text covers the search input: the click lands on the select as a user's would.
  await page.getByRole('combobox', { name: label, exact: true }).click({ force: true });
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

async function statistic(page: Page, scope: string, title: string): Promise<string> {
  return (await page.locator(`${scope} .ant-statistic`).filter({ has: page.getByText(title, { exact: true }) }).locator('.ant-statistic-content-value').textContent()) ?? '';
}

describe.skipIf(!hasChromium())('journey: the half-month loop — templates, import, tracker, ledger', () => {
  let app: BrowserApp;
  let data: IntakeData;
  const work = path.join(E2E_OUTPUT, 'intake-ledger');
  let dataDir = '';
  const failed: string[] = [];

  const shot = async (name: string) => {
    await app.page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {});
    await app.page.waitForTimeout(400);
    return app.screenshot(name);
  };

  const setReceived = async (date: string) => {
    const input = app.page.getByLabel('接收日期');
    await input.click();
    await input.fill(date);
    await input.press('Enter');
    await expect.poll(() => input.inputValue()).toBe(date);
  };

  const periodFiles = (period: string) => data.returns.filter((r) => r.period === period);

  beforeAll(async () => {
    fs.rmSync(work, { recursive: true, force: true });
    fs.mkdirSync(work, { recursive: true });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-e2e-intake-'));
    // The data folder is prepared with the CLI before the app opens it.
    data = await prepareIntakeData(dataDir, path.join(work, 'returns'));
    app = await startBrowserApp({ dataDir });
    app.page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
  }, 300_000);

  afterAll(async () => {
    await app?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens 报送 and hands out the period\'s templates as one zip', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '报送' }).click();
    await page.waitForURL(/#\/intake/);
    await pickOption(page, '报告期选择', '2023年6月上半月');
    await page.getByRole('tab', { name: '下发模板' }).click();
    await page.getByText('2023年6月17日', { exact: false }).first().waitFor();
    const dl = page.waitForEvent('download');
    await page.getByRole('button', { name: '生成本期全部机构模板（zip）' }).click();
    const zip = await dl;
    expect(zip.suggestedFilename()).toMatch(/\.zip$/);
    await shot('intake-ledger-01-templates');
  }, 120_000);

  it('dry-runs the first period\'s returns, writes nothing, then imports them and the tracker updates', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '报送情况' }).click();
    await expect.poll(() => statistic(page, '.rd-tracker-totals', '未报')).toBe('12');

    await page.getByRole('tab', { name: '导入' }).click();
    const files = fs.readdirSync(data.folders[H1]).map((f) => path.join(data.folders[H1], f));
    await page.locator('.rd-upload-files input[type=file]').setInputFiles(files);
    await page.getByText(`已选 ${files.length} 个文件`, { exact: false }).waitFor();
    await setReceived('2023-06-17');
    await page.getByRole('button', { name: '试导入' }).click();
    await page.getByText('试导入结果（尚未写入）').waitFor({ timeout: 60_000 });
    await page.getByText(`共 ${files.length} 个文件：可导入 ${files.length} 个`, { exact: false }).waitFor();
    expect(await page.locator('.rd-report-files tr.rd-tone-success').count()).toBe(files.length);
    expect(await invoke<unknown[]>(page, 'intake:submissions', { period: H1 })).toHaveLength(0);
    await shot('intake-ledger-02-dry-run-h1');

    await page.getByRole('button', { name: `确认导入（${files.length} 个文件）` }).click();
    await page.getByText('导入结果').waitFor({ timeout: 60_000 });
    expect(await invoke<unknown[]>(page, 'intake:submissions', { period: H1 })).toHaveLength(files.length);
    await page.getByRole('button', { name: '查看报送情况' }).click();
    await expect.poll(() => statistic(page, '.rd-tracker-totals', '按时报送')).toBe(String(files.length));
    await expect.poll(() => statistic(page, '.rd-tracker-totals', '未报')).toBe(String(12 - files.length));
    await shot('intake-ledger-03-tracker-h1');
  }, 180_000);

  it('checks the second period\'s folder: green, yellow and red files, the refused one marked up', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '导入' }).click();
    await page.getByRole('button', { name: '导入下一批' }).click();
    await page.locator('.rd-upload-folder input[type=file]').setInputFiles(data.folders[H2]);
    const count = periodFiles(H2).length;
    // One of the returns came zipped: the folder holds count − 1 workbooks and the zip.
    await page.getByText(`已选 ${count} 个文件`, { exact: false }).waitFor();
    await setReceived('2023-07-04'); // due 7月2日: two days late
    await page.getByRole('button', { name: '试导入' }).click();
    // The progress bar shows while the job runs (it may already be over on a fast machine).
    await page.locator('.rd-import-progress').waitFor({ timeout: 2_000 }).catch(() => {});
    await page.getByText('试导入结果（尚未写入）').waitFor({ timeout: 60_000 });
    await page.getByText(`共 ${count} 个文件：可导入 ${count - 1} 个（其中 1 个有警告，请核对）`, { exact: false }).waitFor();

    const red = page.locator('.rd-report-files tr.rd-tone-error');
    const yellow = page.locator('.rd-report-files tr.rd-tone-warning');
    await expect.poll(() => red.count()).toBe(1);
    await expect.poll(() => yellow.count()).toBe(1);
    expect(await red.textContent()).toContain(`${REFUSED_ZIP}/${data.refused.file}`);
    expect(await yellow.textContent()).toContain(data.warned.file);
    // The refused file is expanded with its cell and reason; the rule groups name it too.
    await page.locator('.rd-import-issues').getByText(`进展数据!${data.refused.cell}`).first().waitFor();
    await page.locator('.rd-rule-groups').getByText('应填数字').click();
    await page.locator('.rd-rule-places').getByText(data.refused.file, { exact: false }).first().waitFor();
    await shot('intake-ledger-04-dry-run-h2');

    const dl = page.waitForEvent('download');
    await red.getByRole('button', { name: '下载错误标注文件' }).click();
    const marked = await dl;
    expect(marked.suggestedFilename()).toBe(data.refused.file.replace(/\.xlsx$/, '-错误标注.xlsx'));
    const saved = path.join(work, marked.suggestedFilename());
    await marked.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    // The institution's own file taken out of the zip (its 很多 still there), with the explanation sheet added.
    expect(wb.getWorksheet('进展数据')!.getCell(data.refused.cell).value).toBe('很多');
    expect(wb.getWorksheet('错误说明')).toBeDefined();
  }, 180_000);

  it('imports the second period and shows who is late and missing, with the reminder list and versions', async () => {
    const { page } = app;
    const count = periodFiles(H2).length;
    await page.getByRole('button', { name: `确认导入（${count - 1} 个文件）` }).click();
    await page.getByText('导入结果').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: '查看报送情况' }).click();
    await pickOption(page, '报告期选择', '2023年6月下半月');
    await expect.poll(() => statistic(page, '.rd-tracker-totals', '逾期报送')).toBe(String(count - 1));
    await expect.poll(() => statistic(page, '.rd-tracker-totals', '未报')).toBe(String(12 - count + 1));
    await page.locator('.rd-tracker-units').getByText('逾期2天').first().waitFor();
    await shot('intake-ledger-05-tracker-h2');

    await page.getByRole('button', { name: '复制催报名单' }).click();
    const text = (await page.locator('.rd-reminder-text').textContent()) ?? '';
    expect(text.split('\n')[0]).toContain('【报送提醒】2023年6月下半月报表（截止7月2日）');
    expect(text.split('\n')).toHaveLength(1 + 12);
    expect(text).toMatch(/ — 逾期2天/);
    expect(text).toMatch(/ — 未报/);
    await shot('intake-ledger-06-reminder');
    await page.getByRole('button', { name: '关闭' }).click();

    const late = periodFiles(H2).find((r) => r.file !== data.refused.file)!;
    const unitName = late.file.replace(/^.*?-/, '').replace(/\.xlsx$/, '');
    await page.locator('.rd-tracker-units tr', { hasText: unitName }).first().click();
    await page.locator('.rd-versions-table').getByText('当前采用').waitFor();
    const dl = page.waitForEvent('download');
    await page.locator('.rd-versions-table').getByRole('button', { name: '原文件' }).first().click();
    expect((await dl).suggestedFilename()).toBe(late.file);
    await shot('intake-ledger-07-versions');
    await page.keyboard.press('Escape');
  }, 180_000);

  it('filters the ledger, opens an issue\'s history across periods and exports the selection', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '问题台账' }).click();
    await page.waitForURL(/#\/ledger/);
    const rows = page.locator('.rd-ledger-table .ant-table-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const all = await invoke<{ total: number }>(page, 'ledger:list', { limit: 1 });
    await page.getByText(`全部问题 ${all.total} 条`, { exact: false }).waitFor();
    await shot('intake-ledger-08-ledger');

    // An issue reported in both periods has two history rows: find one through the backend's paging.
    const page1 = await invoke<{ rows: { id: number; ledgerNo: string; institution: string; lastPeriod: string }[] }>(page, 'ledger:list', { period: H1, limit: 200 });
    const carried = page1.rows.find((r) => r.lastPeriod === H2)!;
    expect(carried, '应有跨两期的问题').toBeDefined();

    // Ledger numbers are the institution's own, so narrow to the institution first.
    await page.getByRole('combobox', { name: '机构', exact: true }).fill(carried.institution);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: carried.institution }).first().click();
    await page.waitForURL(/inst=\d+/);
    await pickOption(page, '首次报送期', '2023年6月上半月');
    await page.getByLabel('全文搜索').fill(carried.ledgerNo);
    await page.getByLabel('全文搜索').press('Enter');
    await page.waitForURL(new RegExp(`q=${encodeURIComponent(carried.ledgerNo)}`));
    await expect.poll(() => rows.count()).toBe(1);
    await rows.first().click();
    const history = page.locator('.rd-issue-history .ant-table-row');
    await expect.poll(() => history.count()).toBeGreaterThanOrEqual(2);
    await page.locator('.rd-issue-history').getByText('首次报送').waitFor();
    expect(await page.locator('.rd-issue-history').textContent()).toContain('2023年6月下半月');
    await shot('intake-ledger-09-issue-history');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: '清除筛选' }).click();
    await page.getByText('只看逾期未整改').click();
    await page.waitForURL(/overdue=1/);
    const overdue = await invoke<{ total: number }>(page, 'ledger:list', { overdue: true, limit: 1 });
    await page.getByText(`符合条件的问题 ${overdue.total} 条`, { exact: false }).waitFor();
    if (overdue.total > 0) await expect.poll(() => page.locator('.rd-ledger-table .rd-row-overdue').count()).toBeGreaterThan(0);
    await shot('intake-ledger-10-overdue');

    const dl = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出当前筛选（.xlsx）' }).click();
    const exported = await dl;
    expect(exported.suggestedFilename()).toMatch(/^问题台账-.*\.xlsx$/);
    expect(app.errors.filter((m) => m.startsWith('pageerror') || /Content Security Policy/i.test(m))).toEqual([]);
    expect(failed.filter((u) => !/favicon/.test(u))).toEqual([]);
  }, 180_000);
});
