/**
 * One chart description for both outputs: `renderer/charts/SpecChart.tsx` draws a `ChartSpec` on
 * screen, and `electron/charts/render-chart.ts` mounts the same component in jsdom to make the PNG
 * for documents. Statistics code only builds specs (see chart-builders.ts); it never draws.
 */
import { AppError } from '../errors';

export type ChartType = 'bar' | 'line' | 'stacked-bar' | 'progress';

export interface ChartSeries {
  /** Stable identifier (letters, digits, `_`, `-`), unique within the spec. */
  key: string;
  /** Shown in the legend and tooltip, e.g. 已整改. */
  name: string;
  /** One value per category; `null` = 未报 (drawn as a gap, never as zero). */
  values: (number | null)[];
  /** Fill / stroke colour (#RRGGBB); defaults to the print palette by series order. */
  color?: string;
}

export interface ChartThreshold {
  /** In the same unit as the values (percent charts: 50 means 50%). */
  value: number;
  label: string;
}

export interface ChartSpec {
  id: string;
  /**
   * bar: grouped vertical bars; line: one line per series over periods; stacked-bar: vertical
   * stacked bars; progress: horizontal stacked bars, one row per category (已整改/整改中/逾期).
   */
  type: ChartType;
  title: string;
  /** Category axis labels in display order (district names, period labels …). */
  categories: string[];
  series: ChartSeries[];
  /** Unit of the values (个, 家, %), used in labels and tooltips. */
  unit: string;
  /** Value axis title; when absent the chart shows 单位：{unit}. */
  yLabel?: string;
  /** Values are percentages 0–100: the value axis runs 0–100% and labels end in %. */
  percent?: boolean;
  threshold?: ChartThreshold;
}

export const CHART_TYPES: readonly ChartType[] = ['bar', 'line', 'stacked-bar', 'progress'];

/**
 * Print palette. Neighbouring colours differ strongly in lightness (CIE L* about 24, 77, 48, 65,
 * 34, 88) so series stay distinguishable when a bulletin is printed or photocopied in grayscale.
 */
export const CHART_PALETTE: readonly string[] = ['#1F3864', '#F4B183', '#2E75B6', '#70AD47', '#843C0C', '#FFD966'];

/** Fixed colours for rectification states, again spread in lightness (L* 35 / 88 / 58). */
export const PROGRESS_COLORS = {
  rectified: '#1B5E20',
  inProgress: '#FFD966',
  overdue: '#E06666',
} as const;

/** Threshold / target lines. */
export const THRESHOLD_COLOR = '#C00000';

/** Dash patterns per series index for line charts: a second cue besides colour for print. */
export const LINE_DASHES: readonly string[] = ['', '8 4', '2 3', '10 3 2 3', '4 4', '1 2'];

export const NOT_REPORTED_LABEL = '未报';

const KEY_RE = /^[A-Za-z0-9_-]+$/;
const COLOR_RE = /^#[0-9A-Fa-f]{6}$/;

export function paletteColor(index: number): string {
  return CHART_PALETTE[((index % CHART_PALETTE.length) + CHART_PALETTE.length) % CHART_PALETTE.length];
}

export function lineDash(index: number): string {
  return LINE_DASHES[index % LINE_DASHES.length];
}

/** Colour actually used for series `index` (its own colour or the palette's). */
export function seriesColor(spec: Pick<ChartSpec, 'series'>, index: number): string {
  return spec.series[index]?.color ?? paletteColor(index);
}

/** Problems with a spec, in Chinese; empty when the spec can be drawn. */
export function chartSpecProblems(spec: ChartSpec): string[] {
  const problems: string[] = [];
  const where = `图表「${spec.title || spec.id}」`;
  if (!spec.id) problems.push(`${where}缺少 id`);
  if (!CHART_TYPES.includes(spec.type)) problems.push(`${where}的类型「${String(spec.type)}」不受支持`);
  if (spec.series.length === 0) problems.push(`${where}没有数据系列`);
  const seen = new Set<string>();
  spec.series.forEach((s, i) => {
    const name = `${where}第${i + 1}个系列「${s.name}」`;
    if (!KEY_RE.test(s.key)) problems.push(`${name}的 key「${s.key}」只能含字母、数字、下划线和连字符`);
    if (seen.has(s.key)) problems.push(`${name}的 key「${s.key}」重复`);
    seen.add(s.key);
    if (s.values.length !== spec.categories.length) {
      problems.push(`${name}有 ${s.values.length} 个值，但分类有 ${spec.categories.length} 个`);
    }
    s.values.forEach((v, j) => {
      if (v !== null && !Number.isFinite(v)) problems.push(`${name}在「${spec.categories[j] ?? j + 1}」处的值不是有限数`);
    });
    if (s.color !== undefined && !COLOR_RE.test(s.color)) problems.push(`${name}的颜色「${s.color}」应为 #RRGGBB`);
  });
  if (spec.threshold && !Number.isFinite(spec.threshold.value)) problems.push(`${where}的目标线数值无效`);
  return problems;
}

/** Throws `AppError('internal')`: a malformed spec is a bug in the statistics code, not user input. */
export function assertValidChartSpec(spec: ChartSpec): void {
  const problems = chartSpecProblems(spec);
  if (problems.length > 0) throw new AppError('internal', problems.join('；'));
}

/** True when no series has a reported value (the chart shows 暂无数据). */
export function isEmptyChart(spec: ChartSpec): boolean {
  return spec.categories.length === 0 || spec.series.every((s) => s.values.every((v) => v === null));
}

/** Formats a value for labels and tooltips: 12 / 3.5 / 45.5% / 未报. At most one decimal. */
export function formatChartValue(value: number | null | undefined, spec: Pick<ChartSpec, 'percent'>): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NOT_REPORTED_LABEL;
  const rounded = Math.round(value * 10) / 10;
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
  return spec.percent ? `${text}%` : text;
}

/** Same as formatChartValue, with the unit appended for counts (12个); used in tooltips. */
export function formatChartValueWithUnit(value: number | null | undefined, spec: Pick<ChartSpec, 'percent' | 'unit'>): string {
  const text = formatChartValue(value, spec);
  if (text === NOT_REPORTED_LABEL || spec.percent) return text;
  return `${text}${spec.unit}`;
}

/** Per category: the stack total for stacked types (null when every series is 未报). */
export function categoryTotals(spec: ChartSpec): (number | null)[] {
  return spec.categories.map((_, j) => {
    let total: number | null = null;
    for (const s of spec.series) {
      const v = s.values[j];
      if (v !== null && v !== undefined) total = (total ?? 0) + v;
    }
    return total;
  });
}

/** Whether every reported value is an integer (count charts): the value axis then has no 0.5 ticks. */
export function hasOnlyIntegers(spec: ChartSpec): boolean {
  return spec.series.every((s) => s.values.every((v) => v === null || Number.isInteger(v)));
}

/** CIE L* of #RRGGBB (0 black … 100 white): what is left of a colour in a grayscale print. */
export function lightness(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const lin = channels.map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  const y = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
  return y > 0.008856 ? 116 * Math.cbrt(y) - 16 : 903.3 * y;
}
