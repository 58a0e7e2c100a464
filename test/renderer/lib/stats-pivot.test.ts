import { describe, expect, it } from 'vitest';
import { drillScope, pivotGrid, scopeLabel, TOTAL_ROW_KEY } from '../../../renderer/lib/stats-pivot';
import { key, pivot } from './stats-fixtures';

const SC = key('district', '321302', '宿城区');
const SY = key('district', '321311', '宿豫区');
const F1 = key('focus', 'F1', '医托');
const F2 = key('focus', 'F2', '乱收费');

describe('pivotGrid', () => {
  it('lays one dimension out as rows plus the backend total', () => {
    const g = pivotGrid(pivot(['district'], [{ keys: [SC], d1: 3 }, { keys: [SY], d1: null }], 3));
    expect(g.colDim).toBeNull();
    expect(g.rows.map((r) => [r.key, r.head?.label ?? '合计', r.total?.D1.period])).toEqual([
      ['321302', '宿城区', 3], ['321311', '宿豫区', null], [TOTAL_ROW_KEY, '合计', 3],
    ]);
  });

  it('crosses two dimensions, taking row and column totals from the one-dimension pivots', () => {
    const main = pivot(['district', 'focus'], [
      { keys: [SC, F1], d1: 1 }, { keys: [SC, F2], d1: 2 }, { keys: [SY, F2], d1: 4 },
    ], 99);
    const byRow = pivot(['district'], [{ keys: [SC], d1: 30 }, { keys: [SY], d1: 40 }], 0);
    const byCol = pivot(['focus'], [{ keys: [F1], d1: 10 }, { keys: [F2], d1: 20 }], 0);
    const g = pivotGrid(main, byRow, byCol);
    expect(g.colKeys.map((k) => k.label)).toEqual(['医托', '乱收费']);
    const [sc, sy, total] = g.rows;
    expect([sc.byCol.F1?.D1.period, sc.byCol.F2?.D1.period, sc.total?.D1.period]).toEqual([1, 2, 30]);
    // A member combination the backend did not list stays empty rather than becoming 0.
    expect(sy.byCol.F1).toBeUndefined();
    expect(sy.total?.D1.period).toBe(40);
    expect(total.head).toBeNull();
    expect([total.byCol.F1?.D1.period, total.byCol.F2?.D1.period, total.total?.D1.period]).toEqual([10, 20, 99]);
  });

  it('leaves totals empty while the one-dimension pivots are still loading', () => {
    const g = pivotGrid(pivot(['district', 'focus'], [{ keys: [SC, F1], d1: 1 }], 1));
    expect(g.rows[0].total).toBeUndefined();
    expect(g.rows[1].byCol).toEqual({});
  });
});

describe('drillScope / scopeLabel', () => {
  it('turns the members of a cell into drill filters', () => {
    expect(drillScope([SC, F1])).toEqual({ district: '321302', focus: 'F1' });
    expect(drillScope([key('ownership', '社会办', '社会办'), key('direct', '1', '省直省管'), key('category', '综合医院', '综合医院')]))
      .toEqual({ ownership: '社会办', direct: true, category: '综合医院' });
    expect(drillScope([key('direct', '0', '属地管理'), null])).toEqual({ direct: false });
    expect(drillScope([null, undefined])).toEqual({});
  });

  it('names the scope', () => {
    expect(scopeLabel([SC, F1])).toBe('宿城区 · 医托');
    expect(scopeLabel([null])).toBe('全市');
  });
});
