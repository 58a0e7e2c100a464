import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../electron/import/import-service';
import { setException } from '../../../electron/services/clerk-service';
import { statsSummary } from '../../../electron/services/stats-service';
import { submissionStatus } from '../../../electron/services/stats-status';
import { addUnits, tempContext, withCampaign } from '../../helpers/context';
import { buildReturn } from '../../helpers/returns';

describe('tracker respects extensions, exemptions and nil returns', () => {
  it('an extension moves the due date, an exemption is not due, a nil return counts as reported', async () => {
    const ctx = tempContext(new Date('2023-06-25T09:00:00+08:00'));
    const c = withCampaign(ctx);
    const [a, b, n] = addUnits(ctx, [{ name: '甲医院' }, { name: '乙诊所（装修停业）' }, { name: '丙卫生院' }]);
    setException(ctx, { institutionId: a.id, period: '2023-06-H1', kind: 'extension', newDue: '2023-06-22', reason: '系统故障，经批准延期' });
    setException(ctx, { institutionId: b.id, period: '2023-06-H1', kind: 'exemption', reason: '装修停业' });
    const late = await buildReturn({ meta: { campaign: c.code, period: '2023-06-H1', uscc: a.uscc }, focusNames: ['医托'], general: { C1: 1 } });
    const nil = await buildReturn({ meta: { campaign: c.code, period: '2023-06-H1', uscc: n.uscc }, focusNames: ['医托'] });
    await importFiles(ctx, [{ name: 'a.xlsx', bytes: late, received: '2023-06-21' }, { name: 'n.xlsx', bytes: nil, received: '2023-06-17' }], [], { dryRun: false });
    const s = submissionStatus(ctx, { period: '2023-06-H1' });
    expect(s.rows.map((r) => [r.name, r.state, r.dueDate])).toEqual([['丙卫生院', '已报', '2023-06-17'], ['甲医院', '已报', '2023-06-22']]);
    expect(s.rows.find((r) => r.name === '丙卫生院')?.nil).toBe(true);
    expect(s.exempt).toEqual([expect.objectContaining({ name: '乙诊所（装修停业）', reason: '装修停业' })]);
    expect(s.totals).toMatchObject({ due: 2, onTime: 2, late: 0, missing: 0 });
    expect(statsSummary(ctx, { period: '2023-06-H1' }).reporting.period).toMatchObject({ due: 2, onTime: 2 });
  });
});
