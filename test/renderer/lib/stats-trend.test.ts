import { describe, expect, it } from 'vitest';
import type { StatsTrend } from '../../../shared/stats/types';
import { shortPeriodLabel, trendChartSpecs } from '../../../renderer/lib/stats-trend';
import { countFigure, rateFigure } from './stats-fixtures';

const point = (code: string, label: string, d1: number | null, e6: number | null, d3: [number, number]) => ({
  period: { code, label, start: '', end: '', due: '' },
  figures: {
    D1: countFigure('D1', '发现问题', '个', d1, null, { cumulative: d1 === null ? null : d1 * 10 }),
    E1: countFigure('E1', '立案查处', '起', 1, null),
    E6: countFigure('E6', '罚没款合计', '元', e6, null, { money: true }),
    D3: rateFigure('D3', '整改率', d3, [0, 0]),
  },
});

const TREND: StatsTrend = {
  campaignCode: 'c', indicators: ['D1', 'E1', 'E6', 'D3'], scope: [],
  points: [point('2023-06-H1', '2023年6月上半月', 34, 1_234_567, [1, 4]), point('2023-06-H2', '2023年6月下半月', null, 0, [0, 0])],
};

describe('trendChartSpecs', () => {
  it('draws one line chart per display unit, with 未报 as gaps and money in 万元', () => {
    const specs = trendChartSpecs(TREND, ['D1', 'E6', 'D3', 'E1', 'ZZ'], 'period');
    expect(specs.map((s) => [s.type, s.unit, s.series.map((x) => x.key)])).toEqual([
      ['line', '个', ['D1']], ['line', '万元', ['E6']], ['line', '%', ['D3']], ['line', '起', ['E1']],
    ]);
    expect(specs[0].categories).toEqual(['6月上半月', '6月下半月']);
    expect(specs[0].series[0].values).toEqual([34, null]);
    expect(specs[1].series[0].values).toEqual([1.23, 0]);
    expect(specs[2].percent).toBe(true);
    expect(specs[2].series[0].values).toEqual([25, null]);
    expect(specs[0].title).toBe('发现问题（本期）趋势');
  });

  it('reads the cumulative measure and puts same-unit indicators on one chart', () => {
    const trend: StatsTrend = { ...TREND, points: TREND.points.map((p) => ({ ...p, figures: { ...p.figures, B3: countFigure('B3', '自查发现问题', '个', 2, null) } })) };
    const [spec] = trendChartSpecs(trend, ['D1', 'B3'], 'cumulative');
    expect(spec.series.map((s) => s.values)).toEqual([[340, null], [2, 2]]);
    expect(spec.title).toBe('发现问题、自查发现问题（累计）趋势');
  });

  it('shortens period labels', () => {
    expect(shortPeriodLabel('2023年12月下半月')).toBe('12月下半月');
  });
});
