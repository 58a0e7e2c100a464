/**
 * Layout decisions for SpecChart, computed from the spec and the box size only. Nothing here
 * measures the DOM: jsdom measures every text as 0×0, so any layout that relied on measuring
 * would differ between the screen and the document PNG. Text widths are estimated instead.
 */
import { categoryTotals, formatChartValue, hasOnlyIntegers, lightness, type ChartSpec } from '../../shared/charts/chart-spec';

/** Named in every text element; resvg and browsers pick the first family they have. */
export const CHART_FONT_FAMILY = "'Noto Sans CJK SC', 'Microsoft YaHei', 'SimHei', 'PingFang SC', sans-serif";

export const CHART_FONT = {
  title: 15,
  legend: 12,
  tick: 12,
  label: 11,
  note: 11,
} as const;

export const CHART_TEXT_COLOR = '#262626';
export const CHART_MUTED_COLOR = '#595959';
export const CHART_AXIS_COLOR = '#8C8C8C';
export const CHART_GRID_COLOR = '#E0E0E0';

/** Bars never get wider than this, so a two-district chart does not look like a wall. */
export const MAX_BAR_SIZE = 44;
/** recharts' default gap between category bands, as a fraction of the band. */
const BAR_CATEGORY_GAP = 0.2;
const BAR_GAP_PX = 4;

const PAD = 8;
/** Inner padding of a line chart's category axis (SpecChart's XAxis `padding`). */
export const LINE_AXIS_PADDING = 16;
const LEGEND_ROW = 20;
const LEGEND_SWATCH = 14;

/** Rough advance width: CJK and full-width characters are square, Latin digits about 0.6 em. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x2e80 || (code >= 0xff00 && code <= 0xffef)) em += 1;
    else if (ch === ' ') em += 0.3;
    else if (ch === '%' || ch === 'W' || ch === 'M') em += 0.85;
    else if (ch === '.' || ch === ',' || ch === ':' || ch === '-') em += 0.35;
    else em += 0.6;
  }
  return em * fontSize;
}

export interface LegendItem {
  name: string;
  color: string;
  kind: 'rect' | 'line';
  dash?: string;
}

export interface PlacedLegendItem extends LegendItem {
  x: number;
  y: number;
}

export interface LegendLayout {
  items: PlacedLegendItem[];
  height: number;
}

/** Centres legend items in rows that fit `width`; y is the vertical middle of each row. */
export function layoutLegend(items: LegendItem[], width: number, top: number): LegendLayout {
  const itemWidth = (it: LegendItem) => LEGEND_SWATCH + 6 + estimateTextWidth(it.name, CHART_FONT.legend);
  const spacing = 20;
  const rows: LegendItem[][] = [];
  let row: LegendItem[] = [];
  let used = 0;
  for (const it of items) {
    const w = itemWidth(it);
    if (row.length > 0 && used + spacing + w > width - 2 * PAD) {
      rows.push(row);
      row = [];
      used = 0;
    }
    used += (row.length > 0 ? spacing : 0) + w;
    row.push(it);
  }
  if (row.length > 0) rows.push(row);
  const placed: PlacedLegendItem[] = [];
  rows.forEach((r, ri) => {
    const rowWidth = r.reduce((sum, it, i) => sum + itemWidth(it) + (i > 0 ? spacing : 0), 0);
    let x = Math.max(PAD, (width - rowWidth) / 2);
    for (const it of r) {
      placed.push({ ...it, x, y: top + ri * LEGEND_ROW + LEGEND_ROW / 2 });
      x += itemWidth(it) + spacing;
    }
  });
  return { items: placed, height: rows.length * LEGEND_ROW };
}

export interface ChartLayout {
  margin: { top: number; right: number; bottom: number; left: number };
  titleY: number | null;
  legend: LegendLayout;
  /** 单位：个 note above the value axis, when the spec has no axis title. */
  unitNote: { text: string; x: number; y: number } | null;
  /** Width of the vertical axis (values, or categories for progress charts). */
  yAxisWidth: number;
  /** Height of the horizontal axis (categories, or values for progress charts). */
  xAxisHeight: number;
  /** Category tick rotation in degrees (0 or -35) when names would overlap. */
  tickAngle: number;
  /** Whether values are printed on bars / points (false when they would overlap). */
  showValueLabels: boolean;
  /** Whether stack totals are printed at the end of stacked bars. */
  showTotals: boolean;
}

export interface LayoutOptions {
  width: number;
  height: number;
  showTitle: boolean;
  legendItems: LegendItem[];
}

export interface ValueAxis {
  max: number;
  ticks: number[];
}

/**
 * Value axis end and ticks, fixed here rather than left to recharts so that the screen and the
 * document agree and the axis ends on a round number (0/500/…/3500, not 3024). Counts get 8%
 * headroom for the value label above the tallest bar; percent charts run 0–100% unless a value
 * is above 100.
 */
export function valueAxis(spec: ChartSpec): ValueAxis {
  const top = maxValue(spec);
  if (spec.percent && top <= 100) return { max: 100, ticks: [0, 25, 50, 75, 100] };
  const target = spec.percent ? top : top * 1.08;
  if (!(target > 0)) return { max: 1, ticks: [0, 1] };
  const integers = !spec.percent && hasOnlyIntegers(spec);
  let best: { max: number; step: number; n: number } | null = null;
  const base = 10 ** Math.floor(Math.log10(target / 7));
  for (const k of [1, 10, 100]) {
    for (const m of [1, 2, 2.5, 5]) {
      const step = m * base * k;
      if (integers && !Number.isInteger(step)) continue;
      const n = Math.ceil(target / step - 1e-9);
      if (n < 2 || n > 7) continue;
      const max = n * step;
      const tie = best !== null && Math.abs(max - best.max) < 1e-9;
      // Smallest round end; for the same end, the tick count nearest 5 (0/100/…/500, not 0/250/500).
      if (!best || max < best.max - 1e-9 || (tie && Math.abs(n - 5) < Math.abs(best.n - 5))) best = { max, step, n };
    }
  }
  const chosen = best ?? { max: Math.ceil(target), step: Math.ceil(target), n: 1 };
  const ticks = Array.from({ length: chosen.n + 1 }, (_, i) => Math.round(i * chosen.step * 1e6) / 1e6);
  return { max: ticks[ticks.length - 1], ticks };
}

function maxValue(spec: ChartSpec): number {
  const stacked = spec.type === 'stacked-bar' || spec.type === 'progress';
  const values = stacked ? categoryTotals(spec) : spec.series.flatMap((s) => s.values);
  const max = values.reduce<number>((m, v) => (v !== null && v > m ? v : m), 0);
  return Math.max(max, spec.threshold?.value ?? 0);
}

/** Widest label that the value axis or the value labels will need. */
function widestValueText(spec: ChartSpec, fontSize: number): number {
  const candidates = [...valueAxis(spec).ticks, maxValue(spec)].map((v) => formatChartValue(v, spec));
  return Math.max(...candidates.map((t) => estimateTextWidth(t, fontSize)));
}

export function computeChartLayout(spec: ChartSpec, opts: LayoutOptions): ChartLayout {
  const { width, height } = opts;
  const horizontalBars = spec.type === 'progress';
  const stacked = spec.type === 'stacked-bar' || spec.type === 'progress';
  let top = PAD;
  const titleY = opts.showTitle ? top + CHART_FONT.title : null;
  if (opts.showTitle) top += CHART_FONT.title + 10;
  const legend = layoutLegend(opts.legendItems, width, top);
  top += legend.height + 4;
  const unitText = !spec.percent && !spec.yLabel && spec.unit ? `单位：${spec.unit}` : null;
  const unitNote = unitText ? { text: unitText, x: PAD, y: top + CHART_FONT.note } : null;
  if (unitNote || (horizontalBars && spec.threshold)) top += CHART_FONT.note + 8;
  top += 6;

  const catFont = CHART_FONT.tick;
  const widestCategory = Math.max(0, ...spec.categories.map((c) => estimateTextWidth(c, catFont)));
  const valueTickWidth = widestValueText(spec, CHART_FONT.tick);
  const axisTitle = spec.yLabel ? CHART_FONT.tick + 8 : 0;

  const totalsRoom = horizontalBars && !spec.percent ? widestValueText(spec, CHART_FONT.label) + 6 : 0;
  const thresholdRoom = !horizontalBars && spec.threshold ? estimateTextWidth(spec.threshold.label, CHART_FONT.label) + 10 : 0;
  // A line chart's last point sits LINE_AXIS_PADDING inside the plot and its label is centred on it:
  // half a long label ("2023年7月上半月") would be cut off at the right edge without this room.
  const lastCategory = spec.type === 'line' && spec.categories.length ? spec.categories[spec.categories.length - 1] : '';
  const lineOverhang = lastCategory ? estimateTextWidth(lastCategory, CHART_FONT.tick) / 2 - LINE_AXIS_PADDING + 4 : 0;
  const right = Math.ceil(Math.max(16 + Math.max(totalsRoom, thresholdRoom), lineOverhang));
  let yAxisWidth: number;
  let xAxisHeight: number;
  let tickAngle = 0;
  if (horizontalBars) {
    yAxisWidth = Math.min(Math.ceil(widestCategory + 14), Math.floor(width * 0.4));
    xAxisHeight = 26 + axisTitle;
  } else {
    yAxisWidth = Math.ceil(Math.max(32, valueTickWidth + 14) + axisTitle);
    const plotWidth = width - PAD - right - yAxisWidth;
    const band = spec.categories.length > 0 ? plotWidth / spec.categories.length : plotWidth;
    tickAngle = widestCategory > band - 6 ? -35 : 0;
    const rad = (Math.abs(tickAngle) * Math.PI) / 180;
    xAxisHeight = tickAngle === 0 ? 28 : Math.ceil(widestCategory * Math.sin(rad) + catFont * Math.cos(rad) + 14);
  }

  // A rotated first category label reaches left past the value axis: widen the left margin.
  let left = PAD;
  if (tickAngle !== 0 && spec.categories.length > 0) {
    const band = (width - PAD - right - yAxisWidth) / spec.categories.length;
    const reach = estimateTextWidth(spec.categories[0], catFont) * Math.cos((Math.abs(tickAngle) * Math.PI) / 180);
    left = Math.max(PAD, Math.ceil(reach - yAxisWidth - band / 2 + PAD));
  }
  const plotWidth = width - left - right - yAxisWidth;
  const plotHeight = height - top - PAD - xAxisHeight;
  const n = Math.max(1, spec.categories.length);
  const labelWidth = widestValueText(spec, CHART_FONT.label);
  let showValueLabels: boolean;
  if (spec.type === 'line') {
    // More than two lines: only each line's last point is labelled (see makeLineLabel).
    showValueLabels = spec.series.length > 2 || (spec.categories.length <= 24 && plotWidth / n >= labelWidth + 4);
  } else if (spec.type === 'bar') {
    const group = (plotWidth / n) * (1 - BAR_CATEGORY_GAP);
    const bar = Math.min(MAX_BAR_SIZE, (group - BAR_GAP_PX * (spec.series.length - 1)) / spec.series.length);
    // A label may overhang its bar by a pixel or two, not into the neighbouring bar's space.
    showValueLabels = labelWidth <= bar + 2;
  } else {
    // Stacked segments decide one by one whether their label fits; totals need the band.
    const band = ((horizontalBars ? plotHeight : plotWidth) / n) * (1 - BAR_CATEGORY_GAP);
    showValueLabels = horizontalBars ? band >= CHART_FONT.label + 2 : band >= labelWidth;
  }
  const showTotals = stacked && !spec.percent && spec.series.length > 1 && showValueLabels;
  return {
    margin: { top, right, bottom: PAD, left },
    titleY,
    legend,
    unitNote,
    yAxisWidth,
    xAxisHeight,
    tickAngle,
    showValueLabels,
    showTotals,
  };
}

/** Text colour readable on a bar of colour `fill`. */
export function labelColorOn(fill: string): string {
  return lightness(fill) < 55 ? '#FFFFFF' : CHART_TEXT_COLOR;
}
