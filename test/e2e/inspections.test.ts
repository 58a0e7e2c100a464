/**
 * 检查与线索 in a real browser against the real backend: the CLI's demo fills the data folder
 * (institutions, returns not imported, and the inspection log and leads in the database); the page
 * shows the log, adds an inspection through the drawer (an out-of-campaign date is refused next
 * to its field first), the leads with their overdue flags, coverage against the 50% target, and
 * the departments' status.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { hasChromium, startBrowserApp, type BrowserApp } from './helpers/browser-app';

async function invoke<T>(page: Page, channel: string, args: unknown): Promise<T> {
  const r = await page.evaluate(async ({ channel, args }) => {
    const res = await fetch('/api/invoke', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ channel, args }) });
    return (await res.json()) as { ok: boolean; data: unknown; error?: { message: string } };
  }, { channel, args });
  if (!r.ok) throw new Error(`${channel}: ${r.error?.message}`);
  return r.data as T;
}

describe.skipIf(!hasChromium())('检查与线索 page', () => {
  let app: BrowserApp;
  let dataDir = '';
  const failed: string[] = [];
  const shot = async (name: string) => {
    await app.page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {});
    await app.page.waitForTimeout(300);
    return app.screenshot(name);
  };

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-e2e-insp-'));
    const quiet = { json: true, print: () => {}, printJson: () => {}, warn: () => {} };
    expect(await runCli(['--data-dir', dataDir, 'demo', '--institutions', '24', '--periods', '2', '--out', path.join(dataDir, 'returns'), '--seed', '3'], quiet)).toBe(0);
    app = await startBrowserApp({ dataDir });
    app.page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) failed.push(`${r.status()} ${r.url()}`); });
  }, 300_000);

  afterAll(async () => {
    await app?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('lists the inspection log and adds an inspection through the drawer', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '检查与线索' }).click();
    await page.waitForURL(/#\/inspections/);
    await page.locator('.ant-table-row').first().waitFor();
    const before = (await invoke<{ total: number }>(page, 'inspection:list', {})).total;
    expect(before).toBeGreaterThan(0);
    await shot('inspections-01-log');

    await page.getByRole('button', { name: '新增检查记录' }).click();
    const drawer = page.locator('.ant-drawer-content');
    await drawer.getByRole('combobox').first().click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await drawer.getByLabel('检查主体').fill('宿城区卫生监督所');
    await drawer.getByLabel('检查形式').click({ force: true });
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '四不两直' }).click();
    await drawer.getByRole('button', { name: '添加发现的问题' }).click();
    await drawer.getByPlaceholder('问题描述（事实）').fill('候诊区未公示收费标准');
    // The default date is today, outside the 2023 campaign: refused next to the date field.
    await drawer.getByRole('button', { name: '保存' }).click();
    await drawer.getByText(/不在专项期间/).waitFor();
    const date = drawer.getByLabel('检查日期');
    await date.click();
    await date.fill('2023-06-10');
    await date.press('Enter');
    await drawer.getByRole('button', { name: '保存' }).click();
    await page.getByText(/已保存，问题台账新增 1 条/).waitFor();
    await expect.poll(async () => (await invoke<{ total: number }>(page, 'inspection:list', {})).total).toBe(before + 1);
    await shot('inspections-02-added');
  }, 120_000);

  it('shows leads with overdue flags, coverage against the target, and the departments', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '举报线索' }).click();
    await page.getByText('逾期未办结', { exact: true }).first().waitFor();
    await page.locator('.ant-table-row').first().waitFor();
    await shot('inspections-03-leads');

    await page.getByRole('tab', { name: '覆盖率' }).click();
    await page.getByText('全市覆盖率').waitFor();
    await page.getByText(/目标：社会办医疗机构检查覆盖率不低于 50%/).waitFor();
    expect(await page.locator('.ant-tag').filter({ hasText: /^(达标|未达标)$/ }).count()).toBeGreaterThan(0);
    await shot('inspections-04-coverage');

    await page.getByRole('tab', { name: '部门报送' }).click();
    for (const d of ['市场监管部门', '公安部门', '药监部门', '行政审批部门']) await page.getByText(d, { exact: true }).waitFor();
    await shot('inspections-05-departments');
    expect(app.errors.filter((m) => m.startsWith('pageerror') || /Content Security Policy/i.test(m))).toEqual([]);
    expect(failed).toEqual([]);
  }, 120_000);
});
