import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../electron/services/app-context';
import { drillDown } from '../../../electron/services/stats-drill';
import { submissionStatus } from '../../../electron/services/stats-status';
import { statsSummary } from '../../../electron/services/stats-service';
import { tempContext } from '../../helpers/context';
import { insertSubmission, insertUnit, P1, P2, seedStatsFixture, type StatsFixture } from '../../helpers/stats-seed';

let ctx: AppContext;
let fx: StatsFixture;

beforeEach(() => {
  ctx = tempContext();
  fx = seedStatsFixture(ctx);
});
afterEach(() => ctx.db.close());

describe('submissionStatus', () => {
  it('lists 已报 / 逾期 / 未报 with days late and versions, without the retired unit', () => {
    const s = submissionStatus(ctx, { period: P1 });
    expect(s.period.due).toBe('2023-06-17');
    expect(s.rows.map((r) => [r.districtName, r.name, r.state, r.daysLate, r.version, r.versions])).toEqual([
      ['宿城区', '丙医院', '逾期', 3, 2, 2],
      ['宿城区', '乙诊所', '已报', 0, 1, 1],
      ['宿城区', '甲医院', '已报', 0, 1, 1],
      ['宿豫区', '丁医院', '已报', 0, 1, 1],
      ['宿豫区', '己卫生院', '已报', 0, 1, 1],
      ['宿豫区', '戊门诊部', '未报', null, null, 0],
    ]);
    expect(s.totals).toMatchObject({ due: 6, onTime: 4, late: 1, missing: 1 });
    expect(s.byDistrict.map((d) => [d.key.label, d.counts.onTime, d.counts.late, d.counts.missing, d.counts.onTimeRate.text]))
      .toEqual([['宿城区', 2, 1, 0, '66.7%'], ['宿豫区', 2, 0, 1, '66.7%']]);
  });

  it('writes a reminder with one line per missing and late unit', () => {
    expect(submissionStatus(ctx, { period: P1 }).reminderLines).toEqual([
      '【报送提醒】2023年6月上半月进展情况报表截止日期为2023年6月17日，以下单位未按时报送：',
      '1. 宿豫区 戊门诊部：未报',
      '2. 宿城区 丙医院：逾期3天报送（6月20日收到）',
      '请未报的1家单位尽快报送，逾期单位今后请按时报送。',
    ]);
  });

  it('counts a returned file as 未报 and says so', () => {
    const s = submissionStatus(ctx, { period: P2 });
    const d = s.rows.find((r) => r.name === '丁医院')!;
    expect(d).toMatchObject({ state: '未报', returned: true, versions: 1, receivedDate: null });
    expect(s.reminder).toContain('宿豫区 丁医院：未报（报表已退回，请修改后重新报送）');
  });

  it('leaves partner departments to their own tracker and out of the figures', () => {
    const dept = insertUnit(ctx, { name: '市市场监管局', district: '321300', category: '协作部门', ownership: '公立', kind: 'department' }, 20);
    insertSubmission(ctx, fx.campaign.id, { period: P1, unit: dept, received: '2023-06-30', values: [['BM1', '', 9]] });
    expect(submissionStatus(ctx, { period: P1 }).rows.map((r) => r.name)).not.toContain('市市场监管局');
    const s = statsSummary(ctx, { period: P1 });
    expect(s.reporting.period.due).toBe(6);
    expect(s.totals.A1.period).toBe(6);
  });

  it('agrees with the summary counts', () => {
    for (const period of [P1, P2]) {
      expect(submissionStatus(ctx, { period }).totals).toEqual(statsSummary(ctx, { period }).reporting.period);
    }
  });
});

describe('drillDown', () => {
  it('lists the institutions behind a flow; their values add up to the figure', () => {
    const d = drillDown(ctx, { period: P2, cumulative: true, indicator: 'C1' });
    expect(d.kind).toBe('institutions');
    if (d.kind !== 'institutions') return;
    expect(d.rows.map((r) => [r.name, r.value])).toEqual([['甲医院', 9], ['丙医院', 3], ['丁医院', 3], ['乙诊所', 1], ['戊门诊部', 0]]);
    expect(d.sum).toBe(statsSummary(ctx, { period: P2 }).totals.C1.cumulative);
    expect(d.total).toBe(5);
  });

  it('drills money in 分 with 万元 texts, and E6 over E4 + E5', () => {
    const d = drillDown(ctx, { period: P1, indicator: 'E6' });
    if (d.kind !== 'institutions') throw new Error(d.kind);
    expect(d.rows.map((r) => [r.name, r.value, r.text])).toEqual([['甲医院', 150000, '0.15万元'], ['丙医院', 50000, '0.05万元']]);
    expect(d.sum).toBe(200000);
  });

  it('lists each 家 once for B1 with the periods that count', () => {
    const d = drillDown(ctx, { period: P2, cumulative: true, indicator: 'B1' });
    if (d.kind !== 'institutions') throw new Error(d.kind);
    expect(d.total).toBe(5);
    expect(d.rows.map((r) => [r.name, r.text])).toEqual([
      ['丙医院', '自查完成（2023-06-H1）'], ['乙诊所', '自查完成（2023-06-H2）'], ['甲医院', '自查完成（2023-06-H1、2023-06-H2）'],
      ['丁医院', '自查完成（2023-06-H1）'], ['戊门诊部', '自查完成（2023-06-H2）'],
    ]);
  });

  it('lists ledger rows with their state at the cut-off, filtered and paged', () => {
    const d2 = drillDown(ctx, { period: P2, indicator: 'D2' });
    if (d2.kind !== 'issues') throw new Error(d2.kind);
    // I1 was 已整改待核验 at P2 (已销号 only from P3).
    expect(d2.rows.map((r) => [r.ledgerNo, r.status])).toEqual([['I6', '已销号'], ['I1', '已整改待核验']]);
    const d5 = drillDown(ctx, { period: P2, indicator: 'D5' });
    if (d5.kind !== 'issues') throw new Error(d5.kind);
    expect(d5.rows.map((r) => [r.ledgerNo, r.institution, r.deadline, r.overdue])).toEqual([['I2', '甲医院', '2023-06-10', true], ['I4', '丁医院', '2023-06-20', true]]);
    const page = drillDown(ctx, { period: P2, cumulative: true, indicator: 'D1', offset: 2, limit: 2 });
    if (page.kind !== 'issues') throw new Error(page.kind);
    expect([page.total, page.rows.map((r) => r.ledgerNo)]).toEqual([5, ['I2', 'I4']]);
    const f = drillDown(ctx, { period: P2, cumulative: true, indicator: 'D1', district: '321311', focus: 'F4' });
    expect(f.rows.map((r) => ('ledgerNo' in r ? r.ledgerNo : ''))).toEqual(['I5']);
  });

  it('drills reporting figures to the status rows of the scope', () => {
    const d = drillDown(ctx, { period: P1, indicator: 'I2', district: '321311' });
    if (d.kind !== 'status') throw new Error(d.kind);
    expect(d.rows.map((r) => [r.name, r.state])).toEqual([['丁医院', '已报'], ['己卫生院', '已报'], ['戊门诊部', '未报']]);
  });

  it('refuses rates with a hint to drill their parts', () => {
    expect(() => drillDown(ctx, { period: P2, indicator: 'D3' })).toThrow(/D2.*D1/);
  });
});

describe('memo', () => {
  it('reflects a new return immediately (any write invalidates the memo)', () => {
    expect(statsSummary(ctx, { period: P1 }).totals.C1.period).toBe(10);
    insertSubmission(ctx, fx.campaign.id, { period: P1, unit: fx.units.U5, received: '2023-06-25', values: [['C1', '', 7]] });
    const s = statsSummary(ctx, { period: P1 });
    expect(s.totals.C1.period).toBe(17);
    expect(s.reporting.period).toMatchObject({ late: 2, missing: 0 });
  });
});
