import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addNullable, change, changeSentence, formatPercent, formatWanYuan, formatYuan, ratio, roundTo, subtractNullable, sumNullable,
} from '../../../shared/stats/arithmetic';

describe('nullable sums', () => {
  it('keeps 未报 (null) apart from 0', () => {
    expect(addNullable(null, null)).toBeNull();
    expect(addNullable(null, 0)).toBe(0);
    expect(addNullable(3, undefined)).toBe(3);
    expect(sumNullable([null, null])).toBeNull();
    expect(sumNullable([null, 2, 0, 5])).toBe(7);
    expect(subtractNullable(5, null)).toBeNull();
    expect(subtractNullable(5, 7)).toBe(-2);
  });
});

describe('ratio', () => {
  it('recomputes from parts and shows — for a 0 or unknown denominator', () => {
    expect(ratio(5, 8)).toEqual({ numerator: 5, denominator: 8, percent: 62.5, text: '62.5%' });
    expect(ratio(0, 0)).toMatchObject({ percent: null, text: '—' });
    expect(ratio(3, 0).text).toBe('—');
    expect(ratio(null, 4).text).toBe('—');
    expect(ratio(0, 4).text).toBe('0.0%');
    expect(ratio(4, 4).text).toBe('100.0%');
  });

  it('rounds half away from zero at the shown decimal', () => {
    expect(formatPercent(0.05)).toBe('0.1%');
    expect(formatPercent(66.65)).toBe('66.7%');
    expect(ratio(1, 3).text).toBe('33.3%');
    expect(ratio(2, 3).text).toBe('66.7%');
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-2.25, 1)).toBe(-2.3);
  });
});

describe('money', () => {
  it('formats 分 as 万元 and 元 with two decimals', () => {
    expect(formatWanYuan(1_234_567)).toBe('1.23');
    expect(formatWanYuan(1_235_000)).toBe('1.24');
    expect(formatWanYuan(0)).toBe('0.00');
    expect(formatWanYuan(null)).toBe('—');
    expect(formatYuan(123_456_789)).toBe('1,234,567.89');
    expect(formatYuan(-5)).toBe('-0.05');
  });
});

describe('环比', () => {
  it('classifies the direction and keeps unknown sides as na', () => {
    expect(change(6, 10)).toEqual({ current: 6, previous: 10, delta: -4, direction: 'down' });
    expect(change(2, 0)).toEqual({ current: 2, previous: 0, delta: 2, direction: 'up' });
    expect(change(0, 0)).toEqual({ current: 0, previous: 0, delta: 0, direction: 'flat' });
    expect(change(45.00000000001, 45).direction).toBe('flat');
    expect(change(null, 3).direction).toBe('na');
    expect(change(3, null).direction).toBe('na');
  });

  it('writes sentences that never break on 0, negative or 0/0', () => {
    const count = { kind: 'count', unit: '个', withPercent: true } as const;
    expect(changeSentence(change(5, 0), count)).toBe('较上期增加5个');
    expect(changeSentence(change(0, 0), count)).toBe('与上期持平');
    expect(changeSentence(change(0, 5), count)).toBe('较上期减少5个（下降100.0%）');
    expect(changeSentence(change(15, 10), count)).toBe('较上期增加5个（增长50.0%）');
    expect(changeSentence(change(-2, 3), count)).toBe('较上期减少5个（下降166.7%）');
    expect(changeSentence(change(1, -2), count)).toBe('较上期增加3个');
    expect(changeSentence(change(3, null), count)).toBe('上期无数据');
    expect(changeSentence(change(null, 3), count)).toBe('本期无数据');
    expect(changeSentence(change(null, null), count)).toBe('上期无数据');
    expect(changeSentence(change(52.7, 32.66), { kind: 'rate' })).toBe('较上期提高20.0个百分点');
    expect(changeSentence(change(40, 62.5), { kind: 'rate' })).toBe('较上期降低22.5个百分点');
    expect(changeSentence(change(150000, 0), { kind: 'money' })).toBe('较上期增加0.15万元');
    expect(changeSentence(change(150001, 150000), { kind: 'money' })).toBe('与上期基本持平');
  });

  it('never yields NaN, Infinity, undefined or an empty clause for any inputs', () => {
    const value = fc.option(fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), { nil: null });
    const style = fc.constantFrom(
      { kind: 'count', unit: '个', withPercent: true } as const, { kind: 'count', unit: '家' } as const,
      { kind: 'money' } as const, { kind: 'rate' } as const,
    );
    fc.assert(fc.property(value, value, style, (cur, prev, st) => {
      const text = changeSentence(change(cur, prev), st);
      expect(text.length).toBeGreaterThan(0);
      expect(text).not.toMatch(/NaN|Infinity|undefined|null|-/);
    }));
  });
});
