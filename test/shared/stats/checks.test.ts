import { describe, expect, it } from 'vitest';
import { ratio, change } from '../../../shared/stats/arithmetic';
import { campaignChecks, checkStatus, rankUnits, type UnitFigures } from '../../../shared/stats/checks';
import type { Figure } from '../../../shared/stats/types';

function rate(code: string, num: number | null, den: number | null): Figure {
  const r = ratio(num, den);
  return {
    code, name: code, unit: '%', kind: 'rate', money: false, available: true,
    period: r.percent, cumulative: r.percent, previous: null, previousCumulative: null,
    ratios: { period: r, cumulative: r, previous: ratio(null, null), previousCumulative: ratio(null, null) },
    change: change(r.percent, null), changeCumulative: change(r.percent, null),
  };
}

function count(code: string, v: number | null): Figure {
  return {
    code, name: code, unit: '个', kind: 'stock', money: false, available: true,
    period: v, cumulative: v, previous: null, previousCumulative: null, change: change(v, null), changeCumulative: change(v, null),
  };
}

const unit = (code: string, figures: Figure[]): UnitFigures => ({
  key: { dim: 'district', code, label: `区${code}` },
  figures: Object.fromEntries(figures.map((f) => [f.code, f])),
});

describe('checkStatus', () => {
  it('passes at the target as shown (rounded to 0.1), is na without a rate', () => {
    expect(checkStatus(ratio(1, 2), 50)).toBe('pass');
    expect(checkStatus(ratio(4994, 10000), 50)).toBe('fail'); // 49.94% shows as 49.9%
    expect(checkStatus(ratio(49996, 100000), 50)).toBe('pass'); // 49.996% shows as 50.0%
    expect(checkStatus(ratio(0, 0), 50)).toBe('na');
  });
});

describe('campaignChecks', () => {
  it('checks 自查覆盖率 and 社会办检查覆盖率 per unit on cumulative rates', () => {
    const units = [unit('1', [rate('B2', 3, 3), rate('C5', 1, 4)]), unit('2', [rate('B2', 2, 3), rate('C5', 0, 0)])];
    const [b2, c5] = campaignChecks({ selfInspectionCoverage: 100, socialInspectionCoverage: 50 }, units, { B2: rate('B2', 5, 6), C5: rate('C5', 1, 4) });
    expect(b2.rows.map((r) => r.status)).toEqual(['pass', 'fail']);
    expect([b2.passed, b2.failed, b2.na, b2.total.status]).toEqual([1, 1, 0, 'fail']);
    expect(c5.rows.map((r) => [r.ratio.text, r.status])).toEqual([['25.0%', 'fail'], ['—', 'na']]);
  });
});

describe('rankUnits', () => {
  const spec = { code: 'D3', label: '整改率', better: 'higher', basis: 'cumulative' } as const;

  it('ranks best first with shared ranks for equal shown values and code order among ties', () => {
    const units = [
      unit('5', [rate('D3', 1, 3)]), unit('3', [rate('D3', 2, 3)]), unit('1', [rate('D3', 333, 1000)]),
      unit('2', [rate('D3', 0, 0)]), unit('4', [rate('D3', 9, 10)]), unit('6', [rate('D3', 1, 10)]),
    ];
    const r = rankUnits(spec, units, 2);
    // 33.3% (1/3) and 33.3% (333/1000) tie at the shown precision: rank 3 both, code 1 before 5.
    expect(r.entries.map((e) => [e.rank, e.key.code, e.text])).toEqual([[1, '4', '90.0%'], [2, '3', '66.7%'], [3, '1', '33.3%'], [3, '5', '33.3%'], [5, '6', '10.0%']]);
    expect(r.unranked.map((k) => k.code)).toEqual(['2']);
    expect(r.best.map((e) => e.key.code)).toEqual(['4', '3']);
    expect(r.worst.map((e) => e.key.code)).toEqual(['6', '5', '1']);
  });

  it('ranks lower-is-better counts and criticises nobody when all are equal', () => {
    const d5 = { code: 'D5', label: '逾期', better: 'lower', basis: 'cumulative' } as const;
    const r = rankUnits(d5, [unit('1', [count('D5', 4)]), unit('2', [count('D5', 0)]), unit('3', [count('D5', 2)]), unit('4', [count('D5', null)])]);
    expect(r.entries.map((e) => [e.rank, e.key.code, e.text])).toEqual([[1, '2', '0个'], [2, '3', '2个'], [3, '1', '4个']]);
    expect(r.best.map((e) => e.key.code)).toEqual(['2']);
    expect(r.worst.map((e) => e.key.code)).toEqual(['1']);
    const equal = rankUnits(d5, [unit('1', [count('D5', 1)]), unit('2', [count('D5', 1)])]);
    expect(equal.entries.map((e) => e.rank)).toEqual([1, 1]);
    expect(equal.worst).toEqual([]);
  });

  it('is stable whatever the input order', () => {
    const units = [unit('b', [count('D5', 1)]), unit('a', [count('D5', 1)]), unit('c', [count('D5', 0)])];
    const d5 = { code: 'D5', label: '逾期', better: 'lower', basis: 'period' } as const;
    const a = rankUnits(d5, units).entries.map((e) => e.key.code);
    const b = rankUnits(d5, [...units].reverse()).entries.map((e) => e.key.code);
    expect(a).toEqual(['c', 'a', 'b']);
    expect(b).toEqual(a);
  });
});
