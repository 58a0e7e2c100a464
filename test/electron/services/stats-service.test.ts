import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../electron/services/app-context';
import { statsChecks, statsMainTable, statsPivot, statsSummary, statsTrend } from '../../../electron/services/stats-service';
import { changeSentence } from '../../../shared/stats/arithmetic';
import { tempContext } from '../../helpers/context';
import { insertSubmission, insertUnit, P1, P2, P3, seedStatsFixture, type StatsFixture } from '../../helpers/stats-seed';

let ctx: AppContext;
let fx: StatsFixture;

beforeEach(() => {
  ctx = tempContext();
  fx = seedStatsFixture(ctx);
});
afterEach(() => ctx.db.close());

describe('statsSummary: 本期 / 累计 / 环比 over current returns', () => {
  it('sums flows over current accepted returns only (superseded v1 and the returned file never count)', () => {
    const t = statsSummary(ctx, { period: P2 }).totals;
    // P1: U1 5 + U2 0 + U3 v2 2 + U4 3 (U3 v1's 100 superseded); P2: U1 4 + U2 1 + U3 1 + U5 0 (U4's returned 50 ignored).
    expect(t.C1).toMatchObject({ period: 6, cumulative: 16, previous: 10, previousCumulative: 10 });
    expect(t.C1.change).toEqual({ current: 6, previous: 10, delta: -4, direction: 'down' });
    expect(changeSentence(t.C1.change, { kind: 'count', unit: '人次' })).toBe('较上期减少4人次');
    // C2 over all focus areas: P1 3+2+1+4+2 = 12, P2 1+1 = 2.
    expect(t.C2).toMatchObject({ period: 2, cumulative: 14, previous: 12 });
  });

  it('keeps money in 分 and derives E6 = E4 + E5 with 未报 apart from 0', () => {
    const t = statsSummary(ctx, { period: P2 }).totals;
    expect(t.E4).toMatchObject({ money: true, period: 0, cumulative: 150000, previous: 150000 });
    expect(t.E5).toMatchObject({ period: null, cumulative: 50000, previous: 50000 });
    expect(t.E6).toMatchObject({ period: 0, cumulative: 200000, previous: 200000 });
  });

  it('gives 环比 from a previous 0 without a percentage, and 上期无数据 in the first period', () => {
    const t = statsSummary(ctx, { period: P2 }).totals;
    expect(t.E1.change).toEqual({ current: 2, previous: 0, delta: 2, direction: 'up' });
    expect(changeSentence(t.E1.change, { kind: 'count', unit: '起', withPercent: true })).toBe('较上期增加2起');
    const first = statsSummary(ctx, { period: P1 });
    expect(first.previousPeriod).toBeNull();
    expect(first.totals.C1.change.direction).toBe('na');
    expect(changeSentence(first.totals.C1.change, { kind: 'count', unit: '人次' })).toBe('上期无数据');
  });

  it('counts 家 once across periods (union) and recomputes B2 from B1 and A3', () => {
    const s = statsSummary(ctx, { period: P2 });
    // B1 是: P1 U1 U3 U4; P2 U1 U2 U5 → 累计 5 institutions (not 6), A3 = 6 (U7 retired 06-10).
    expect(s.totals.B1).toMatchObject({ period: 3, cumulative: 5, previous: 3, previousCumulative: 3 });
    expect(s.totals.A1).toMatchObject({ period: 6, cumulative: 6, previous: 6 });
    expect(s.totals.A2.period).toBe(3);
    expect(s.totals.B2.ratios!.cumulative).toMatchObject({ numerator: 5, denominator: 6, text: '83.3%' });
    expect(s.totals.B2.changeCumulative.direction).toBe('up');
    expect(changeSentence(s.totals.B2.changeCumulative, { kind: 'rate' })).toBe('较上期提高33.3个百分点');
  });

  it('recomputes rates from summed parts, not by averaging unit rates', () => {
    const t = statsSummary(ctx, { period: P2 }).totals;
    // G1: P1 4+0+2, P2 2+0 = 8; G3: P1 2+0+2, P2 1+0 = 5 → 62.5% (the mean of unit rates would be 66.7%).
    expect(t.G5.ratios!.cumulative).toMatchObject({ numerator: 5, denominator: 8, text: '62.5%' });
    expect(t.G5.ratios!.period).toMatchObject({ numerator: 1, denominator: 2, text: '50.0%' });
    // G4 nobody reported in P2: unknown numerator → "—"; cumulative 3 / 5.
    expect(t.G6.ratios!.period.text).toBe('—');
    expect(t.G6.ratios!.cumulative.text).toBe('60.0%');
  });

  it('takes D1 from the ledger by first period without 不属实, and stocks by the snapshot rule', () => {
    const p1 = statsSummary(ctx, { period: P1 }).totals;
    // At P1: I1 整改中, I2 待整改 (deadline 06-10 < 06-15, overdue), I3 待整改 from U3's current v2
    // (the superseded v1 said 已销号), I4 整改中 → D4 4, D5 1, D2 0. D1 excludes I3 (now 不属实).
    expect(p1.D1).toMatchObject({ period: 3, cumulative: 3 });
    expect(p1.D2.period).toBe(0);
    expect(p1.D4.period).toBe(4);
    expect(p1.D5.period).toBe(1);
    expect(p1.D3.ratios!.cumulative.text).toBe('0.0%');
    const p2 = statsSummary(ctx, { period: P2 }).totals;
    // At P2 (not the latest period: I1 and I2 were reported again in P3, their P2 snapshots count):
    // rectified I1 (已整改待核验), I6; open I2, I4, I5; overdue I2, I4 (cut-off 06-30).
    expect(p2.D1).toMatchObject({ period: 2, cumulative: 5, previous: 3, previousCumulative: 3 });
    expect(p2.D2).toMatchObject({ period: 2, cumulative: 2, previous: 0 });
    expect(p2.D4).toMatchObject({ period: 3, previous: 4 });
    expect(p2.D5).toMatchObject({ period: 2, previous: 1 });
    expect(p2.D3.ratios!.cumulative).toMatchObject({ numerator: 2, denominator: 5, text: '40.0%' });
    expect(changeSentence(p2.D3.changeCumulative, { kind: 'rate' })).toBe('较上期提高40.0个百分点');
    const p3 = statsSummary(ctx, { period: P3 }).totals;
    // At P3 every issue's latest return is ≤ P3: the ledger's current rows; I5 (07-10) is now overdue too.
    expect([p3.D2.period, p3.D4.period, p3.D5.period, p3.D1.cumulative]).toEqual([2, 3, 3, 5]);
  });

  it('reports I1 / I2 and the DHIS2 reporting counts per period and cumulatively', () => {
    const s = statsSummary(ctx, { period: P2 });
    expect(s.reporting.period).toMatchObject({ due: 6, reported: 5, onTime: 4, late: 1, missing: 1 });
    expect(s.reporting.period.onTimeRate.text).toBe('66.7%');
    expect(s.reporting.period.reportingRate.text).toBe('83.3%');
    expect(s.reporting.cumulative).toMatchObject({ due: 12, onTime: 8, late: 2, missing: 2 });
    expect(s.totals.I1).toMatchObject({ period: 6, cumulative: 12 });
    expect(s.totals.I2.ratios!.cumulative.text).toBe('66.7%');
  });

  it('marks C3–C5 unavailable without an inspection log, and explains it', () => {
    const s = statsSummary(ctx, { period: P2 });
    expect(s.totals.C5).toMatchObject({ available: false, cumulative: null });
    expect(s.totals.C5.ratios!.cumulative.text).toBe('—');
    expect(s.notes.some((n) => n.includes('C3/C4/C5'))).toBe(true);
  });

  it('computes C3–C5 from the inspection log once the campaign has inspections', () => {
    const ins = ctx.db.prepare(`INSERT INTO inspections (campaign_id, institution_id, period_code, inspected_date, body, body_kind, form, created_at)
      VALUES (?, ?, ?, '2023-06-12', '市卫生监督所', '卫生监督所', '常规检查', 't')`);
    ins.run(fx.campaign.id, fx.units.U2, P1);
    ins.run(fx.campaign.id, fx.units.U2, P2); // the same 家 twice
    ins.run(fx.campaign.id, fx.units.U4, P2);
    const t = statsSummary(ctx, { period: P2 }).totals;
    expect(t.C3).toMatchObject({ available: true, period: 2, cumulative: 2 });
    expect(t.C4).toMatchObject({ period: 1, cumulative: 1 });
    expect(t.C5.ratios!.cumulative).toMatchObject({ numerator: 1, denominator: 3, text: '33.3%' });
  });
});

describe('breakdowns', () => {
  it('has no district row for partner departments', () => {
    const dept = insertUnit(ctx, { name: '市公安局', district: '321300', category: '协作部门', ownership: '公立', kind: 'department' }, 21);
    insertSubmission(ctx, fx.campaign.id, { period: P2, unit: dept, received: '2023-07-01', values: [['GA1', '', 2]] });
    expect(statsPivot(ctx, { period: P2, dims: ['district'] }).rows.map((r) => r.keys[0].code)).toEqual(['321302', '321311']);
  });

  it('pivots by district with 0/0 shown as "—"', () => {
    const p = statsPivot(ctx, { period: P2, dims: ['district'] });
    expect(p.rows.map((r) => r.keys[0].label)).toEqual(['宿城区', '宿豫区']);
    const [sc, sy] = p.rows.map((r) => r.figures);
    expect(sc.C1).toMatchObject({ period: 6, cumulative: 13 });
    expect(sy.C1).toMatchObject({ period: 0, cumulative: 3, previous: 3 });
    // 宿豫区 P2: only U5 reported G1 = 0, G3 = 0.
    expect(sy.G5.ratios!.period).toMatchObject({ numerator: 0, denominator: 0, text: '—' });
    expect(sc.D3.ratios!.cumulative.text).toBe('66.7%');
    expect(sy.D3.ratios!.cumulative.text).toBe('0.0%');
  });

  it('keeps 未报 (null) apart from a reported 0 in a category breakdown', () => {
    const p = statsPivot(ctx, { period: P1, dims: ['category'], indicators: ['C1'] });
    const byLabel = Object.fromEntries(p.rows.map((r) => [r.keys[0].code, r.figures.C1.period]));
    expect(byLabel['诊所']).toBe(0);
    expect(byLabel['卫生院（乡镇/街道）']).toBeNull();
    expect(p.rows.map((r) => r.keys[0].code)).toEqual(['综合医院', '专科医院', '卫生院（乡镇/街道）', '门诊部', '诊所']);
  });

  it('splits 公立/社会办 and 省直省管', () => {
    const own = statsPivot(ctx, { period: P2, dims: ['ownership'], indicators: ['A1', 'C1'] });
    expect(own.rows.map((r) => [r.keys[0].code, r.figures.A1.period, r.figures.C1.cumulative])).toEqual([['公立', 3, 12], ['社会办', 3, 4]]);
    const direct = statsPivot(ctx, { period: P2, dims: ['direct'], indicators: ['C1'] });
    expect(direct.rows.map((r) => [r.keys[0].label, r.figures.C1.cumulative])).toEqual([['属地管理', 13], ['省直省管', 3]]);
  });

  it('builds the 区县 × 整治重点 main table whose cells add up to the totals', () => {
    const m = statsMainTable(ctx, { period: P2 });
    expect(m.columns.map((c) => c.label)).toEqual(['医托', '乱收费', '诱导消费', '医德医风']);
    const sc = m.rows[0];
    // 宿城区 F1: I1 + I6 found, both rectified by P2; C2 F1 累计 3 + 1 + 1.
    expect(sc.cells[0].D1.cumulative).toBe(2);
    expect(sc.cells[0].D3.ratios!.cumulative.text).toBe('100.0%');
    expect(sc.cells[0].C2.cumulative).toBe(5);
    expect(sc.cells[0].A1).toBeUndefined();
    expect(m.totalRow.cells.map((c) => c.C2.cumulative)).toEqual([5, 6, 2, 1]);
    expect(m.totalRow.total.C2.cumulative).toBe(14);
    expect(m.rows.reduce((n, r) => n + (r.total.D1.cumulative ?? 0), 0)).toBe(m.totalRow.total.D1.cumulative);
  });

  it('pivots district × focus with every focus area per district', () => {
    const p = statsPivot(ctx, { period: P2, dims: ['district', 'focus'], indicators: ['D4'] });
    expect(p.rows).toHaveLength(8);
    expect(p.rows.map((r) => r.figures.D4.period)).toEqual([0, 1, 0, 0, 0, 0, 1, 1]);
  });
});

describe('trend and checks', () => {
  it('gives one point per period with flows null where nobody reported', () => {
    const t = statsTrend(ctx, { period: '2023-07-H2', indicators: ['C1', 'D1', 'D4'] });
    expect(t.points.map((p) => p.period.code)).toEqual([P1, P2, P3, '2023-07-H2']);
    expect(t.points.map((p) => p.figures.C1.period)).toEqual([10, 6, 0, null]);
    expect(t.points.map((p) => p.figures.D4.period)).toEqual([4, 3, 3, 3]);
    const sy = statsTrend(ctx, { period: P2, indicators: ['C1'], scope: [{ dim: 'district', code: '321311', label: '宿豫区' }] });
    expect(sy.points.map((p) => p.figures.C1.cumulative)).toEqual([3, 3]);
  });

  it('checks districts against the thresholds and ranks them with stable ties', () => {
    const c = statsChecks(ctx, { period: P2 });
    const b2 = c.checks.find((x) => x.code === 'B2')!;
    expect(b2.threshold).toBe(100);
    // 宿城区 U1 U2 U3 all self-inspected (3/3); 宿豫区 U4 U5 (2/3).
    expect(b2.rows.map((r) => [r.key.label, r.ratio.text, r.status])).toEqual([['宿城区', '100.0%', 'pass'], ['宿豫区', '66.7%', 'fail']]);
    expect(b2.total.status).toBe('fail');
    const c5 = c.checks.find((x) => x.code === 'C5')!;
    expect([c5.na, c5.passed, c5.failed]).toEqual([2, 0, 0]);
    const d3 = c.rankings.find((r) => r.code === 'D3')!;
    expect(d3.best.map((e) => e.key.label)).toEqual(['宿城区']);
    expect(d3.worst.map((e) => e.key.label)).toEqual(['宿豫区']);
    const d5 = c.rankings.find((r) => r.code === 'D5')!;
    // Both districts have 1 overdue issue: shared rank 1, ordered by code, nobody on the worst list.
    expect(d5.entries.map((e) => [e.rank, e.key.code])).toEqual([[1, '321302'], [1, '321311']]);
    expect(d5.worst).toEqual([]);
  });
});
