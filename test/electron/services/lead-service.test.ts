import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { leadStats } from '../../../shared/domain/lead-stats';
import type { AppContext } from '../../../electron/services/app-context';
import { createLead, leadStatsFor, listLeads, updateLeadStatus } from '../../../electron/services/lead-service';
import { addUnits, tempContext, withCampaign, type TestUnit } from '../../helpers/context';

let ctx: AppContext;
let clinic: TestUnit;

beforeEach(() => {
  ctx = tempContext(new Date('2023-06-20T09:00:00+08:00'));
  withCampaign(ctx);
  [clinic] = addUnits(ctx, [{ name: '仁和诊所', ownership: '社会办', category: '诊所' }]);
});
afterEach(() => ctx.db.close());

const base = { channel: '12345', subjectText: '仁和诊所', handlingUnit: '宿城区卫生监督所' };

/** Five leads whose figures are worked out by hand in the tests below. */
function seedFive(): void {
  createLead(ctx, { ...base, leadNo: 'L1', receivedDate: '2023-06-02', deadline: '2023-06-12', content: '乱收费', status: '已办结', verdict: '属实', verifiedDate: '2023-06-08', closedDate: '2023-06-10', result: '已责令退费', subjectInstitutionId: clinic.id, focusCode: 'F2' });
  createLead(ctx, { ...base, leadNo: 'L2', receivedDate: '2023-06-03', deadline: '2023-06-13', content: '医托拉客', status: '已办结', verdict: '不属实', verifiedDate: '2023-06-14', closedDate: '2023-06-15', result: '查无实据' });
  createLead(ctx, { ...base, leadNo: 'L3', receivedDate: '2023-06-05', deadline: '2023-06-15', content: '诱导办卡', status: '核查中' });
  createLead(ctx, { ...base, leadNo: 'L4', receivedDate: '2023-06-10', deadline: '2023-06-25', content: '过度检查', status: '部分属实', verifiedDate: '2023-06-18' });
  createLead(ctx, { ...base, leadNo: 'L5', receivedDate: '2023-06-16', deadline: '2023-07-01', content: '收红包', status: '待核查' });
}

describe('lead figures', () => {
  it('counts received / verified / closed / substantiated to date, the rates, on-time handling and overdue', () => {
    seedFive();
    const s = leadStatsFor(ctx);
    // Verified: L1 (06-08), L2 (06-14), L4 (06-18). Closed: L1, L2. Substantiated and closed: L1.
    expect(s.cumulative).toEqual({ received: 5, verified: 3, closed: 2, substantiated: 1 });
    // Overdue at 06-20: open with deadline before it — L3 (06-15) only. Due by 06-20: L1, L2, L3; on time: L1.
    expect(s).toMatchObject({ asOf: '2023-06-20', overdue: 1, dueByCutoff: 3, closedOnTime: 1, period: null });
    expect(s.rates.verification.text).toBe('60.0%');
    expect(s.rates.closure.text).toBe('40.0%');
    expect(s.rates.substantiation.text).toBe('50.0%');
    expect(s.rates.onTime.text).toBe('33.3%');
  });

  it('at a period end counts only what had happened by then, with the period flows', () => {
    seedFive();
    const h1 = leadStatsFor(ctx, '2023-06-H1');
    // By 06-15: received L1–L4; verified L1 (06-08), L2 (06-14); closed L1 (06-10), L2 (06-15).
    expect(h1.cumulative).toEqual({ received: 4, verified: 2, closed: 2, substantiated: 1 });
    expect(h1.period).toEqual({ received: 4, verified: 2, closed: 2, substantiated: 1 });
    // L3's deadline is 06-15, not before the cut-off: not yet overdue.
    expect(h1).toMatchObject({ asOf: '2023-06-15', overdue: 0, dueByCutoff: 3, closedOnTime: 1 });
    const h2 = leadStatsFor(ctx, '2023-06-H2');
    expect(h2.period).toEqual({ received: 1, verified: 1, closed: 0, substantiated: 0 });
  });

  it('shows "—" for a rate with nothing to divide by', () => {
    expect(leadStats([], '2023-06-30').rates.substantiation).toEqual({ rate: null, text: '—' });
  });

  it('flags overdue leads in the list', () => {
    seedFive();
    const page = listLeads(ctx, {});
    expect(page.rows.map((r) => [r.leadNo, r.overdue])).toEqual([['L5', false], ['L4', false], ['L3', true], ['L2', false], ['L1', false]]);
    expect(listLeads(ctx, { overdue: true }).rows.map((r) => r.leadNo)).toEqual(['L3']);
  });
});

describe('lead status and the ledger', () => {
  it('a lead found 属实 on a roster institution becomes a ledger issue; closing it keeps the link', () => {
    const r = createLead(ctx, { ...base, leadNo: '12345-0601', receivedDate: '2023-06-01', deadline: '2023-06-16', content: '该诊所存在乱收费问题', subjectInstitutionId: clinic.id });
    expect(r.record).toMatchObject({ status: '待核查', issueId: null });
    updateLeadStatus(ctx, { id: r.record.id, status: '核查中' });
    const found = updateLeadStatus(ctx, { id: r.record.id, status: '属实', verifiedDate: '2023-06-12', result: '超标准收费 3 项' });
    expect(found.issuesCreated).toBe(1);
    expect(found.warnings.map((w) => w.message)).toEqual(['未填写涉及整治重点，已按举报内容归入“乱收费”']);
    expect(found.record).toMatchObject({ verdict: '属实', ledgerNo: '线索-12345-0601', issueStatus: '待整改' });
    expect(ctx.db.prepare('SELECT focus_code, source, found_date, deadline, first_period, description, remarks FROM ledger_issues').get()).toEqual({
      focus_code: 'F2', source: '举报投诉', found_date: '2023-06-12', deadline: '2023-07-12', first_period: '2023-06-H1',
      description: '该诊所存在乱收费问题（核查情况：超标准收费 3 项）', remarks: '关联线索编号 12345-0601（12345）',
    });
    const closed = updateLeadStatus(ctx, { id: r.record.id, status: '已办结', closedDate: '2023-06-15' });
    expect(closed.record).toMatchObject({ status: '已办结', verdict: '属实', closedDate: '2023-06-15', ledgerNo: '线索-12345-0601' });
    expect(closed.issuesCreated).toBe(0);
    expect(ctx.db.prepare('SELECT count(*) n FROM ledger_issues').get()).toEqual({ n: 1 });
    expect(() => updateLeadStatus(ctx, { id: r.record.id, status: '核查中' })).toThrow(/已办结的线索不能改为“核查中”/);
  });

  it('guesses the focus area with a warning, and withdraws the issue when the verdict turns 不属实', () => {
    const r = createLead(ctx, { ...base, leadNo: 'A-1', receivedDate: '2023-06-01', deadline: '2023-06-16', content: '医生收受红包', subjectInstitutionId: clinic.id });
    const found = updateLeadStatus(ctx, { id: r.record.id, status: '部分属实' });
    expect(found.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/暂归入“医托”/)]);
    expect(found.record.verifiedDate).toBe('2023-06-20');
    const undone = updateLeadStatus(ctx, { id: r.record.id, status: '不属实' });
    expect(undone.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/核查结论由“部分属实”改为“不属实”/)]);
    expect(ctx.db.prepare('SELECT status FROM ledger_issues').get()).toEqual({ status: '不属实' });
  });

  it('links a substantiated lead to an existing issue, and leaves a subject off the roster without one', () => {
    createLead(ctx, { ...base, leadNo: 'A-1', receivedDate: '2023-06-01', deadline: '2023-06-16', content: '乱收费', status: '属实', subjectInstitutionId: clinic.id });
    const linked = createLead(ctx, { ...base, leadNo: 'A-2', receivedDate: '2023-06-02', deadline: '2023-06-16', content: '乱收费（重复举报）', status: '属实', subjectInstitutionId: clinic.id, issueLedgerNo: '线索-A-1' });
    expect(linked.issuesCreated).toBe(0);
    expect(linked.record.ledgerNo).toBe('线索-A-1');
    const person = createLead(ctx, { ...base, leadNo: 'A-3', receivedDate: '2023-06-03', deadline: '2023-06-16', subjectText: '王某（无证行医）', content: '非法行医', status: '属实' });
    expect(person.record.issueId).toBeNull();
    expect(person.warnings.map((w) => w.column)).toEqual(['subjectText']);
  });

  it('refuses a closed lead without verdict or date, dates out of order, and a number used twice', () => {
    const err = (() => { try { createLead(ctx, { ...base, leadNo: 'B-1', receivedDate: '2023-06-10', deadline: '2023-06-05', content: 'x', status: '已办结' }); } catch (e) { return e as AppError; } })();
    expect(err?.details?.map((d) => d.column)).toEqual(['deadline', 'verdict', 'closedDate', 'result']);
    createLead(ctx, { ...base, leadNo: 'B-2', receivedDate: '2023-06-10', deadline: '2023-06-25', content: 'x' });
    expect(() => createLead(ctx, { ...base, leadNo: 'B-2', receivedDate: '2023-06-10', deadline: '2023-06-25', content: 'y' })).toThrow(/已登记/);
  });
});
