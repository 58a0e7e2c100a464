import { describe, expect, it } from 'vitest';
import {
  assertValidChartSpec,
  CHART_PALETTE,
  categoryTotals,
  chartSpecProblems,
  formatChartValue,
  formatChartValueWithUnit,
  hasOnlyIntegers,
  isEmptyChart,
  lightness,
  paletteColor,
  PROGRESS_COLORS,
  seriesColor,
  type ChartSpec,
} from '../../../shared/charts/chart-spec';
import { AppError } from '../../../shared/errors';

const DISTRICTS = ['宿城区', '宿豫区', '沭阳县', '泗阳县', '泗洪县'];

function spec(over: Partial<ChartSpec> = {}): ChartSpec {
  return {
    id: 'found',
    type: 'bar',
    title: '各县区发现问题数',
    categories: DISTRICTS,
    unit: '个',
    series: [
      { key: 'found', name: '发现问题', values: [4, 3, null, 0, 7] },
      { key: 'fixed', name: '已整改', values: [2, 3, null, 0, 1] },
    ],
    ...over,
  };
}

describe('chartSpecProblems', () => {
  it('accepts a well-formed spec', () => {
    expect(chartSpecProblems(spec())).toEqual([]);
    expect(() => assertValidChartSpec(spec())).not.toThrow();
  });

  it('names the chart, the series and the problem in Chinese', () => {
    const bad = spec({
      series: [
        { key: 'found', name: '发现问题', values: [1, 2, 3] },
        { key: 'found', name: '重复', values: [1, 2, 3, 4, Number.NaN] },
        { key: 'a.b', name: '坏键', values: [1, 2, 3, 4, 5], color: 'red' },
      ],
    });
    const problems = chartSpecProblems(bad);
    expect(problems).toContain('图表「各县区发现问题数」第1个系列「发现问题」有 3 个值，但分类有 5 个');
    expect(problems).toContain('图表「各县区发现问题数」第2个系列「重复」的 key「found」重复');
    expect(problems).toContain('图表「各县区发现问题数」第2个系列「重复」在「泗洪县」处的值不是有限数');
    expect(problems.some((p) => p.includes('「a.b」只能含字母'))).toBe(true);
    expect(problems.some((p) => p.includes('颜色「red」应为 #RRGGBB'))).toBe(true);
  });

  it('rejects an empty series list and an unknown type', () => {
    expect(chartSpecProblems(spec({ series: [] }))).toContain('图表「各县区发现问题数」没有数据系列');
    const weird = { ...spec(), type: 'pie' } as unknown as ChartSpec;
    expect(chartSpecProblems(weird)[0]).toContain('类型「pie」不受支持');
  });

  it('throws AppError(internal) for a malformed spec: it is a bug in the statistics code', () => {
    try {
      assertValidChartSpec(spec({ categories: ['宿城区'] }));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('internal');
      expect((e as AppError).message).toContain('分类有 1 个');
    }
  });
});

describe('value formatting', () => {
  it('keeps at most one decimal, marks percent, and writes 未报 for null', () => {
    expect(formatChartValue(12, {})).toBe('12');
    expect(formatChartValue(3.46, {})).toBe('3.5');
    expect(formatChartValue(0, {})).toBe('0');
    expect(formatChartValue(45.55, { percent: true })).toBe('45.6%');
    expect(formatChartValue(null, { percent: true })).toBe('未报');
    expect(formatChartValue(Number.NaN, {})).toBe('未报');
  });

  it('adds the unit for counts only', () => {
    expect(formatChartValueWithUnit(12, { unit: '个' })).toBe('12个');
    expect(formatChartValueWithUnit(50, { unit: '%', percent: true })).toBe('50%');
    expect(formatChartValueWithUnit(null, { unit: '个' })).toBe('未报');
  });
});

describe('derived values', () => {
  it('totals each category, null only when every series is 未报', () => {
    expect(categoryTotals(spec())).toEqual([6, 6, null, 0, 8]);
    const partial = spec({ series: [{ key: 'a', name: 'a', values: [1, null, null, 2, 3] }, { key: 'b', name: 'b', values: [null, 2, null, 2, 0] }] });
    expect(categoryTotals(partial)).toEqual([1, 2, null, 4, 3]);
  });

  it('detects all-missing charts and integer-only data', () => {
    expect(isEmptyChart(spec())).toBe(false);
    expect(isEmptyChart(spec({ series: [{ key: 'a', name: 'a', values: [null, null, null, null, null] }] }))).toBe(true);
    expect(isEmptyChart(spec({ categories: [], series: [{ key: 'a', name: 'a', values: [] }] }))).toBe(true);
    expect(hasOnlyIntegers(spec())).toBe(true);
    expect(hasOnlyIntegers(spec({ series: [{ key: 'a', name: 'a', values: [1.5, 2, null, 3, 4] }] }))).toBe(false);
  });
});

describe('print palette', () => {
  it('keeps neighbouring palette colours apart in grayscale (CIE L* difference ≥ 12)', () => {
    for (let i = 0; i + 1 < CHART_PALETTE.length; i++) {
      expect(Math.abs(lightness(CHART_PALETTE[i]) - lightness(CHART_PALETTE[i + 1]))).toBeGreaterThanOrEqual(12);
    }
  });

  it('keeps the first four colours pairwise apart in grayscale', () => {
    const first = CHART_PALETTE.slice(0, 4).map(lightness);
    for (let i = 0; i < first.length; i++) {
      for (let j = i + 1; j < first.length; j++) expect(Math.abs(first[i] - first[j])).toBeGreaterThanOrEqual(12);
    }
  });

  it('keeps 已整改 / 整改中 / 逾期 apart in grayscale', () => {
    const l = Object.values(PROGRESS_COLORS).map(lightness);
    expect(Math.abs(l[0] - l[1])).toBeGreaterThanOrEqual(20);
    expect(Math.abs(l[1] - l[2])).toBeGreaterThanOrEqual(20);
    expect(Math.abs(l[0] - l[2])).toBeGreaterThanOrEqual(20);
  });

  it('computes lightness on the CIE scale and cycles the palette', () => {
    expect(lightness('#000000')).toBeCloseTo(0, 5);
    expect(lightness('#FFFFFF')).toBeCloseTo(100, 1);
    expect(paletteColor(CHART_PALETTE.length)).toBe(CHART_PALETTE[0]);
    expect(seriesColor(spec(), 1)).toBe(CHART_PALETTE[1]);
    expect(seriesColor({ series: [{ key: 'a', name: 'a', values: [], color: '#123456' }] }, 0)).toBe('#123456');
  });
});
