import { describe, expect, it } from 'vitest';
import type { ProvinceFormView } from '../../../shared/ipc/contract/province-form';
import {
  applySuggestions, changedCount, describeMapping, focusOptions, mappingsOf, rowsFromView, scopeOptions, setField, setIndicator,
} from '../../../renderer/lib/province-form-mapping';

const options: ProvinceFormView['options'] = {
  indicators: [
    { code: 'C2', name: '开展检查', unit: '家次', byFocus: true, money: false, rate: false },
    { code: 'I2', name: '按时报送率', unit: '%', byFocus: false, money: false, rate: true },
    { code: 'E4', name: '罚款金额', unit: '元', byFocus: true, money: true, rate: false },
  ],
  focusAreas: [{ code: 'F1', name: '医托' }],
  districts: [{ code: '321302', name: '宿城区' }],
};
const cell = (c: string, mapping: ProvinceFormView['sheets'][number]['cells'][number]['mapping'] = null, suggestion: typeof mapping = null) => ({
  sheet: '汇总表', cell: c, row: 4, col: 2, rowLabel: '宿城区', colLabel: '开展检查 / 本期', value: null, percent: false, mapping, suggestion,
});
const m = (c: string, indicator: string, extra = {}) => ({ sheet: '汇总表', cell: c, indicator, focus: '', measure: 'period' as const, scope: 'total', ...extra });
const view: ProvinceFormView = {
  formName: 'f.xlsx', formSha256: 'x', sameAsStored: true, unplaced: [], options,
  sheets: [{ name: '汇总表', cells: [cell('B4', m('B4', 'C2')), cell('C4', null, m('C4', 'C2', { scope: '321302' })), cell('D4')] }],
};

describe('province form mapping rows', () => {
  it('start from the stored mapping; suggestions only fill unmapped cells when asked', () => {
    const rows = rowsFromView(view);
    expect(rows.map((r) => [r.key, r.mapping?.indicator ?? null])).toEqual([['汇总表!B4', 'C2'], ['汇总表!C4', null], ['汇总表!D4', null]]);
    expect(changedCount(rows)).toBe(0);
    const s = applySuggestions(rows);
    expect(s[1].mapping).toEqual(m('C4', 'C2', { scope: '321302' }));
    expect(changedCount(s)).toBe(1);
    expect(mappingsOf(s).map((x) => x.cell)).toEqual(['B4', 'C4']);
  });

  it('picking an indicator keeps sensible choices: no focus for a non-focus figure, 元 for money', () => {
    const [b4, c4] = rowsFromView(view);
    const withFocus = setField(b4, { focus: 'F1', measure: 'cumulative' });
    expect(setIndicator(withFocus, 'I2', options).mapping).toEqual(m('B4', 'I2', { measure: 'cumulative' }));
    expect(setIndicator(withFocus, 'E4', options).mapping).toEqual(m('B4', 'E4', { focus: 'F1', measure: 'cumulative', unit: '元' }));
    expect(setIndicator(c4, 'C2', options).mapping).toEqual(m('C4', 'C2', { scope: '321302' }));
    expect(setIndicator(b4, null, options).mapping).toBeNull();
    expect(setField(rowsFromView(view)[2], { focus: 'F1' }).mapping).toBeNull();
  });

  it('describes a mapping and offers 全部 choices first', () => {
    expect(describeMapping(m('B4', 'E4', { focus: 'F1', measure: 'cumulative', scope: '321302', unit: '万元' }), options)).toBe('E4 罚款金额 · 医托 · 累计 · 宿城区 · 万元');
    expect(describeMapping(m('B4', 'I2'), options)).toBe('I2 按时报送率 · 全部重点 · 本期 · 全部');
    expect(focusOptions(options)[0]).toEqual({ value: '', label: '全部重点' });
    expect(scopeOptions(options).map((o) => o.value)).toEqual(['total', '321302']);
  });
});
