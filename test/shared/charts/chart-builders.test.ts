import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  barChartSpec,
  chartSpecFromRows,
  lineChartSpec,
  makeChartSpec,
  rateBarSpec,
  ratePercent,
  rectificationProgressSpec,
  sharesOf,
  stackedBarChartSpec,
} from '../../../shared/charts/chart-builders';
import { CHART_PALETTE, PROGRESS_COLORS } from '../../../shared/charts/chart-spec';
import { AppError } from '../../../shared/errors';

const DISTRICTS = ['宿城区', '宿豫区', '沭阳县', '泗阳县', '泗洪县'];

describe('makeChartSpec', () => {
  it('turns undefined into 未报 (null), fills palette colours and copies the inputs', () => {
    const categories = [...DISTRICTS];
    const spec = makeChartSpec('bar', {
      id: 'found',
      title: '发现问题数',
      categories,
      unit: '个',
      series: [
        { key: 'found', name: '发现问题', values: [1, undefined, 3, null, 5] },
        { key: 'fixed', name: '已整改', values: [1, 2, 3, 4, 5], color: '#123456' },
      ],
    });
    expect(spec.series[0].values).toEqual([1, null, 3, null, 5]);
    expect(spec.series[0].color).toBe(CHART_PALETTE[0]);
    expect(spec.series[1].color).toBe('#123456');
    expect(spec).not.toHaveProperty('percent');
    categories.push('外地');
    expect(spec.categories).toHaveLength(5);
  });

  it('sets the chart type through the short builders', () => {
    const input = { id: 'x', title: 't', categories: ['宿城区'], unit: '个', series: [{ key: 'a', name: 'a', values: [1] }] };
    expect(barChartSpec(input).type).toBe('bar');
    expect(lineChartSpec(input).type).toBe('line');
    expect(stackedBarChartSpec(input).type).toBe('stacked-bar');
  });

  it('validates where the spec is built', () => {
    expect(() =>
      barChartSpec({ id: 'x', title: '坏图', categories: DISTRICTS, unit: '个', series: [{ key: 'a', name: '甲', values: [1, 2] }] }),
    ).toThrow(AppError);
  });
});

describe('chartSpecFromRows', () => {
  it('reads categories and series from statistics rows', () => {
    const rows = [
      { district: '宿城区', found: 10, fixed: 8 },
      { district: '宿豫区', found: 6, fixed: undefined },
    ];
    const spec = chartSpecFromRows('stacked-bar', {
      id: 'rows',
      title: '按县区',
      unit: '个',
      rows,
      category: (r) => r.district,
      series: [
        { key: 'found', name: '发现', value: (r) => r.found },
        { key: 'fixed', name: '整改', value: (r) => r.fixed },
      ],
    });
    expect(spec.type).toBe('stacked-bar');
    expect(spec.categories).toEqual(['宿城区', '宿豫区']);
    expect(spec.series.map((s) => s.values)).toEqual([
      [10, 6],
      [8, null],
    ]);
  });
});

describe('sharesOf', () => {
  it('rounds to one decimal and always adds up to exactly 100', () => {
    expect(sharesOf([1, 1, 1])).toEqual([33.4, 33.3, 33.3]);
    expect(sharesOf([30, 8, 4])).toEqual([71.4, 19.1, 9.5]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 8 }), (values) => {
        const shares = sharesOf(values);
        if (values.every((v) => v === 0)) return shares.every((s) => s === null);
        const sum = shares.reduce<number>((a, b) => a + (b ?? 0), 0);
        return Math.round(sum * 10) === 1000 && shares.every((s) => s !== null && s >= 0 && Math.round(s * 10) === s * 10);
      }),
    );
  });

  it('keeps null entries null and returns nulls when nothing was reported', () => {
    expect(sharesOf([3, null, 1])).toEqual([75, null, 25]);
    expect(sharesOf([null, null])).toEqual([null, null]);
    expect(sharesOf([0, 0])).toEqual([null, null]);
  });
});

describe('rectificationProgressSpec', () => {
  const rows = [
    { category: '宿城区', rectified: 30, inProgress: 8, overdue: 4 },
    { category: '泗阳县', rectified: null, inProgress: null, overdue: null },
  ];

  it('builds a progress chart of 已整改 / 整改中 / 逾期未整改 with the fixed state colours', () => {
    const spec = rectificationProgressSpec({ id: 'progress', title: '整改进度', rows });
    expect(spec.type).toBe('progress');
    expect(spec.unit).toBe('个');
    expect(spec.percent).toBeUndefined();
    expect(spec.series.map((s) => s.name)).toEqual(['已整改', '整改中', '逾期未整改']);
    expect(spec.series.map((s) => s.color)).toEqual([PROGRESS_COLORS.rectified, PROGRESS_COLORS.inProgress, PROGRESS_COLORS.overdue]);
    expect(spec.series[0].values).toEqual([30, null]);
  });

  it('turns counts into shares of 100% on request, with a target line', () => {
    const spec = rectificationProgressSpec({ id: 'p', title: '整改进度', rows, asShare: true, target: { value: 50, label: '目标 50%' } });
    expect(spec.percent).toBe(true);
    expect(spec.unit).toBe('%');
    expect(spec.series.map((s) => s.values[0])).toEqual([71.4, 19.1, 9.5]);
    expect(spec.series.map((s) => s.values[1])).toEqual([null, null, null]);
    expect(spec.threshold).toEqual({ value: 50, label: '目标 50%' });
  });
});

describe('rateBarSpec and ratePercent', () => {
  it('builds a percent bar chart with a target', () => {
    const spec = rateBarSpec({
      id: 'coverage',
      title: '社会办医疗机构检查覆盖率',
      categories: DISTRICTS,
      values: [62.5, 48, 71.3, undefined, 35],
      seriesName: '检查覆盖率',
      target: { value: 50, label: '目标 50%' },
    });
    expect(spec).toMatchObject({ type: 'bar', percent: true, unit: '%', threshold: { value: 50 } });
    expect(spec.series[0]).toMatchObject({ key: 'rate', name: '检查覆盖率', values: [62.5, 48, 71.3, null, 35] });
  });

  it('computes a one-decimal rate and null without a denominator', () => {
    expect(ratePercent(1, 3)).toBe(33.3);
    expect(ratePercent(2, 3)).toBe(66.7);
    expect(ratePercent(5, 0)).toBeNull();
    expect(ratePercent(null, 10)).toBeNull();
  });
});
