import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../electron/services/app-context';
import { notInspected, socialCoverage } from '../../../electron/services/coverage-service';
import { createInspection } from '../../../electron/services/inspection-service';
import { statsSummary } from '../../../electron/services/stats-service';
import { addUnits, tempContext, withCampaign, type TestUnit } from '../../helpers/context';

let ctx: AppContext;
let u: Record<string, TestUnit>;

const inspect = (unit: TestUnit, date: string, body = '宿城区卫生监督所') =>
  createInspection(ctx, { institutionId: unit.id, inspectedDate: date, body, form: '常规检查', focusCodes: ['F2'] });

beforeEach(() => {
  ctx = tempContext(new Date('2023-07-01T09:00:00+08:00'));
  withCampaign(ctx);
  const list = addUnits(ctx, [
    { name: '甲诊所', district: '321302', ownership: '社会办', category: '诊所' },
    { name: '乙诊所', district: '321302', ownership: '社会办', category: '诊所' },
    { name: '丙门诊部', district: '321302', ownership: '社会办', category: '门诊部' },
    { name: '丁诊所', district: '321302', ownership: '社会办', category: '诊所' },
    { name: '宿城区人民医院', district: '321302', ownership: '公立' },
    { name: '戊医院', district: '321311', ownership: '社会办' },
    { name: '己诊所', district: '321311', ownership: '社会办', category: '诊所' },
    { name: '庚诊所', district: '321311', ownership: '社会办', category: '诊所' },
    { name: '辛诊所', district: '321322', ownership: '社会办', category: '诊所' },
    { name: '壬诊所', district: '321322', ownership: '社会办', category: '诊所' },
  ]);
  u = Object.fromEntries(list.map((x) => [x.name, x]));
  // 辛 closed on 06-10 (before both cut-offs), 壬 on 06-20 (between them).
  ctx.db.prepare("UPDATE institutions SET retired_at = '2023-06-10T00:00:00.000Z' WHERE id = ?").run(u['辛诊所'].id);
  ctx.db.prepare("UPDATE institutions SET retired_at = '2023-06-20T00:00:00.000Z' WHERE id = ?").run(u['壬诊所'].id);
  inspect(u['甲诊所'], '2023-06-05');
  inspect(u['甲诊所'], '2023-06-12', '宿城区卫生健康局');
  inspect(u['乙诊所'], '2023-06-18');
  inspect(u['宿城区人民医院'], '2023-06-06');
  inspect(u['戊医院'], '2023-06-20', '宿豫区卫生监督所');
});
afterEach(() => ctx.db.close());

describe('socialCoverage', () => {
  it('counts distinct 社会办 institutions inspected to date over those on the roster, per district and city-wide', () => {
    const h2 = socialCoverage(ctx, '2023-06-H2');
    expect(h2.cutoff).toBe('2023-06-30');
    expect(h2.target).toBe(50);
    // 宿城: 甲 (twice, counted once) and 乙 of 甲乙丙丁 → 2/4 = 50.0%, passes exactly; the public hospital does not count.
    // 宿豫: 戊 of 戊己庚 → 1/3 = 33.3%. 沭阳: both retired by 06-30 → no row. City: 3/7 = 42.9%.
    expect(h2.byDistrict).toEqual([
      { districtCode: '321302', districtName: '宿城区', inspected: 2, total: 4, rate: 50, rateText: '50.0%', pass: true, notInspected: 2 },
      { districtCode: '321311', districtName: '宿豫区', inspected: 1, total: 3, rate: (1 / 3) * 100, rateText: '33.3%', pass: false, notInspected: 2 },
    ]);
    expect(h2.cityWide).toEqual({ inspected: 3, total: 7, rate: (3 / 7) * 100, rateText: '42.9%', pass: false });
    expect(h2.notInspected.map((r) => [r.districtCode, r.name])).toEqual([
      ['321302', '丁诊所'], ['321302', '丙门诊部'], ['321311', '己诊所'], ['321311', '庚诊所'],
    ]);
  });

  it('at an earlier cut-off counts only inspections up to it, against the roster of that day', () => {
    const h1 = socialCoverage(ctx, '2023-06-H1');
    // By 06-15 only 甲 was inspected; 壬 (retired 06-20) is still on the roster, 辛 (06-10) is not.
    expect(h1.byDistrict.map((d) => [d.districtCode, d.inspected, d.total, d.rateText, d.pass])).toEqual([
      ['321302', 1, 4, '25.0%', false], ['321311', 0, 3, '0.0%', false], ['321322', 0, 1, '0.0%', false],
    ]);
    expect(h1.cityWide).toMatchObject({ inspected: 1, total: 8, rateText: '12.5%', pass: false });
  });

  it('shows "—" and no verdict without 社会办 institutions, and lists the uninspected of one district', () => {
    ctx.db.prepare("UPDATE institutions SET ownership = '公立'").run();
    const none = socialCoverage(ctx, '2023-06-H2');
    expect(none.cityWide).toEqual({ inspected: 0, total: 0, rate: null, rateText: '—', pass: null });
    ctx.db.prepare("UPDATE institutions SET ownership = '社会办' WHERE name <> '宿城区人民医院'").run();
    expect(notInspected(ctx, '2023-06-H2', '321311').map((r) => r.name)).toEqual(['己诊所', '庚诊所']);
  });

  it('agrees with the statistics engine (C4 ÷ A2)', () => {
    const s = statsSummary(ctx, { period: '2023-06-H2' });
    const cov = socialCoverage(ctx, '2023-06-H2');
    expect(s.totals.C4.cumulative).toBe(cov.cityWide.inspected);
    expect(s.totals.A2.cumulative).toBe(cov.cityWide.total);
  });
});
