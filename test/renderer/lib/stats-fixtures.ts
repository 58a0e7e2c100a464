/** Small hand-made statistics results for the renderer's formatting tests. */
import { change, ratio } from '../../../shared/stats/arithmetic';
import type { DimKey, Figure, FigureSet, StatsPivot } from '../../../shared/stats/types';

export function countFigure(code: string, name: string, unit: string, period: number | null, previous: number | null, o: Partial<Figure> = {}): Figure {
  return {
    code, name, unit, kind: 'flow', money: false, available: true,
    period, cumulative: period, previous, previousCumulative: previous,
    change: change(period, previous), changeCumulative: change(period, previous), ...o,
  };
}

export function rateFigure(code: string, name: string, num: [number | null, number | null], prev: [number | null, number | null]): Figure {
  const cur = ratio(num[0], num[1]);
  const before = ratio(prev[0], prev[1]);
  return {
    code, name, unit: '%', kind: 'rate', money: false, available: true,
    period: cur.percent, cumulative: cur.percent, previous: before.percent, previousCumulative: before.percent,
    ratios: { period: cur, cumulative: cur, previous: before, previousCumulative: before },
    change: change(cur.percent, before.percent), changeCumulative: change(cur.percent, before.percent),
  };
}

export const key = (dim: DimKey['dim'], code: string, label: string): DimKey => ({ dim, code, label });

export function figures(d1: number | null): FigureSet {
  return { D1: countFigure('D1', '发现问题', '个', d1, null) };
}

export function pivot(dims: StatsPivot['dims'], rows: { keys: DimKey[]; d1: number | null }[], total: number | null): StatsPivot {
  return {
    campaignCode: 'c', campaignName: '专项', cutoff: '2023-07-15',
    period: { code: '2023-07-H1', label: '2023年7月上半月', start: '2023-07-01', end: '2023-07-15', due: '2023-07-17' },
    previousPeriod: null, dims, indicators: ['D1'], notes: [],
    rows: rows.map((r) => ({ keys: r.keys, figures: figures(r.d1) })),
    total: figures(total),
  };
}
