/**
 * Journey §1 of user-journeys.md in a real browser against the real backend: create a campaign
 * from the provincial preset through the wizard, download the roster template from 机构名册, fill
 * it with five institutions (the messy way clerks do: district names and codes, synonyms), import
 * it — dry run first, nothing stored until 确认导入 — and see them listed.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerField, type RosterField } from '../../shared/domain/roster-columns';
import { makeUscc } from '../../shared/domain/uscc';
import { E2E_OUTPUT, hasChromium, startBrowserApp, type BrowserApp } from './helpers/browser-app';

type Row = Partial<Record<RosterField, string>>;

const INSTITUTIONS: Row[] = [
  { name: '宿迁市第一人民医院', aliases: '市一院', uscc: makeUscc('12', '321300', '46601234'), district: '宿城区', category: '综合医院', ownership: '公立', level: '三级甲等', provincialDirect: '否', contactPerson: '张敏', contactPhone: '0527-84200001' },
  { name: '宿迁市宿豫区人民医院', uscc: makeUscc('12', '321311', '46602345'), district: '321311', category: '综合医院', ownership: '公立', level: '二级甲等' },
  { name: '沭阳县中医院', uscc: makeUscc('12', '321322', '46603456'), district: '沭阳县', category: '中医院', ownership: '公立', level: '三级乙等' },
  { name: '泗阳康宁医院', uscc: makeUscc('52', '321323', 'MA1X2Y3P'), district: '泗阳县', category: '专科医院', ownership: '社会办', level: '未定级' },
  { name: '泗洪仁和诊所', uscc: makeUscc('92', '321324', 'L12345RT'), district: '321324', category: '诊所', ownership: '社会办' },
];

/** Fills the downloaded template: finds the header row by its text, writes one row per institution. */
async function fillTemplate(template: string, out: string, rows: Row[] = INSTITUTIONS): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const ws = wb.worksheets[0];
  let headerRow = 0;
  const columns = new Map<RosterField, number>();
  for (let r = 1; r <= 10 && !headerRow; r++) {
    ws.getRow(r).eachCell((cell, col) => {
      const f = typeof cell.value === 'string' ? headerField(cell.value) : null;
      if (f) columns.set(f, col);
    });
    if (columns.has('name') && columns.has('uscc')) headerRow = r;
    else columns.clear();
  }
  expect(headerRow, '模板中应有表头行').toBeGreaterThan(0);
  rows.forEach((inst, i) => {
    const row = ws.getRow(headerRow + 1 + i);
    for (const [field, value] of Object.entries(inst) as [RosterField, string][]) {
      const col = columns.get(field);
      expect(col, `模板缺少“${field}”列`).toBeDefined();
      row.getCell(col!).value = value;
    }
    row.commit();
  });
  await wb.xlsx.writeFile(out);
}

describe.skipIf(!hasChromium())('journey: set up a campaign and import the roster', () => {
  let app: BrowserApp;
  const work = path.join(E2E_OUTPUT, 'campaign-roster');

  /** Screenshot once loading spinners are gone and antd's 0.2 s transitions have finished. */
  const shot = async (name: string) => {
    await app.page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {});
    await app.page.waitForTimeout(400);
    return app.screenshot(name);
  };

  beforeAll(async () => {
    fs.rmSync(work, { recursive: true, force: true });
    fs.mkdirSync(work, { recursive: true });
    app = await startBrowserApp();
  }, 240_000);

  afterAll(async () => {
    await app?.stop();
  });

  it('creates the campaign from the provincial-2023 preset through the wizard', async () => {
    const { page } = app;
    await page.getByText('欢迎使用：先创建本次专项').waitFor({ timeout: 30_000 });
    await page.getByText('省医疗卫生行业市场秩序专项整顿（3个月，4个重点）').click();
    await shot('campaign-roster-01-preset');
    await page.getByRole('button', { name: '下一步', exact: true }).click();

    // Step 2: every value is editable; an emptied required field is refused next to the field.
    const name = page.getByLabel('专项名称');
    await expect.poll(() => name.inputValue()).toBe('医疗卫生行业市场秩序专项整顿行动');
    await name.fill('');
    await page.getByRole('button', { name: '下一步：核对' }).click();
    await page.getByText('请填写专项名称').waitFor();
    await name.fill('宿迁市医疗卫生行业市场秩序专项整顿行动');
    await page.getByLabel('发文机关').fill('宿迁市卫生健康委员会');
    await page.getByLabel('文号前缀').fill('宿卫发');
    await page.getByLabel('行政区划代码').fill('321300');
    await page.getByText('每个半月结束后 2 天内报送（如 2023年6月上半月 的报表，截止 2023年6月17日）').waitFor();
    await shot('campaign-roster-02-form');
    await page.getByRole('button', { name: '下一步：核对' }).click();

    // Step 3: the half-month periods are previewed before anything is stored.
    await page.getByText('报告期（共 6 期）').waitFor();
    await page.getByText('专项代码将为 provincial-2023-20230601', { exact: false }).waitFor();
    expect(await page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(6);
    await shot('campaign-roster-03-review');
    await page.getByRole('button', { name: '创建', exact: true }).click();

    await page.waitForURL(/#\/roster$/);
    await page.getByText('名册中还没有机构', { exact: false }).waitFor();
    await expect.poll(() => page.locator('.rd-campaign-name').textContent()).toBe('宿迁市医疗卫生行业市场秩序专项整顿行动');
    await shot('campaign-roster-04-empty-roster');
  });

  it('checks a USCC inline in the add drawer before anything is sent', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '新增机构' }).click();
    const uscc = page.getByLabel('统一社会信用代码');
    const good = makeUscc('12', '321302', '46609999');
    await uscc.fill(good.slice(0, 17) + (good[17] === '0' ? '1' : '0'));
    await page.getByText('校验位错误', { exact: false }).waitFor();
    await shot('campaign-roster-05-uscc-check');
    await page.getByRole('button', { name: '取消' }).click();
  });

  it('imports the filled template: dry run first, then 确认导入, then listed', async () => {
    const { page } = app;
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载模板' }).first().click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const template = path.join(work, 'template.xlsx');
    await download.saveAs(template);
    const filled = path.join(work, '机构名册-已填写.xlsx');
    await fillTemplate(template, filled);

    // A wrong check digit refuses the whole file, naming the row and column; nothing is written.
    const broken = path.join(work, '机构名册-校验位错误.xlsx');
    const bad = INSTITUTIONS[1].uscc!;
    await fillTemplate(template, broken, INSTITUTIONS.map((r, i) => (i === 1 ? { ...r, uscc: bad.slice(0, 17) + (bad[17] === '0' ? '1' : '0') } : r)));
    await page.getByRole('button', { name: '导入名册' }).first().click();
    await page.locator('.ant-modal input[type=file]').setInputFiles(broken);
    await page.getByText('无法导入，名册未作任何改动', { exact: false }).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('.rd-import-issues').textContent()).toContain('校验位');
    await shot('campaign-roster-06a-refused');
    await page.getByRole('button', { name: '重新选择文件' }).click();

    await page.locator('.ant-modal input[type=file]').setInputFiles(filled);
    await page.getByText('可以导入：新增 5 家，更新 0 家，不变 0 家', { exact: false }).waitFor({ timeout: 30_000 });
    expect(await page.locator('.rd-import-preview .ant-table-tbody tr.ant-table-row').count()).toBe(5);
    const confirm = page.getByRole('button', { name: '确认导入' });
    await expect.poll(() => confirm.isEnabled()).toBe(true);
    await shot('campaign-roster-06-dry-run');

    // Nothing is stored before the confirmation.
    const before = await page.evaluate(async () => {
      const r = await fetch('/api/invoke', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ channel: 'roster:list', args: {} }) });
      return (await r.json()) as { ok: boolean; data: { total: number } };
    });
    expect(before).toMatchObject({ ok: true, data: { total: 0 } });

    await confirm.click();
    await page.getByText('共 5 家').waitFor({ timeout: 30_000 });
    const rows = page.locator('.rd-roster-table .ant-table-tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(5);
    for (const inst of INSTITUTIONS) await page.getByRole('button', { name: inst.name!, exact: true }).waitFor();
    await expect.poll(() => page.locator('.rd-roster-table').textContent()).toContain('沭阳县');
    await shot('campaign-roster-07-listed');

    // The district filter pages on the backend: 宿城区 holds one of the five.
    await page.getByRole('combobox', { name: '所属区县' }).click();
    await page.keyboard.type('宿城区');
    await page.keyboard.press('Enter');
    await page.getByText('共 1 家').waitFor();
    await shot('campaign-roster-08-filtered');

    const pageErrors = app.errors.filter((m) => m.startsWith('pageerror') || /Content Security Policy/i.test(m));
    expect(pageErrors).toEqual([]);
  });

  it('edits the operator and the campaign in 设置 with the same form', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.waitForURL(/#\/settings$/);
    const operator = page.getByLabel('操作员姓名');
    await expect.poll(() => operator.inputValue()).toBe('e2e');
    await operator.fill('李科员');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('已保存操作员').waitFor();
    await expect.poll(() => page.locator('.rd-operator').textContent()).toBe('李科员');

    const prefix = page.getByLabel('文号前缀');
    await expect.poll(() => prefix.inputValue()).toBe('宿卫发');
    await prefix.fill('宿卫医发');
    await page.getByRole('button', { name: '保存修改' }).first().click();
    await page.getByText('已保存专项设置').waitFor();
    const current = await page.evaluate(async () => {
      const r = await fetch('/api/invoke', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ channel: 'campaign:current', args: {} }) });
      return (await r.json()) as { ok: boolean; data: { docPrefix: string; regionCode: string | null } };
    });
    expect(current).toMatchObject({ ok: true, data: { docPrefix: '宿卫医发', regionCode: '321300' } });
    expect(await page.locator('.ant-card').filter({ has: page.locator('.ant-card-head-title', { hasText: /^报告期$/ }) }).locator('.ant-table-tbody tr.ant-table-row').count()).toBe(6); // 报告期
    await shot('campaign-roster-09-settings');
  });

  it('creates a second campaign from the switcher (a duplicate is refused) and switches back', async () => {
    const { page } = app;
    await page.locator('.rd-campaign-switcher').click();
    await page.getByRole('button', { name: '新建专项' }).click();
    await page.getByText('新建专项', { exact: true }).first().waitFor();

    // Same preset, same start date → same campaign code: the backend refuses, the wizard says why.
    await page.getByText('省医疗卫生行业市场秩序专项整顿（3个月，4个重点）').click();
    await page.getByRole('button', { name: '下一步', exact: true }).click();
    await page.getByRole('button', { name: '下一步：核对' }).click();
    await page.getByRole('button', { name: '创建', exact: true }).click();
    await page.getByText('已存在', { exact: false }).first().waitFor();
    await shot('campaign-roster-10-duplicate-refused');

    await page.getByRole('button', { name: '上一步', exact: true }).click();
    await page.getByText('宿迁市卫生健康行业作风专项整治（7项任务，3个阶段）').click();
    await page.getByRole('button', { name: '下一步', exact: true }).click();
    await expect.poll(() => page.getByLabel('专项名称').inputValue()).toBe('卫生健康行业作风专项整治行动');
    await page.getByRole('button', { name: '下一步：核对' }).click();
    await page.getByRole('button', { name: '创建', exact: true }).click();
    await expect.poll(() => page.locator('.rd-campaign-name').textContent()).toBe('卫生健康行业作风专项整治行动');

    await page.locator('.rd-campaign-switcher').click();
    await page.locator('.ant-select-item-option', { hasText: '市场秩序专项整顿' }).click();
    await expect.poll(() => page.locator('.rd-campaign-name').textContent()).toBe('宿迁市医疗卫生行业市场秩序专项整顿行动');
    await shot('campaign-roster-11-switched-back');
  });
});
