/**
 * Journey §2 step 7 of user-journeys.md in a real browser against the real backend: the CLI's demo
 * prepares 15 institutions with two periods of returns (imported before the app opens); on 文书:
 * preview the 2nd period's 进展情况通报, edit a paragraph and save, exclude one unit proposed for
 * criticism with a reason, regenerate (the unit is gone from the criticism, the edit is kept),
 * export Word, issue it (confirm: 期号 used, period locked), and find 第1期 in 存档 with its
 * review record.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Download, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_OUTPUT, PROJECT_ROOT, hasChromium, startBrowserApp, type BrowserApp } from './helpers/browser-app';

const H2 = '2023-06-H2';
const EDIT = '请各地对照名单逐一督促，确保下期按时报送。';

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

/** The text of word/document.xml (runs joined) of a saved .docx. */
function docxText(file: string): string {
  const xml = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(file)))['word/document.xml']);
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
}

describe.skipIf(!hasChromium())('journey: the 通报 — preview, edit, review before naming, export, issue, archive', () => {
  let app: BrowserApp;
  let dataDir = '';
  const work = path.join(E2E_OUTPUT, 'documents');
  let excludedName = '';
  const failed: string[] = [];
  const frame = (): FrameLocator => app.page.frameLocator('iframe[title="文书预览"]');

  const shot = async (name: string) => {
    await app.page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 8_000 }).catch(() => {});
    await app.page.waitForTimeout(400);
    return app.screenshot(name);
  };

  /** Waits for the running preview job to finish (the progress card goes away). */
  const previewDone = async () => {
    await app.page.locator('.rd-doc-job').waitFor({ state: 'detached', timeout: 120_000 });
    await frame().locator('p.gw-title, .gw-title').first().waitFor({ timeout: 30_000 });
  };

  const save = async (dl: Download) => {
    const file = path.join(work, dl.suggestedFilename());
    await dl.saveAs(file);
    return file;
  };

  beforeAll(async () => {
    fs.rmSync(work, { recursive: true, force: true });
    fs.mkdirSync(work, { recursive: true });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-e2e-docs-'));
    const returns = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-e2e-docs-returns-'));
    try {
      // The data folder is prepared with the CLI before the app opens it.
      await cli(['--data-dir', dataDir, '--json', 'demo', '--institutions', '15', '--periods', '2', '--out', returns]);
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

  it('opens 文书 on the latest ended period and previews the 2nd period\'s 通报', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '文书' }).click();
    await page.waitForURL(/#\/documents/);
    await page.getByRole('tab', { name: '进展情况通报' }).waitFor();
    for (const t of ['书面总结报告', '存档', '句式设置']) await page.getByRole('tab', { name: t }).waitFor();
    await page.getByRole('button', { name: '生成预览' }).waitFor();
    await shot('documents-01-empty');

    await pickOption(page, '报告期选择', '2023年6月下半月');
    await page.waitForURL(/period=2023-06-H2/);
    await page.getByRole('button', { name: '生成预览' }).click();
    // The progress card shows while the job runs (it may be over already on a fast machine).
    await page.locator('.rd-doc-job').waitFor({ timeout: 5_000 }).catch(() => {});
    await previewDone();
    expect(await frame().locator('.gw-title').first().textContent()).toContain('2023年6月下半月');
    await frame().getByText('现予以通报批评', { exact: false }).first().waitFor();
    await shot('documents-02-preview');
  }, 180_000);

  it('edits a paragraph and saves only that change', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: /修改段落/ }).click();
    const area = page.getByRole('textbox', { name: '总体进展情况 报送情况' });
    const before = await area.inputValue();
    await area.fill(`${before}${EDIT}`);
    await page.locator('[data-block="overall.reporting"]').getByText('未保存').waitFor();
    await shot('documents-03-edit');
    await page.getByRole('button', { name: '保存修改' }).click();
    await page.getByText('已保存修改（共 1 处', { exact: false }).waitFor();
    await page.locator('[data-block="overall.reporting"]').getByText('已修改').waitFor();
    await page.getByText('预览尚未包含刚保存的修改').waitFor();
  }, 60_000);

  it('excludes a unit proposed for criticism with a reason; the preview regenerates without it', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: /点名审核/ }).click();
    const list = page.locator('.rd-review-list[data-list="criticise"]');
    const row = list.locator('.rd-review-row').filter({ has: page.locator('.ant-tag', { hasText: '机构' }) }).first();
    excludedName = (await row.getAttribute('data-unit')) ?? '';
    expect(excludedName).not.toBe('');
    // Its reason is shown before any decision (未报送… / 逾期N天 …).
    expect((await row.locator('.rd-review-reason').first().textContent())?.length).toBeGreaterThan(3);
    expect(await frame().locator('p', { hasText: '现予以通报批评' }).first().textContent()).toContain(excludedName);

    await row.getByRole('button', { name: '排除' }).click();
    const dialog = page.getByRole('dialog', { name: new RegExp(`排除：${excludedName}`) });
    await dialog.getByRole('button', { name: '确认排除' }).click();
    await dialog.getByText('请填写排除理由', { exact: false }).waitFor(); // the reason is mandatory
    await dialog.getByRole('textbox', { name: '排除理由' }).fill('已批准延期');
    await shot('documents-04-exclude');
    await dialog.getByRole('button', { name: '确认排除' }).click();
    await page.getByText('点名审核已保存', { exact: false }).waitFor({ timeout: 120_000 });
    await previewDone();
    const excludedRow = list.locator(`.rd-review-row[data-unit="${excludedName}"]`);
    await excludedRow.getByText('已排除', { exact: true }).waitFor();
    await excludedRow.getByText('排除理由：已批准延期').waitFor();
  }, 180_000);

  it('regenerates keeping the edit: the excluded unit is gone from the criticism', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '重新生成（保留修改）' }).click();
    await page.locator('.rd-doc-job').waitFor({ timeout: 5_000 }).catch(() => {});
    await previewDone();
    const criticism = (await frame().locator('p', { hasText: '现予以通报批评' }).allTextContents()).join('\n');
    expect(criticism).not.toBe('');
    expect(criticism).not.toContain(excludedName);
    const html = await frame().locator('body').innerText();
    expect(html).toContain(EDIT);
    await expect.poll(() => page.getByText('预览尚未包含刚保存的修改').count()).toBe(0);
    await shot('documents-05-regenerated');
  }, 180_000);

  it('exports Word with the edit and without the excluded unit in the criticism', async () => {
    const { page } = app;
    const dl = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByRole('button', { name: '导出 Word' }).click();
    const file = await save(await dl);
    expect(path.basename(file)).toMatch(/（草稿）\.docx$/);
    const text = docxText(file);
    expect(text).toContain(EDIT);
    const criticism = text.split('\n').filter((l) => l.includes('现予以通报批评')).join('\n');
    expect(criticism).not.toBe('');
    expect(criticism).not.toContain(excludedName);
    await page.getByText('已导出 Word（草稿，未编号存档）').waitFor();
  }, 180_000);

  it('issues it after a confirmation that explains the 期号 and the 封账', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '正式印发（编号存档并封账）' }).click();
    const dialog = page.getByRole('dialog', { name: /正式印发进展情况通报/ });
    await dialog.getByText('占用期号：本通报编为第1期', { exact: false }).waitFor();
    await dialog.getByText('封账：2023年6月下半月的数据将被锁定', { exact: false }).waitFor();
    await shot('documents-06-issue-confirm');
    const downloads: Download[] = [];
    const onDownload = (d: Download) => downloads.push(d);
    page.on('download', onDownload);
    await dialog.getByRole('button', { name: '确认印发' }).click();
    await page.getByText('已正式印发第1期进展情况通报', { exact: false }).waitFor({ timeout: 180_000 });
    await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(2);
    page.off('download', onDownload);
    const names = downloads.map((d) => d.suggestedFilename()).sort();
    expect(names[0]).toMatch(/\.docx$/);
    expect(names[1]).toMatch(/\.pdf$/);
    expect(names[0]).not.toContain('草稿');
    await page.locator('.rd-doc-pdf-route').getByText(/PDF 由 (LibreOffice 转换|Chromium 打印生成)/).waitFor();
    await page.getByText('2023年6月下半月的进展情况通报已印发：第1期', { exact: false }).waitFor();
    await shot('documents-07-issued');
    const archived = await invoke<{ issueNo: number; period: string }[]>(page, 'documents:archive', {});
    expect(archived.map((d) => [d.issueNo, d.period])).toEqual([[1, H2]]);
  }, 240_000);

  it('lists 第1期 in 存档 and opens it with the review record', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '存档' }).click();
    const row = page.locator('.rd-doc-archive .ant-table-row').first();
    await row.getByText('第1期').waitFor();
    await row.getByText('2023年6月下半月', { exact: true }).waitFor();
    const dl = page.waitForEvent('download');
    await row.getByRole('button', { name: '打开' }).click();
    const file = await save(await dl);
    expect(docxText(file)).toContain(EDIT);
    const drawer = page.locator('.ant-drawer-content');
    await drawer.getByText('点名审核记录').waitFor();
    const excluded = drawer.locator('tr', { hasText: excludedName });
    await excluded.getByText('已批准延期').waitFor();
    await shot('documents-08-archive');
    await page.keyboard.press('Escape');
  }, 60_000);

  it('previews the 书面总结报告 through the same period', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '书面总结报告' }).click();
    await page.waitForURL(/tab=summary/);
    await page.getByRole('button', { name: '生成预览' }).click();
    await previewDone();
    expect(await frame().locator('.gw-title').first().textContent()).toContain('工作情况的报告');
    await shot('documents-09-summary');
  }, 180_000);

  it('shows the sentence templates with their placeholders explained', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '句式设置' }).click();
    const card = page.locator('.rd-sentence[data-key="reporting"]');
    await card.getByText('{reportRate} 报送率').waitFor();
    const area = card.getByRole('textbox');
    await area.fill(`${await area.inputValue()}{reportrate}`);
    await card.getByText('不是这个句式可用的占位符', { exact: false }).waitFor();
    await shot('documents-10-sentences');
    // The browser asks for /favicon.ico on its own; everything else must have answered.
    expect(app.errors.filter((m) => m.startsWith('pageerror') || /Content Security Policy|sandbox/i.test(m))).toEqual([]);
    expect(failed.filter((u) => !/favicon/.test(u))).toEqual([]);
  }, 60_000);
});
