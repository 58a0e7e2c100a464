/**
 * Builders the statistics code uses to turn its rows into `ChartSpec`s. They fill in palette
 * colours (so the screen and the document agree even if the palette order changes later) and
 * validate, so a malformed spec fails where it is built rather than when it is drawn.
 */
import {
  assertValidChartSpec,
  paletteColor,
  PROGRESS_COLORS,
  type ChartSeries,
  type ChartSpec,
  type ChartThreshold,
  type ChartType,
} from './chart-spec';

export interface ChartSeriesInput {
  key: string;
  name: string;
  values: (number | null | undefined)[];
  color?: string;
}

export interface ChartSpecInput {
  id: string;
  title: string;
  categories: string[];
  series: ChartSeriesInput[];
  unit: string;
  yLabel?: string;
  percent?: boolean;
  threshold?: ChartThreshold;
}

/** Builds and validates a spec; `undefined` values become `null` (未报), colours come from the palette. */
export function makeChartSpec(type: ChartType, input: ChartSpecInput): ChartSpec {
  const series: ChartSeries[] = input.series.map((s, i) => ({
    key: s.key,
    name: s.name,
    values: s.values.map((v) => (v === undefined ? null : v)),
    color: s.color ?? paletteColor(i),
  }));
  const spec: ChartSpec = {
    id: input.id,
    type,
    title: input.title,
    categories: [...input.categories],
    series,
    unit: input.unit,
    ...(input.yLabel !== undefined ? { yLabel: input.yLabel } : {}),
    ...(input.percent ? { percent: true } : {}),
    ...(input.threshold ? { threshold: { ...input.threshold } } : {}),
  };
  assertValidChartSpec(spec);
  return spec;
}

export function barChartSpec(input: ChartSpecInput): ChartSpec {
  return makeChartSpec('bar', input);
}

export function lineChartSpec(input: ChartSpecInput): ChartSpec {
  return makeChartSpec('line', input);
}

export function stackedBarChartSpec(input: ChartSpecInput): ChartSpec {
  return makeChartSpec('stacked-bar', input);
}

/** One series read from statistics rows. */
export interface RowSeriesField<R> {
  key: string;
  name: string;
  value: (row: R) => number | null | undefined;
  color?: string;
}

export interface RowsChartInput<R> extends Omit<ChartSpecInput, 'categories' | 'series'> {
  rows: readonly R[];
  category: (row: R) => string;
  series: RowSeriesField<R>[];
}

/** Spec from table rows (one row per district / institution / period), the usual statistics shape. */
export function chartSpecFromRows<R>(type: ChartType, input: RowsChartInput<R>): ChartSpec {
  const { rows, category, series, ...rest } = input;
  return makeChartSpec(type, {
    ...rest,
    categories: rows.map(category),
    series: series.map((f) => ({ key: f.key, name: f.name, color: f.color, values: rows.map(f.value) })),
  });
}

/**
 * Shares in percent with one decimal that add up to exactly 100 (largest remainder), so a 100%
 * stacked bar ends exactly at the axis end. All-null or all-zero input gives all null.
 */
export function sharesOf(values: readonly (number | null | undefined)[]): (number | null)[] {
  const total = values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
  if (!(total > 0)) return values.map(() => null);
  const tenths = values.map((v) => ((v ?? 0) / total) * 1000);
  const floors = tenths.map(Math.floor);
  let missing = 1000 - floors.reduce((a, b) => a + b, 0);
  const order = tenths.map((t, i) => ({ i, frac: t - Math.floor(t) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    floors[i] += 1;
    missing -= 1;
  }
  return values.map((v, i) => (v === null || v === undefined ? null : floors[i] / 10));
}

/**
 * Issue counts of one unit at the cut-off. The three states must be disjoint: `inProgress` counts
 * open issues within their deadline, `overdue` open issues past it (逾期未整改, domain D5).
 * `null` everywhere = the unit has not reported (未报).
 */
export interface ProgressRow {
  category: string;
  rectified: number | null;
  inProgress: number | null;
  overdue: number | null;
}

export interface ProgressChartInput {
  id: string;
  title: string;
  rows: readonly ProgressRow[];
  /** Show each row as shares of 100% instead of counts (units of very different size). */
  asShare?: boolean;
  /** Target rectification rate in percent (only meaningful with `asShare`). */
  target?: ChartThreshold;
  unit?: string;
}

export const PROGRESS_SERIES_NAMES = { rectified: '已整改', inProgress: '整改中', overdue: '逾期未整改' } as const;

/** 整改进度: horizontal stacked bars of 已整改 / 整改中 / 逾期未整改 per district or institution. */
export function rectificationProgressSpec(input: ProgressChartInput): ChartSpec {
  const states = ['rectified', 'inProgress', 'overdue'] as const;
  const rows = input.rows;
  const shares = input.asShare ? rows.map((r) => sharesOf(states.map((s) => r[s]))) : null;
  return makeChartSpec('progress', {
    id: input.id,
    title: input.title,
    categories: rows.map((r) => r.category),
    unit: input.asShare ? '%' : input.unit ?? '个',
    percent: input.asShare ?? false,
    ...(input.target ? { threshold: input.target } : {}),
    series: states.map((state, si) => ({
      key: state,
      name: PROGRESS_SERIES_NAMES[state],
      color: PROGRESS_COLORS[state],
      values: rows.map((r, ri) => (shares ? shares[ri][si] : r[state])),
    })),
  });
}

export interface RateChartInput {
  id: string;
  title: string;
  categories: string[];
  /** Rates in percent (0–100); null = 未报. */
  values: (number | null | undefined)[];
  seriesName: string;
  seriesKey?: string;
  target?: ChartThreshold;
  yLabel?: string;
}

/** A rate per unit (整改率, 检查覆盖率) with an optional target line, e.g. 目标 50%. */
export function rateBarSpec(input: RateChartInput): ChartSpec {
  return makeChartSpec('bar', {
    id: input.id,
    title: input.title,
    categories: input.categories,
    unit: '%',
    percent: true,
    ...(input.yLabel !== undefined ? { yLabel: input.yLabel } : {}),
    ...(input.target ? { threshold: input.target } : {}),
    series: [{ key: input.seriesKey ?? 'rate', name: input.seriesName, values: input.values }],
  });
}

/** Rate in percent with one decimal, or null when the denominator is 0 or unknown. */
export function ratePercent(numerator: number | null | undefined, denominator: number | null | undefined): number | null {
  if (numerator === null || numerator === undefined || !denominator) return null;
  return Math.round((numerator / denominator) * 1000) / 10;
}
