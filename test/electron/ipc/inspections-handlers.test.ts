import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/errors';
import { createDispatch } from '../../../electron/ipc/dispatch';
import type { AppContext } from '../../../electron/services/app-context';
import { inspectionTemplate } from '../../../electron/services/inspection-import';
import { addUnits, tempContext, withCampaign, type TestUnit } from '../../helpers/context';
import { fillRecordTemplate } from '../../helpers/record-workbook';

let ctx: AppContext;
let clinic: TestUnit;
let call: ReturnType<typeof createDispatch>;

beforeEach(() => {
  ctx = tempContext(new Date('2023-06-20T09:00:00+08:00'));
  withCampaign(ctx);
  [clinic] = addUnits(ctx, [{ name: '仁和诊所', ownership: '社会办', category: '诊所' }]);
  call = createDispatch(ctx);
});
afterEach(() => ctx.db.close());

async function ok<T>(channel: string, args: unknown): Promise<T> {
  const r = (await call(channel, args)) as Result<T>;
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.data;
}

describe('inspection channels', () => {
  it('create → list → coverage → mark as a typical case → export', async () => {
    const saved = await ok<{ record: { id: number; findings: { ledgerNo: string }[] }; issuesCreated: number }>('inspection:create', {
      input: { institutionId: clinic.id, inspectedDate: '2023-06-05', body: '宿城区卫生监督所', form: '明察暗访', findings: [{ text: '药品过期' }], fine: 1000, measures: ['罚款'] },
    });
    expect(saved.issuesCreated).toBe(1);
    const page = await ok<{ total: number }>('inspection:list', { period: '2023-06-H1' });
    expect(page.total).toBe(1);
    const cov = await ok<{ cityWide: { rateText: string } }>('inspection:coverage', { period: '2023-06-H1' });
    expect(cov.cityWide.rateText).toBe('100.0%');
    const noText = (await call('case:mark', { kind: 'inspection', id: saved.record.id, isTypical: true, isExposed: true })) as Result<unknown>;
    expect(noText.ok).toBe(false);
    const marked = await ok<{ exposedDate: string; ref: string }>('case:mark', { kind: 'inspection', id: saved.record.id, isTypical: true, isExposed: true, publicText: '某诊所使用过期药品被罚款' });
    expect(marked).toMatchObject({ exposedDate: '2023-06-20', ref: '2023-06-05 宿城区卫生监督所明察暗访' });
    const issueId = ctx.db.prepare('SELECT id FROM ledger_issues').pluck().get() as number;
    await ok('case:mark', { kind: 'issue', id: issueId, isTypical: true, isExposed: false });
    const list = await ok<{ kind: string }[]>('case:list', {});
    expect(list.map((c) => c.kind)).toEqual(['issue', 'inspection']);
    expect((await ok<unknown[]>('case:list', { exposedOnly: true })).length).toBe(1);
    const file = await ok<{ fileName: string; base64: string }>('case:export', {});
    expect(file.fileName).toBe('典型案例-2023-06-20.xlsx');
    expect(await ok('case:mark', { kind: 'issue', id: issueId, isTypical: false, isExposed: false })).toBeNull();
  });

  it('imports through a file payload, and refuses unknown arguments', async () => {
    const bytes = await fillRecordTemplate(await inspectionTemplate(ctx), '检查记录', [
      { 检查日期: '2023-06-05', 被检查机构: '仁和诊所', 检查主体: '宿城区卫生监督所', 检查形式: '常规检查' },
    ]);
    const file = { fileName: '检查.xlsx', base64: Buffer.from(bytes).toString('base64') };
    expect(await ok('inspection:import', { file, dryRun: true })).toMatchObject({ added: 1, committed: false });
    expect(await ok('inspection:import', { file, dryRun: false })).toMatchObject({ added: 1, committed: true });
    const bad = (await call('inspection:list', { period: '2023-06' })) as Result<unknown>;
    expect(bad.ok).toBe(false);
    const lead = await ok<{ record: { leadNo: string; overdue: boolean } }>('lead:create', {
      input: { leadNo: 'L-1', receivedDate: '2023-06-01', channel: '12345', subjectText: '仁和诊所', content: '乱收费', handlingUnit: '监督所', deadline: '2023-06-10' },
    });
    expect(lead.record).toMatchObject({ leadNo: 'L-1', overdue: true });
    const dept = await ok<{ total: number; rows: { state: string }[] }>('department:status', { period: '2023-06-H1' });
    expect(dept.total).toBe(4);
  });
});
