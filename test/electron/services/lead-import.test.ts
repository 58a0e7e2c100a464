import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import type { AppContext } from '../../../electron/services/app-context';
import { importLeads, leadTemplate } from '../../../electron/services/lead-import';
import { listLeads } from '../../../electron/services/lead-service';
import { addUnits, contentChecksum, tempContext, withCampaign, type TestUnit } from '../../helpers/context';
import { fillRecordTemplate } from '../../helpers/record-workbook';

let ctx: AppContext;
let clinic: TestUnit;

beforeEach(() => {
  ctx = tempContext(new Date('2023-06-20T09:00:00+08:00'));
  withCampaign(ctx);
  [clinic] = addUnits(ctx, [{ name: '仁和诊所', ownership: '社会办', category: '诊所' }]);
});
afterEach(() => ctx.db.close());

type Row = Record<string, string | number | null>;
const rows = (): Row[] => [
  { 线索编号: 'GD-001', 受理日期: '2023-06-02', 来源渠道: '12345热线', 被举报对象: '仁和诊所', 举报内容: '诊所乱收费，诊查费高于标准', 承办单位: '宿城区卫生监督所', 办理时限: '2023-06-17', 办理状态: '核查中' },
  { 线索编号: 'GD-002', 受理日期: '2023-06-03', 来源渠道: '来信', 被举报对象: '王某', 举报内容: '无证行医', 承办单位: '宿城区卫生监督所', 办理时限: '2023-06-10', 办理状态: '待核查' },
];

async function file(r: Row[]): Promise<Uint8Array> {
  return fillRecordTemplate(await leadTemplate(ctx), '举报线索', r);
}

describe('lead workbook import', () => {
  it('registers leads, then updates their progress from the next register; 属实 makes a ledger issue', async () => {
    const first = await importLeads(ctx, await file(rows()), '线索登记表.xlsx', { dryRun: false });
    expect(first).toMatchObject({ total: 2, added: 2, issuesCreated: 0 });
    const next = rows();
    next[0] = { ...next[0], 办理状态: '已办结', 核查结论: '属实', 核查日期: '2023-06-12', 办结日期: '2023-06-15', 办理结果: '责令退还多收费用' };
    const second = await importLeads(ctx, await file(next), '线索登记表.xlsx', { dryRun: false });
    expect(second).toMatchObject({ added: 0, updated: 1, unchanged: 1, issuesCreated: 1 });
    const page = listLeads(ctx, {});
    expect(page.rows.map((l) => [l.leadNo, l.channel, l.status, l.verdict, l.ledgerNo, l.overdue, l.institution])).toEqual([
      ['GD-002', '信访', '待核查', null, null, true, null],
      ['GD-001', '12345', '已办结', '属实', '线索-GD-001', false, '仁和诊所'],
    ]);
    expect(ctx.db.prepare('SELECT institution_id, focus_code FROM ledger_issues').get()).toEqual({ institution_id: clinic.id, focus_code: 'F2' });
  });

  it('refuses the whole register when a closed lead is reopened or a row is bad, naming the cells; nothing changes', async () => {
    const closed = rows();
    closed[0] = { ...closed[0], 办理状态: '已办结', 核查结论: '不属实', 办结日期: '2023-06-15', 办理结果: '查无实据' };
    await importLeads(ctx, await file(closed), 'a.xlsx', { dryRun: false });
    const before = contentChecksum(ctx);
    const bad: Row[] = [
      { ...rows()[0] },
      { ...rows()[1], 来源渠道: '朋友圈', 办理时限: '2023-05-30' },
      { 受理日期: '2023-06-04', 被举报对象: '某诊所', 来源渠道: '12320', 举报内容: 'x', 承办单位: 'y', 办理时限: '2023-06-20', 办理状态: '已办结' },
    ];
    const e = (await importLeads(ctx, await file(bad), '线索.xlsx', { dryRun: false }).catch((x: unknown) => x)) as AppError;
    expect(e).toBeInstanceOf(AppError);
    // Template columns: 线索编号 A, 受理日期 B, 来源渠道 C, …, 办理时限 I, 办理状态 J, 核查结论 K, 办结日期 N; data from row 4.
    expect(e.details!.filter((d) => d.severity === '错误').map((d) => d.message)).toEqual([
      expect.stringMatching(/^举报线索!J4：线索“GD-001”已登记为“已办结”，已办结的线索不能改为“核查中”/),
      expect.stringMatching(/^举报线索!C5：“来源渠道”的值“朋友圈”不在下拉列表中/),
      expect.stringMatching(/^举报线索!K6：线索已办结，请填写“核查结论”/),
      expect.stringMatching(/^举报线索!N6：线索已办结，请填写“办结日期”/),
    ]);
    expect(contentChecksum(ctx)).toBe(before);
  });

  it('gives a lead listed without a number a stable one, so the same list imports once', async () => {
    const r = [{ ...rows()[1], 线索编号: null }];
    const first = await importLeads(ctx, await file(r), 'a.xlsx', { dryRun: false });
    expect(first.added).toBe(1);
    expect(first.issues.map((i) => i.message)).toEqual([expect.stringMatching(/^举报线索!A4：未填写线索编号，已按内容生成编号“XS20230603-/)]);
    const again = await importLeads(ctx, await file(r), 'a.xlsx', { dryRun: false });
    expect(again).toMatchObject({ added: 0, unchanged: 1 });
  });
});
