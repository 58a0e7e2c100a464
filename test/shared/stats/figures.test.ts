import { describe, expect, it } from 'vitest';
import { Cube, mergeMeasures, read, type GroupAttrs } from '../../../shared/stats/cube';
import { buildFigures, FIGURE_ORDER } from '../../../shared/stats/figures';
import { figureChangeText, figureText } from '../../../shared/stats/format';
import { compareMembers, mainTable, pivotRows } from '../../../shared/stats/pivot';

const A: GroupAttrs = { district: '321302', category: '综合医院', ownership: '公立', direct: false };
const B: GroupAttrs = { district: '321311', category: '诊所', ownership: '社会办', direct: false };
const focusAreas = [{ code: 'F1', name: '医托' }, { code: 'F2', name: '乱收费' }];
const ctx = { focusScope: false, hasPrevious: true, inspections: false };

describe('cube', () => {
  it('adds counters, keeps absent ones null and zeros explicit', () => {
    const cube = new Cube();
    cube.add(A, 'F1', 'v:C2', 'p', 3);
    cube.add(B, 'F1', 'v:C2', 'p', 4);
    cube.touch(B, '', 'B1', 'p');
    cube.add(A, 'F1', 'unknown-family', 'p', 99); // dropped, never part of a figure
    const m = mergeMeasures(cube.cells.values());
    expect(read(m, 'v:C2', 'p')).toBe(7);
    expect(read(m, 'v:C2', 'c')).toBeNull();
    expect(read(m, 'B1', 'p')).toBe(0);
    expect(read(m, 'v:C1', 'p')).toBeNull();
  });
});

describe('buildFigures', () => {
  function cubeOf(): Cube {
    const c = new Cube();
    for (const [slot, e4, e5] of [['p', 100, null], ['c', 300, 50], ['q', 200, 50], ['qc', 200, 50]] as const) {
      c.add(A, 'F1', 'v:E4', slot, e4);
      if (e5 !== null) c.add(A, 'F2', 'v:E5', slot, e5);
    }
    for (const [slot, v] of [['p', 2], ['c', 5], ['q', 3], ['qc', 3]] as const) c.add(A, 'F1', 'D1', slot, v);
    c.add(A, 'F1', 'D2', 'p', 2);
    c.add(A, 'F1', 'D2', 'q', 0);
    c.add(A, '', 'A1', 'p', 4);
    c.add(A, '', 'A3', 'p', 4);
    c.add(A, '', 'A1', 'q', 4);
    c.add(A, '', 'A3', 'q', 4);
    c.add(A, '', 'B1', 'c', 3);
    return c;
  }

  it('derives E6 = E4 + E5 with 未报 kept apart, D3 from D2 over cumulative D1, B2 from B1 over A3', () => {
    const f = buildFigures(mergeMeasures(cubeOf().cells.values()), ctx);
    expect(Object.keys(f)).toEqual([...FIGURE_ORDER]);
    expect([f.E6.period, f.E6.cumulative, f.E6.previous]).toEqual([100, 350, 250]);
    expect(f.E5.period).toBeNull();
    expect(f.D3.ratios!.cumulative).toMatchObject({ numerator: 2, denominator: 5, text: '40.0%' });
    expect(f.D3.ratios!.previousCumulative.text).toBe('0.0%');
    expect(f.B2.ratios!.cumulative.text).toBe('75.0%');
    expect(f.B1.period).toBe(0); // counted: 0 institutions, not 未报
    expect(f.C1.period).toBeNull(); // nobody typed C1
    expect(f.C5).toMatchObject({ available: false });
    expect(figureText(f.E6, 'cumulative')).toBe('0.00');
    expect(figureText(f.D3, 'cumulative')).toBe('40.0%');
    expect(figureChangeText(f.D3, 'cumulative')).toBe('较上期提高40.0个百分点');
    expect(figureChangeText(f.D1)).toBe('较上期减少1个');
  });

  it('has no 上期 in the first period and only focus-split figures in a focus scope', () => {
    const first = buildFigures(mergeMeasures(cubeOf().cells.values()), { ...ctx, hasPrevious: false });
    expect(first.D1.previous).toBeNull();
    expect(first.D1.change.direction).toBe('na');
    expect(first.A1.previous).toBeNull();
    const focus = buildFigures(mergeMeasures([...cubeOf().cells.values()].filter((c) => c.focus === 'F1')), { ...ctx, focusScope: true });
    expect(focus.A1).toBeUndefined();
    expect(focus.C1).toBeUndefined();
    expect(focus.E6.cumulative).toBe(300);
    expect(focus.D1.cumulative).toBe(5);
  });
});

describe('pivot', () => {
  it('orders members by code, campaign focus order and the category list', () => {
    expect(compareMembers('focus', 'F2', 'F1', focusAreas)).toBeGreaterThan(0);
    expect(compareMembers('category', '诊所', '综合医院', focusAreas)).toBeGreaterThan(0);
    expect(compareMembers('category', 'ZZ自定义', '诊所', focusAreas)).toBeGreaterThan(0);
    expect(compareMembers('direct', '1', '0', focusAreas)).toBeGreaterThan(0);
  });

  it('crosses every district with every focus area, general cells only in totals', () => {
    const c = new Cube();
    c.add(A, '', 'v:C1', 'p', 5);
    c.add(B, 'F2', 'v:C2', 'p', 1);
    c.touch(A, '', 'A1', 'p');
    const opts = { focusAreas, hasPrevious: false, inspections: false };
    const rows = pivotRows(c, ['district', 'focus'], opts);
    expect(rows.map((r) => r.keys.map((k) => k.label).join('/'))).toEqual(['宿城区/医托', '宿城区/乱收费', '宿豫区/医托', '宿豫区/乱收费']);
    expect(rows.map((r) => r.figures.C2.period)).toEqual([null, null, null, 1]);
    expect(rows[0].figures.C1).toBeUndefined();
    const header = { campaignCode: 'x', campaignName: 'x', period: { code: 'p', label: 'p', start: 's', end: 'e', due: 'd' }, previousPeriod: null, cutoff: 'e' };
    const m = mainTable(c, header, ['C1', 'C2'], opts, []);
    expect(m.rows.map((r) => [r.key.label, r.total.C1.period, r.cells.map((x) => x.C2.period)])).toEqual([['宿城区', 5, [null, null]], ['宿豫区', null, [null, 1]]]);
    expect(m.totalRow.total.C1.period).toBe(5);
  });
});
