/**
 * The trend view (stats:trend): line-chart specs for the chosen indicators over the campaign's
 * periods, drawn by the same SpecChart as every other chart. Indicators are grouped by the unit
 * they are shown in (a 个 count and a % rate never share an axis); money goes in 万元 exactly as
 * the tables print it. Values are the engine's, only rescaled for display.
 */
import { lineChartSpec } from '../../shared/charts/chart-builders';
import type { ChartSpec } from '../../shared/charts/chart-spec';
import { formatWanYuan } from '../../shared/stats/arithmetic';
import { displayUnit, type Measure } from '../../shared/stats/format';
import type { Figure, StatsTrend } from '../../shared/stats/types';

/** "2023年6月上半月" → "6月上半月": the year is the same across one campaign's axis. */
export function shortPeriodLabel(label: string): string {
  return label.replace(/^\d{4}年/, '');
}

function chartValue(f: Figure | undefined, m: Measure): number | null {
  if (!f || !f.available) return null;
  const v = f[m];
  if (v === null) return null;
  return f.money ? Number(formatWanYuan(v)) : v;
}

/** The first figure of `code` found in any point (for its name, unit and kind). */
function figureOf(trend: StatsTrend, code: string): Figure | undefined {
  for (const p of trend.points) if (p.figures[code]) return p.figures[code];
  return undefined;
}

export function trendChartSpecs(trend: StatsTrend, codes: readonly string[], m: Measure): ChartSpec[] {
  const groups = new Map<string, Figure[]>();
  for (const code of codes) {
    const f = figureOf(trend, code);
    if (!f) continue;
    const unit = displayUnit(f);
    groups.set(unit, [...(groups.get(unit) ?? []), f]);
  }
  const categories = trend.points.map((p) => shortPeriodLabel(p.period.label));
  const basis = m === 'cumulative' ? '累计' : '本期';
  return [...groups.entries()].map(([unit, figures]) => lineChartSpec({
    id: `trend-${figures.map((f) => f.code).join('-')}`,
    title: `${figures.map((f) => f.name).join('、')}（${basis}）趋势`,
    categories,
    unit,
    percent: unit === '%',
    series: figures.map((f) => ({ key: f.code, name: f.name, values: trend.points.map((p) => chartValue(p.figures[f.code], m)) })),
  }));
}
