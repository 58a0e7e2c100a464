/**
 * The charts of a period, built once from statistics results and rendered by the same recharts
 * component on screen (统计分析/工作台) and as PNG in documents — one spec, no second drawing path.
 */
import type { ChartSpec } from '../charts/chart-spec';
import { barChartSpec, lineChartSpec, rateBarSpec, rectificationProgressSpec, stackedBarChartSpec } from '../charts/chart-builders';
import type { FigureSet } from '../stats/types';

export interface ChartInputs {
  /** One row per district with its cumulative figures. */
  districts: { name: string; figures: FigureSet }[];
  /** District × focus: D1 (累计发现问题) per focus area for each district, same order as `districts`. */
  districtFocus: { focusNames: string[]; values: (number | null)[][] };
  /** Campaign periods up to the current one with their figures. */
  trend: { label: string; figures: FigureSet }[];
  socialTarget: number;
}

const cum = (f: FigureSet, code: string) => f[code]?.cumulative ?? null;
const per = (f: FigureSet, code: string) => f[code]?.period ?? null;

export function periodCharts(x: ChartInputs): ChartSpec[] {
  const names = x.districts.map((d) => d.name);
  const charts: ChartSpec[] = [
    barChartSpec({
      id: 'district-issues', title: '各区县累计发现及整改问题', categories: names, unit: '个',
      series: [
        { key: 'D1', name: '发现问题', values: x.districts.map((d) => cum(d.figures, 'D1')) },
        { key: 'D2', name: '已整改', values: x.districts.map((d) => cum(d.figures, 'D2')) },
      ],
    }),
    rectificationProgressSpec({
      id: 'district-progress', title: '各区县问题整改进度', asShare: true, target: undefined,
      rows: x.districts.map((d) => ({ category: d.name, rectified: cum(d.figures, 'D2'), inProgress: subtract(cum(d.figures, 'D4'), cum(d.figures, 'D5')), overdue: cum(d.figures, 'D5') })),
    }),
    stackedBarChartSpec({
      id: 'district-focus', title: '各区县分整治重点累计发现问题', categories: names, unit: '个',
      series: x.districtFocus.focusNames.map((n, i) => ({ key: `f${i}`, name: n, values: x.districtFocus.values.map((row) => row[i] ?? null) })),
    }),
    lineChartSpec({
      id: 'trend', title: '各报告期新增问题及立案查处趋势', categories: x.trend.map((t) => t.label), unit: '个',
      series: [
        { key: 'D1', name: '新增问题', values: x.trend.map((t) => per(t.figures, 'D1')) },
        { key: 'E1', name: '立案查处', values: x.trend.map((t) => per(t.figures, 'E1')) },
      ],
    }),
  ];
  const coverage = x.districts.map((d) => (d.figures.C5?.available ? cum(d.figures, 'C5') : null));
  if (coverage.some((v) => v !== null)) {
    charts.push(rateBarSpec({ id: 'social-coverage', title: '各区县社会办医疗机构检查覆盖率', categories: names, values: coverage, seriesName: '检查覆盖率', target: { value: x.socialTarget, label: `目标 ${x.socialTarget}%` } }));
  } else {
    charts.push(rateBarSpec({ id: 'rectification-rate', title: '各区县整改率', categories: names, values: x.districts.map((d) => cum(d.figures, 'D3')), seriesName: '整改率' }));
  }
  return charts;
}

function subtract(a: number | null, b: number | null): number | null {
  if (a === null) return null;
  return Math.max(0, a - (b ?? 0));
}
