import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../electron/services/app-context';
import { departmentStatus, ensureDepartmentUnits, generateDepartmentTemplates } from '../../../electron/services/department-service';
import { requireCampaign } from '../../../electron/services/campaign-service';
import { importFiles } from '../../../electron/import/import-service';
import { buildPackage } from '../../../electron/packages/package-export';
import { contentChecksum, tempContext, withCampaign } from '../../helpers/context';

let ctx: AppContext;
let dir: string;

beforeEach(() => {
  ctx = tempContext(new Date('2023-06-20T09:00:00+08:00'));
  withCampaign(ctx);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-dept-'));
});
afterEach(() => { ctx.db.close(); fs.rmSync(dir, { recursive: true, force: true }); });

/** Types values into 本期数 (column D) of the rows whose 编号 (column A) is given. */
async function fill(file: string, values: Record<string, unknown>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(file) as never);
  const ws = wb.getWorksheet('进展数据')!;
  ws.eachRow((row, r) => {
    const code = String(row.getCell(1).value ?? '');
    if (code in values) ws.getCell(r, 4).value = values[code] as ExcelJS.CellValue;
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('partner departments', () => {
  it('are reporting units made from the campaign (not the health bureau itself), once', () => {
    expect(ensureDepartmentUnits(ctx, requireCampaign(ctx))).toEqual(['市场监管部门', '公安部门', '药监部门', '行政审批部门']);
    expect(ensureDepartmentUnits(ctx, requireCampaign(ctx))).toEqual([]);
    expect(ctx.db.prepare("SELECT name, kind, category, uscc FROM institutions WHERE kind = 'department' ORDER BY id").all()).toEqual([
      { name: '市场监管部门', kind: 'department', category: '协作部门', uscc: null },
      { name: '公安部门', kind: 'department', category: '协作部门', uscc: null },
      { name: '药监部门', kind: 'department', category: '协作部门', uscc: null },
      { name: '行政审批部门', kind: 'department', category: '协作部门', uscc: null },
    ]);
  });

  it('fill their own template, come in through the ordinary import, and show in the status with their figures', async () => {
    const t = await generateDepartmentTemplates(ctx, { period: '2023-06-H1', outDir: dir });
    expect(t.files.map((f) => f.fileName)).toEqual([
      '2023年6月上半月-市场监管部门.xlsx', '2023年6月上半月-公安部门.xlsx', '2023年6月上半月-药监部门.xlsx', '2023年6月上半月-行政审批部门.xlsx',
    ]);
    const market = await fill(t.files[0].path!, { BM1: 12, BM4: 1500.5, SC1: 3, SC2: 0 });
    const police = await fill(t.files[1].path!, { GA1: 2, GA2: 1 });
    const report = await importFiles(ctx, [{ name: '市场监管.xlsx', bytes: market }, { name: '公安.xlsx', bytes: police }], [], { dryRun: false, received: '2023-06-16' });
    expect(report.files.map((f) => [f.institution, f.status, f.identifiedBy, f.values])).toEqual([['公安部门', 'accepted', '元数据', 2], ['市场监管部门', 'accepted', '元数据', 4]]);
    const s = departmentStatus(ctx, '2023-06-H1');
    expect(s).toMatchObject({ period: '2023-06-H1', due: '2023-06-17', reported: 2, total: 4 });
    expect(s.rows.map((r) => [r.unitName, r.state, r.receivedDate])).toEqual([
      ['市场监管部门', '已报', '2023-06-16'], ['公安部门', '已报', '2023-06-16'], ['药监部门', '未报', null], ['行政审批部门', '未报', null],
    ]);
    const v = Object.fromEntries(s.rows[0].values.map((x) => [x.code, x.value]));
    expect(v).toMatchObject({ BM1: 12, BM2: null, BM4: 150050, SC1: 3, SC2: 0, SC3: null });
    expect(s.rows[1].values.map((x) => x.code)).toEqual(['BM1', 'BM2', 'BM3', 'BM4', 'BM5', 'BM6', 'GA1', 'GA2', 'GA3', 'GA4']);
    // The second half month adds to the cumulative figures.
    const t2 = await generateDepartmentTemplates(ctx, { period: '2023-06-H2', outDir: dir });
    await importFiles(ctx, [{ name: 'm2.xlsx', bytes: await fill(t2.files[0].path!, { SC1: 2 }) }], [], { dryRun: false, received: '2023-07-05' });
    const s2 = departmentStatus(ctx, '2023-06-H2');
    expect(s2.rows[0]).toMatchObject({ state: '逾期', daysLate: 3 });
    expect(s2.rows[0].cumulative.find((x) => x.code === 'SC1')!.value).toBe(5);
    // Departments report to this level only: their returns stay out of the upward package.
    expect(() => buildPackage(ctx, '2023-06-H2')).toThrow(/还没有已导入的报送数据/);
  });

  it('refuses a bad cell with its address and changes nothing; a hand-made department sheet is found by name', async () => {
    const t = await generateDepartmentTemplates(ctx, { period: '2023-06-H1', outDir: dir });
    const before = contentChecksum(ctx);
    const bad = await importFiles(ctx, [{ name: '药监.xlsx', bytes: await fill(t.files[2].path!, { YJ1: '很多', YJ2: -1 }) }], [], { dryRun: false });
    expect(bad.files[0].status).toBe('rejected');
    expect(bad.files[0].issues.filter((i) => i.severity === '错误').map((i) => i.message)).toEqual([
      expect.stringMatching(/^进展数据!D11：“检查医疗机构药品医疗器械使用环节”应为数字/),
      expect.stringMatching(/^进展数据!D12：“查处制售假劣医药制剂案件”不能为负数/),
    ]);
    expect(contentChecksum(ctx)).toBe(before);

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('进展数据');
    ws.addRow(['填报单位：公安部门']);
    ws.addRow(['编号', '指标', '单位', '本期数']);
    ws.addRow(['GA1', '接收移送涉嫌犯罪案件', '件', 4]);
    ws.addRow(['', '立案侦查', '件', 3]);
    const hand = await importFiles(ctx, [{ name: '公安局6月上.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) }], [], { dryRun: false, period: '2023-06-H1' });
    expect(hand.files.map((f) => [f.institution, f.status, f.identifiedBy, f.values])).toEqual([['公安部门', 'accepted', '表内单位名称', 2]]);
  });

  it('an institution-style return naming a department is refused', async () => {
    ensureDepartmentUnits(ctx, requireCampaign(ctx));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('进展数据');
    ws.addRow(['填报单位：公安部门']);
    ws.addRow(['编号', '指标', '单位', '本期数']);
    ws.addRow(['C1', '出动检查（督查）人员', '人次', 4]);
    wb.addWorksheet('问题台账').addRow(['台账编号', '整治重点', '问题来源', '发现日期', '问题描述', '整改时限', '整改状态']);
    const r = await importFiles(ctx, [{ name: 'x.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) }], [], { dryRun: false, period: '2023-06-H1' });
    expect(r.files[0].status).toBe('rejected');
    expect(r.files[0].issues[0].message).toMatch(/“公安部门”是协作部门，请使用部门报送模板/);
  });
});
