import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../electron/import/import-service';
import { correctLedger, correctValue, removeException, sendBack, setException } from '../../../electron/services/clerk-service';
import { lockPeriod } from '../../../electron/services/period-lock-service';
import { addUnits, tempContext, withCampaign } from '../../helpers/context';
import { buildReturn } from '../../helpers/returns';

const FOCUS = ['医托', '乱收费', '诱导消费', '医德医风'];

async function setup() {
  const ctx = tempContext();
  const c = withCampaign(ctx);
  const [a] = addUnits(ctx, [{ name: '宿城区人民医院' }]);
  const ret = (c1: number, c2: number, status = '整改中') => buildReturn({ meta: { campaign: c.code, period: '2023-06-H1', uscc: a.uscc }, focusNames: FOCUS, general: { C1: c1, H2: c2 },
    ledger: [{ 台账编号: 'A-1', 整治重点: '医托', 问题来源: '自查自纠', 发现日期: '2023-06-03', 问题描述: '医托', 整改时限: '2023-06-25', 整改状态: status }] });
  await importFiles(ctx, [{ name: 'v1.xlsx', bytes: await ret(120, 2) }], [], { dryRun: false });
  const sid = () => (ctx.db.prepare('SELECT id FROM submissions WHERE is_current = 1').get() as { id: number }).id;
  const val = (code: string) => (ctx.db.prepare("SELECT value FROM indicator_values WHERE submission_id = ? AND indicator_code = ? AND focus_code = ''").get(sid(), code) as { value: number }).value;
  return { ctx, c, a, ret, sid, val };
}

describe('corrections', () => {
  it('keep the original and survive a re-import unless the new file changes that cell', async () => {
    const { ctx, ret, sid, val } = await setup();
    expect(() => correctValue(ctx, { submissionId: sid(), indicator: 'C1', focus: '', value: '12', reason: '' })).toThrow(/必须说明理由/);
    correctValue(ctx, { submissionId: sid(), indicator: 'C1', focus: '', value: '12', reason: '多打了一个0，电话核实' });
    expect(val('C1')).toBe(12);
    expect(ctx.db.prepare('SELECT old_value, new_value, reason FROM corrections').get()).toEqual({ old_value: '120', new_value: '12', reason: '多打了一个0，电话核实' });
    // v2 changes another cell only: the correction is carried.
    await importFiles(ctx, [{ name: 'v2.xlsx', bytes: await ret(120, 5) }], [], { dryRun: false });
    expect([val('C1'), val('H2')]).toEqual([12, 5]);
    // v3 changes the corrected cell: the institution's new value stands.
    await importFiles(ctx, [{ name: 'v3.xlsx', bytes: await ret(15, 5) }], [], { dryRun: false });
    expect(val('C1')).toBe(15);
  });

  it('correct a ledger field with history kept; refused in a locked period', async () => {
    const { ctx, c } = await setup();
    const id = (ctx.db.prepare('SELECT id FROM ledger_issues').get() as { id: number }).id;
    correctLedger(ctx, { issueId: id, field: 'deadline', value: '2023-07-10', reason: '经批准延期整改' });
    expect(ctx.db.prepare('SELECT deadline FROM ledger_issues').get()).toEqual({ deadline: '2023-07-10' });
    expect(() => correctLedger(ctx, { issueId: id, field: 'status', value: '搞定了', reason: 'x' })).toThrow(/整改状态应为/);
    lockPeriod(ctx, c, '2023-06-H1', '第1期通报已印发');
    expect(() => correctLedger(ctx, { issueId: id, field: 'measures', value: '加强培训', reason: 'x' })).toThrow(/已封账/);
  });
});

describe('exceptions and send-backs', () => {
  it('records extensions (later due date required) and exemptions with reasons', async () => {
    const { ctx, a } = await setup();
    expect(() => setException(ctx, { institutionId: a.id, period: '2023-06-H2', kind: 'extension', newDue: '2023-06-20', reason: '系统故障' })).toThrow(/应晚于原截止日/);
    setException(ctx, { institutionId: a.id, period: '2023-06-H2', kind: 'extension', newDue: '2023-07-06', reason: '系统故障' });
    setException(ctx, { institutionId: a.id, period: '2023-06-H2', kind: 'exemption', reason: '装修停业' });
    expect(ctx.db.prepare('SELECT kind, reason FROM reporting_exceptions').all()).toEqual([{ kind: 'exemption', reason: '装修停业' }]);
    removeException(ctx, a.id, '2023-06-H2', '恢复营业');
    expect(ctx.db.prepare('SELECT count(*) n FROM reporting_exceptions').get()).toEqual({ n: 0 });
  });

  it('a send-back marks the submission returned and produces the marked-up own file', async () => {
    const { ctx, sid } = await setup();
    const id = sid();
    const out = await sendBack(ctx, id, '台账描述过于简单，请补充');
    expect(ctx.db.prepare('SELECT state, state_reason FROM submissions WHERE id = ?').get(id)).toEqual({ state: 'returned', state_reason: '台账描述过于简单，请补充' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out.bytes as never);
    expect(wb.getWorksheet('错误说明')!.getCell('D2').value).toContain('退回修改：台账描述过于简单');
    expect(wb.getWorksheet('进展数据')).toBeTruthy();
  });
});
