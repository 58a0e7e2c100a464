import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import type { AppContext } from '../../../electron/services/app-context';
import { importInspections, inspectionTemplate } from '../../../electron/services/inspection-import';
import { leadTemplate } from '../../../electron/services/lead-import';
import { addUnits, contentChecksum, tempContext, withCampaign, type TestUnit } from '../../helpers/context';
import { fillRecordTemplate, handMadeBook } from '../../helpers/record-workbook';

let ctx: AppContext;
let u: TestUnit[];

beforeEach(() => {
  ctx = tempContext(new Date('2023-06-20T09:00:00+08:00'));
  withCampaign(ctx);
  u = addUnits(ctx, [
    { name: '仁和诊所', ownership: '社会办', category: '诊所' },
    { name: '康宁口腔门诊部', ownership: '社会办', category: '门诊部', aliases: ['康宁口腔'] },
    { name: '宿城区人民医院', ownership: '公立' },
  ]);
});
afterEach(() => ctx.db.close());

type Row = Record<string, string | number | null>;
const good = (): Row[] => [
  { 检查日期: '2023-06-05', 被检查机构: '仁和诊所', 检查主体: '宿城区卫生监督所', 检查形式: '四不两直', 检查重点: '乱收费、医托', 发现问题: '1. 未公示价格\n2. 超标准收费', 处理措施: '责令改正、罚款', '罚款金额（元）': 3000 },
  { 检查日期: '2023.6.8', 被检查机构: '康宁口腔', 检查主体: '宿城区卫生健康局', 检查形式: '专项督查', 发现问题: '无' },
  { 检查日期: '2023年6月9日', 被检查机构: '宿城区人民医院', 统一社会信用代码: '', 检查主体: '市卫生健康委联合检查组', 联合部门: '市场监管、公安', 检查形式: '明察暗访', 发现问题: '医务人员收受红包；诱导患者办卡' },
];

async function file(rows: Record<string, string | number | null>[]): Promise<Uint8Array> {
  return fillRecordTemplate(await inspectionTemplate(ctx), '检查记录', rows);
}

describe('inspection workbook import', () => {
  it('imports a filled template: institutions by name or alias, body kind inferred, findings into the ledger', async () => {
    const r = await importInspections(ctx, await file(good()), '宿城区检查记录.xlsx', { dryRun: false });
    expect(r).toMatchObject({ sheet: '检查记录', total: 3, added: 3, updated: 0, unchanged: 0, issuesCreated: 4, issuesLinked: 0, committed: true });
    const rows = ctx.db.prepare('SELECT institution_id, inspected_date, period_code, body_kind, form, joint_departments, fine_fen FROM inspections ORDER BY id').all();
    expect(rows).toEqual([
      { institution_id: u[0].id, inspected_date: '2023-06-05', period_code: '2023-06-H1', body_kind: '卫生监督所', form: '四不两直', joint_departments: '', fine_fen: 300000 },
      { institution_id: u[1].id, inspected_date: '2023-06-08', period_code: '2023-06-H1', body_kind: '区县卫生健康局', form: '专项督查', joint_departments: '', fine_fen: null },
      { institution_id: u[2].id, inspected_date: '2023-06-09', period_code: '2023-06-H1', body_kind: '联合检查组', form: '明察暗访', joint_departments: '市场监管、公安', fine_fen: null },
    ]);
    expect(ctx.db.prepare('SELECT ledger_no, description FROM ledger_issues ORDER BY id').all()).toEqual([
      { ledger_no: '检查-20230605-01', description: '未公示价格' }, { ledger_no: '检查-20230605-02', description: '超标准收费' },
      { ledger_no: '检查-20230609-01', description: '医务人员收受红包' }, { ledger_no: '检查-20230609-02', description: '诱导患者办卡' },
    ]);
    expect(ctx.db.prepare("SELECT action, json_extract(source_json, '$.file') f FROM audit_log WHERE action = 'inspection.import'").all()).toEqual([{ action: 'inspection.import', f: '宿城区检查记录.xlsx' }]);
  });

  it('re-importing the same list changes nothing; an edited row updates its inspection', async () => {
    const bytes = await file(good());
    await importInspections(ctx, bytes, 'a.xlsx', { dryRun: false });
    const again = await importInspections(ctx, bytes, 'a.xlsx', { dryRun: false });
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 3, issuesCreated: 0 });
    const edited = good();
    edited[1] = { ...edited[1], 发现问题: '消毒记录不全' };
    const r = await importInspections(ctx, await file(edited), 'b.xlsx', { dryRun: false });
    expect(r).toMatchObject({ added: 0, updated: 1, unchanged: 2, issuesCreated: 1 });
    expect(ctx.db.prepare('SELECT count(*) n FROM inspections').get()).toEqual({ n: 3 });
  });

  it('a dry run reports what would happen and writes nothing', async () => {
    const before = contentChecksum(ctx);
    const r = await importInspections(ctx, await file(good()), 'a.xlsx', { dryRun: true });
    expect(r).toMatchObject({ dryRun: true, committed: false, added: 3, issuesCreated: 4 });
    expect(contentChecksum(ctx)).toBe(before);
  });

  it('refuses a file with bad rows as a whole, naming every bad cell in Chinese; the database is unchanged', async () => {
    await importInspections(ctx, await file(good().slice(0, 1)), 'first.xlsx', { dryRun: false });
    const before = contentChecksum(ctx);
    const rows = [
      ...good(),
      { 检查日期: '2023-13-01', 被检查机构: '不存在的诊所', 检查主体: '宿城区卫生监督所', 检查形式: '随便看看' },
      { 检查日期: '2023-06-10', 被检查机构: '仁和诊所', 检查主体: '某某单位', 检查形式: '常规检查', '罚款金额（元）': '很多', 关联台账编号: 'X-1' },
      { 检查日期: '2023-09-10', 被检查机构: '仁和诊所', 检查主体: '宿城区卫生监督所', 检查形式: '常规检查', 检查重点: '骗保' },
    ];
    const err = await importInspections(ctx, await file(rows), '有错的表.xlsx', { dryRun: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    const e = err as AppError;
    expect(e.code).toBe('validation');
    expect(e.message).toMatch(/^有错的表\.xlsx：有 \d+ 处错误，未导入任何检查记录/);
    const msgs = e.details!.filter((d) => d.severity === '错误').map((d) => d.message);
    // Template layout: 检查日期 A, 被检查机构 B, 检查主体 D, 主体类别 E, 检查形式 H, 检查重点 I, 关联台账编号 K, 罚款金额 N; data from row 4.
    expect(msgs).toEqual([
      expect.stringMatching(/^检查记录!A7：“检查日期”不是有效日期：.*月份 13/),
      expect.stringMatching(/^检查记录!B7：“不存在的诊所”不在机构名册中/),
      expect.stringMatching(/^检查记录!H7：“检查形式”的值“随便看看”不在下拉列表中/),
      expect.stringMatching(/^检查记录!E8：无法从检查主体“某某单位”判断主体类别/),
      expect.stringMatching(/^检查记录!K8：填写了 1 个台账编号，但“发现问题”只有 0 条/),
      expect.stringMatching(/^检查记录!N8：“罚款金额（元）”应为金额数字（元）：“很多”不是数字/),
      expect.stringMatching(/^检查记录!I9：“检查重点”中的“骗保”不是本专项的整治重点/),
    ]);
    expect(e.details!.every((d) => d.file === '有错的表.xlsx' && d.sheet === '检查记录' && d.cell)).toBe(true);
    expect(contentChecksum(ctx)).toBe(before);
  });

  it('refuses a date outside the campaign, a duplicated inspection, another campaign and the wrong table', async () => {
    const before = contentChecksum(ctx);
    const rows = [good()[0], { ...good()[0] }, { ...good()[1], 检查日期: '2023-05-20' }];
    const e = (await importInspections(ctx, await file(rows), 'x.xlsx', { dryRun: false }).catch((x: unknown) => x)) as AppError;
    expect(e.details!.map((d) => d.message)).toEqual([
      expect.stringMatching(/^检查记录!B5：与第4行是同一次检查/),
      expect.stringMatching(/^检查记录!A6：检查日期 2023-05-20 不在专项期间/),
    ]);
    const lead = await leadTemplate(ctx);
    await expect(importInspections(ctx, lead, '线索.xlsx', { dryRun: false })).rejects.toThrow(/是举报线索登记表，不是检查记录表/);
    const other = tempContext(new Date('2023-06-20T09:00:00+08:00'));
    withCampaign(other, 'suqian-2021', '2021-07-16');
    const foreign = await fillRecordTemplate(await inspectionTemplate(other), '检查记录', [good()[0]]);
    other.db.close();
    await expect(importInspections(ctx, foreign, '别的专项.xlsx', { dryRun: false })).rejects.toThrow(/是专项“suqian-2021-20210716”的模板，不属于当前专项/);
    expect(contentChecksum(ctx)).toBe(before);
  });

  it('reads a hand-made sheet: other column order, title rows, synonyms', async () => {
    const bytes = await handMadeBook('督查情况', ['序号', '被检查单位', '督查日期', '督查单位', '检查方式', '存在问题', '立案'], [
      [1, '仁和诊所', '2023/6/12', '宿城区卫生监督所', '暗访', '未建立收费公示制度', '是'],
    ]);
    const r = await importInspections(ctx, bytes, '手工表.xlsx', { dryRun: false });
    expect(r).toMatchObject({ sheet: '督查情况', added: 1, issuesCreated: 1 });
    expect(ctx.db.prepare('SELECT form, case_filed, body_kind FROM inspections').get()).toEqual({ form: '明察暗访', case_filed: 1, body_kind: '卫生监督所' });
  });
});
