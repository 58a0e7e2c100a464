/**
 * The clerk's real week, administrative side, in a real browser against the real backend: a roster
 * import whose 简称 row needs a decision (合并/新增/跳过) instead of refusing the file; 设置 →
 * 导出专项定义 for one district, which a district bureau's fresh install imports from the first-run
 * wizard (从上级下发的专项定义创建); the province's 汇总表 mapped and filled; archiving and back.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { fillTemplate, sampleRows, usccFor } from '../helpers/roster-workbook';
import { provinceForm } from '../helpers/province-form';
import { E2E_OUTPUT, hasChromium, startBrowserApp, type BrowserApp } from './helpers/browser-app';

async function invoke<T>(page: Page, channel: string, args: unknown): Promise<T> {
  const r = await page.evaluate(async ({ channel, args }) => {
    const res = await fetch('/api/invoke', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ channel, args }) });
    return (await res.json()) as { ok: boolean; data: unknown; error?: { message: string } };
  }, { channel, args });
  if (!r.ok) throw new Error(`${channel}: ${r.error?.message}`);
  return r.data as T;
}

describe.skipIf(!hasChromium())('journey: roster decisions, sending the campaign down, the province form, archiving', () => {
  let app: BrowserApp;
  let dataDir = '';
  const work = path.join(E2E_OUTPUT, 'clerk-admin');
  let definition = '';
  const shot = async (name: string, a: BrowserApp = app) => {
    await a.page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {});
    await a.page.waitForTimeout(400);
    return a.screenshot(name);
  };

  beforeAll(async () => {
    fs.rmSync(work, { recursive: true, force: true });
    fs.mkdirSync(work, { recursive: true });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-e2e-admin-'));
    const quiet = { json: true, print: () => {}, printJson: () => {}, warn: () => {} };
    expect(await runCli(['--data-dir', dataDir, 'init', '--preset', 'provincial-2023', '--region', '321300'], quiet)).toBe(0);
    const tpl = path.join(work, 'roster-template.xlsx');
    expect(await runCli(['--data-dir', dataDir, 'roster', 'template', '--out', tpl], quiet)).toBe(0);
    fs.writeFileSync(path.join(work, '名册.xlsx'), await fillTemplate(fs.readFileSync(tpl), sampleRows()));
    expect(await runCli(['--data-dir', dataDir, 'roster', 'import', path.join(work, '名册.xlsx')], quiet)).toBe(0);
    fs.writeFileSync(path.join(work, '名册-补充.xlsx'), await fillTemplate(fs.readFileSync(tpl), [
      { name: '市一院', uscc: usccFor(9), district: '宿城区', category: '综合医院', ownership: '公立' },
      { name: '宿城区康宁诊所', licenceNo: 'PDY60001532130217D6102', district: '宿城区', category: '诊所', ownership: '个体' },
    ]));
    fs.writeFileSync(path.join(work, '省汇总表.xlsx'), await provinceForm());
    app = await startBrowserApp({ dataDir });
  }, 300_000);

  afterAll(async () => {
    await app?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('a roster row matching an existing 简称 asks for a decision; 合并 then 确认导入', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '机构名册' }).click();
    await page.getByRole('button', { name: '导入名册' }).first().click();
    await page.locator('.ant-modal input[type=file]').setInputFiles(path.join(work, '名册-补充.xlsx'));
    await page.getByText('有 1 行需要确认', { exact: false }).waitFor({ timeout: 30_000 });
    const confirm = page.getByRole('button', { name: '确认导入' });
    expect(await confirm.isEnabled()).toBe(false);
    await expect.poll(() => page.locator('.rd-import-decisions').textContent()).toContain('宿迁市第一人民医院');
    await shot('clerk-admin-01-needs-decision');
    await page.getByRole('combobox', { name: '第3行的处理' }).click();
    await page.locator('.ant-select-item-option', { hasText: '合并到 宿迁市第一人民医院' }).click();
    await page.getByText('可以导入：新增 1 家，更新 1 家', { exact: false }).waitFor();
    await expect.poll(() => confirm.isEnabled()).toBe(true);
    await shot('clerk-admin-02-decided');
    await confirm.click();
    await page.getByText('名册已导入', { exact: false }).waitFor({ timeout: 30_000 });
    const list = await invoke<{ rows: { name: string; uscc: string | null; licenceNo: string | null }[] }>(page, 'roster:list', { limit: 100 });
    expect(list.rows.find((i) => i.name === '宿迁市第一人民医院')?.uscc).toBe(usccFor(9));
    expect(list.rows.find((i) => i.name === '宿城区康宁诊所')).toMatchObject({ uscc: null, licenceNo: 'PDY60001532130217D6102' });
  });

  it('设置: exports the campaign definition for 宿城区', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByRole('combobox', { name: '导出给哪个区县' }).click();
    await page.keyboard.type('宿城区');
    await page.keyboard.press('Enter');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出专项定义' }).click();
    const d = await download;
    expect(d.suggestedFilename()).toMatch(/^专项定义-provincial-2023-20230601-宿城区\.json$/);
    definition = path.join(work, d.suggestedFilename());
    await d.saveAs(definition);
    const json = JSON.parse(fs.readFileSync(definition, 'utf8')) as { code: string; institutions: { name: string }[] };
    expect(json.code).toBe('provincial-2023-20230601');
    expect(json.institutions.map((i) => i.name).sort()).toEqual(['宿城区康宁诊所', '宿迁市第一人民医院']);
  });

  it('设置: maps the province 汇总表 (suggestions on request), saves, and downloads it filled', async () => {
    const { page } = app;
    await page.locator('.ant-card', { hasText: '省级汇总表' }).locator('input[type=file]').setInputFiles(path.join(work, '省汇总表.xlsx'));
    await page.getByText('可填数的单元格 11 个，已选择指标 0 个', { exact: false }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: '采用全部建议（仅未对应的单元格）' }).click();
    await page.getByText('已选择指标 11 个', { exact: false }).waitFor();
    await shot('clerk-admin-03-province-form');
    await page.getByRole('button', { name: /保存对应关系/ }).click();
    await page.getByText('已保存对应关系：11 个单元格').waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '填写并下载' }).click();
    const d = await download;
    const filled = path.join(work, d.suggestedFilename());
    await d.saveAs(filled);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(filled);
    expect(wb.getWorksheet('汇总表')!.getCell('B6').value).toMatchObject({ formula: 'SUM(B4:B5)' });
    expect(wb.getWorksheet('填报说明')!.getCell('A1').value).toBe('请于每半月结束后2日内报送。');
    await page.getByText(/已下载“省汇总表-.*-已填\.xlsx”/).waitFor();
    await shot('clerk-admin-04-filled');
  });

  it('设置: archives with a reason (read-only), then unarchives', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '归档专项' }).click();
    const ok = page.locator('.ant-modal').getByRole('button', { name: '归档', exact: true });
    expect(await ok.isEnabled()).toBe(false);
    await page.getByLabel('归档理由').fill('专项已结束，书面总结报告已上报');
    await ok.click();
    await page.getByText('该专项已归档，只读', { exact: true }).waitFor();
    await page.getByText('专项已结束，书面总结报告已上报', { exact: false }).waitFor();
    await shot('clerk-admin-05-archived');
    const refused = await page.evaluate(async () => {
      const r = await fetch('/api/invoke', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ channel: 'intake:templates', args: { period: '2023-06-H1', zip: true } }) });
      return (await r.json()) as { ok: boolean; error?: { code: string; message: string } };
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'locked', message: expect.stringMatching(/已归档，只读，不能下发填报模板/) } });
    await page.getByRole('button', { name: '取消归档' }).click();
    await page.getByLabel('取消归档理由').fill('补录迟报数据');
    await page.locator('.ant-modal').getByRole('button', { name: '取消归档', exact: true }).click();
    await page.getByRole('button', { name: '归档专项' }).waitFor();
    const pageErrors = app.errors.filter((m) => m.startsWith('pageerror') || /Content Security Policy/i.test(m));
    expect(pageErrors).toEqual([]);
  });

  it('a district bureau creates the same campaign from the definition in the first-run wizard', async () => {
    const district = await startBrowserApp();
    try {
      const { page } = district;
      await page.getByText('欢迎使用：先创建本次专项').waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: '从上级下发的专项定义创建' }).click();
      await page.locator('.ant-modal input[type=file]').setInputFiles(definition);
      await page.getByText('将新建专项', { exact: false }).waitFor({ timeout: 30_000 });
      await page.getByText('机构名册：文件中 2 个机构，新增 2 个', { exact: false }).waitFor();
      await shot('clerk-admin-06-definition-dry-run', district);
      await page.getByRole('button', { name: '确认导入' }).click();
      await page.locator('.rd-campaign-name').waitFor({ timeout: 30_000 });
      const c = await invoke<{ code: string; regionCode: string; superior: string }>(page, 'campaign:current', {});
      expect(c).toMatchObject({ code: 'provincial-2023-20230601', regionCode: '321302' });
      expect(district.errors.filter((m) => m.startsWith('pageerror'))).toEqual([]);
    } finally {
      await district.stop();
    }
  });
});
