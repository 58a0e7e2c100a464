import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../electron/import/import-service';
import { lockPeriod } from '../../../electron/services/period-lock-service';
import { addUnits, contentChecksum, tempContext, withCampaign } from '../../helpers/context';
import { buildReturn } from '../../helpers/returns';

const FOCUS = ['医托', '乱收费', '诱导消费', '医德医风'];
const issue = (no: string, status: string, extra: Record<string, unknown> = {}) => ({
  台账编号: no, 整治重点: '乱收费', 问题来源: '自查自纠', 发现日期: '2023-06-05', 问题描述: `问题${no}：重复收取检查费`, 整改时限: '2023-06-30', 整改状态: status, ...extra,
});

async function setup() {
  const ctx = tempContext();
  const c = withCampaign(ctx);
  const [a, b] = addUnits(ctx, [{ name: '宿城区人民医院', aliases: ['宿城人医'] }, { name: '沭阳仁和医院', district: '321322', ownership: '社会办' }]);
  const ret = (unit: typeof a, period: string, over: Record<string, unknown> = {}) =>
    buildReturn({ meta: { campaign: c.code, period, uscc: unit.uscc, name: unit.name }, focusNames: FOCUS, general: { B1: '是', C1: 3 }, focus: { B3: [2, 1, 0, 0] }, ledger: [issue('A-1', '待整改')], work: { 主要工作措施: '成立专班。' }, ...over });
  return { ctx, c, a, b, ret };
}

describe('importFiles', () => {
  it('commits a return: values with provenance, ledger, work text, one audit entry', async () => {
    const { ctx, a, ret } = await setup();
    const r = await importFiles(ctx, [{ name: 'a.xlsx', bytes: await ret(a, '2023-06-H1') }], [], { dryRun: false, received: '2023-06-16' });
    expect(r.totals.accepted + r.totals.warning).toBe(1);
    expect(r.files[0]).toMatchObject({ institution: '宿城区人民医院', period: '2023-06-H1', identifiedBy: '元数据', version: 1 });
    const vals = ctx.db.prepare("SELECT indicator_code, focus_code, value, cell FROM indicator_values ORDER BY indicator_code, focus_code").all();
    expect(vals).toContainEqual({ indicator_code: 'B3', focus_code: 'F1', value: 2, cell: '进展数据!D14' });
    expect(vals).toContainEqual({ indicator_code: 'B1', focus_code: '', value: 1, cell: '进展数据!D3' });
    expect(ctx.db.prepare('SELECT ledger_no, status, focus_code FROM ledger_issues').all()).toEqual([{ ledger_no: 'A-1', status: '待整改', focus_code: 'F2' }]);
    expect((ctx.db.prepare("SELECT count(*) n FROM audit_log WHERE action = 'submission.import'").get() as { n: number }).n).toBe(1);
  });

  it('dry run reports exactly what a real run would do and writes nothing', async () => {
    const { ctx, a, b, ret } = await setup();
    const files = [{ name: 'a.xlsx', bytes: await ret(a, '2023-06-H1') }, { name: 'b.xlsx', bytes: await ret(b, '2023-06-H1') }];
    const before = contentChecksum(ctx);
    const dry = await importFiles(ctx, files, [], { dryRun: true, received: '2023-06-16' });
    expect(contentChecksum(ctx)).toBe(before);
    const real = await importFiles(ctx, files, [], { dryRun: false, received: '2023-06-16' });
    expect(dry.files.map((f) => [f.file, f.status, f.ledger])).toEqual(real.files.map((f) => [f.file, f.status, f.ledger]));
  });

  it('skips byte-identical files, supersedes a second version, keeps both', async () => {
    const { ctx, a, ret } = await setup();
    const v1 = await ret(a, '2023-06-H1');
    await importFiles(ctx, [{ name: 'a.xlsx', bytes: v1 }], [], { dryRun: false });
    const again = await importFiles(ctx, [{ name: 'a(1).xlsx', bytes: v1 }], [], { dryRun: false });
    expect(again.files[0].status).toBe('unchanged');
    const v2 = await ret(a, '2023-06-H1', { general: { B1: '是', C1: 9 } });
    const sup = await importFiles(ctx, [{ name: 'a-改.xlsx', bytes: v2 }], [], { dryRun: false });
    expect(sup.files[0]).toMatchObject({ status: 'superseded', version: 2 });
    expect(ctx.db.prepare('SELECT version, is_current FROM submissions ORDER BY version').all()).toEqual([{ version: 1, is_current: 0 }, { version: 2, is_current: 1 }]);
  });

  it('tracks an issue across periods; refuses reopening a closed issue; flags one left out', async () => {
    const { ctx, a, ret } = await setup();
    await importFiles(ctx, [{ name: 'h1.xlsx', bytes: await ret(a, '2023-06-H1', { ledger: [issue('A-1', '待整改'), issue('A-2', '整改中')] }) }], [], { dryRun: false });
    await importFiles(ctx, [{ name: 'h2.xlsx', bytes: await ret(a, '2023-06-H2', { ledger: [issue('A-1', '已销号', { 完成日期: '2023-06-20', 问题描述: '描述改过了' })] }) }], [], { dryRun: false });
    const rows = ctx.db.prepare('SELECT ledger_no, status, description, missing_since FROM ledger_issues ORDER BY ledger_no').all();
    expect(rows).toEqual([
      { ledger_no: 'A-1', status: '已销号', description: '描述改过了', missing_since: null },
      { ledger_no: 'A-2', status: '整改中', description: '问题A-2：重复收取检查费', missing_since: '2023-06-H2' },
    ]);
    const bad = await importFiles(ctx, [{ name: 'h3.xlsx', bytes: await ret(a, '2023-07-H1', { ledger: [issue('A-1', '整改中')] }) }], [], { dryRun: false });
    expect(bad.files[0].status).toBe('rejected');
    expect(bad.files[0].issues.map((i) => i.message).join()).toMatch(/台账编号“A-1”上期（2023-06-H2）为“已销号”，已销号的问题不能改为“整改中”/);
  });

  it('refuses another campaign, an unknown USCC, a locked period and an unidentifiable hand-made file; DB unchanged', async () => {
    const { ctx, c, a, ret } = await setup();
    lockPeriod(ctx, c, '2023-06-H2', '第1期通报已印发');
    const before = contentChecksum(ctx);
    const other = await buildReturn({ meta: { campaign: 'suqian-2021-20210716', period: '2023-06-H1', uscc: a.uscc }, focusNames: ['医托'] });
    const stranger = await buildReturn({ meta: { campaign: c.code, period: '2023-06-H1', uscc: '91350200776049653A' }, focusNames: ['医托'] });
    const handmade = await buildReturn({ meta: null, focusNames: FOCUS, general: { C1: 1 } });
    const r = await importFiles(ctx, [
      { name: 'other.xlsx', bytes: other }, { name: 'stranger.xlsx', bytes: stranger },
      { name: 'locked.xlsx', bytes: await ret(a, '2023-06-H2') }, { name: '2023年6月上半月-不知道谁.xlsx', bytes: handmade },
      { name: 'junk.xlsx', bytes: new TextEncoder().encode('not a workbook') },
    ], [], { dryRun: false });
    expect(r.totals.rejected).toBe(5);
    const msg = r.files.map((f) => f.issues.map((i) => i.message).join()).join('\n');
    expect(msg).toMatch(/不属于当前专项/);
    expect(msg).toMatch(/不在机构名册中/);
    expect(msg).toMatch(/已封账/);
    expect(msg).toMatch(/无法确定是哪个机构/);
    expect(contentChecksum(ctx)).toBe(before);
  });

  it('identifies a hand-made file by alias in the file name and the period from the name', async () => {
    const { ctx } = await setup();
    const handmade = await buildReturn({ meta: null, focusNames: FOCUS, general: { C1: 4 } });
    const r = await importFiles(ctx, [{ name: '2023年6月下半月-宿城人医.xlsx', bytes: handmade }], [], { dryRun: false });
    expect(r.files[0]).toMatchObject({ institution: '宿城区人民医院', period: '2023-06-H2', identifiedBy: '文件名' });
  });
});
