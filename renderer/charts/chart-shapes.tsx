/**
 * Custom recharts shapes: bars that print their own value label, and the invisible "end of stack"
 * bar that prints stack totals and 未报 markers. Labels are drawn here rather than with LabelList
 * because recharts drops zero-height bars and null points before LabelList sees them, and a 0 must
 * still read "0" while a missing return must read 未报.
 */
import type { BarShapeProps } from 'recharts';
import { formatChartValue, lightness, NOT_REPORTED_LABEL, type ChartSpec } from '../../shared/charts/chart-spec';
import { CHART_FONT, CHART_FONT_FAMILY, CHART_MUTED_COLOR, CHART_TEXT_COLOR, estimateTextWidth, labelColorOn } from './chart-layout';

/** One row of recharts data: category, original values v0…vn, 未报 markers m0…mn, stack end. */
export interface ChartRow {
  __cat: string;
  __index: number;
  __total: number | null;
  __end: number;
  [key: string]: string | number | null;
}

export type BarLabelMode = 'above' | 'inside' | 'none';

interface BarShapeContext {
  spec: ChartSpec;
  seriesIndex: number;
  color: string;
  labelMode: BarLabelMode;
  /** progress charts: bars grow to the right */
  horizontal: boolean;
  stacked: boolean;
}

/**
 * A label; `halo` paints a white outline under the glyphs so a label outside the bars stays
 * legible where a grid or threshold line passes behind it.
 */
function labelText(x: number, y: number, text: string, fill: string, anchor: 'start' | 'middle' | 'end' = 'middle', halo = true) {
  return (
    <text
      x={x}
      y={y}
      textAnchor={anchor}
      dominantBaseline="central"
      fontSize={CHART_FONT.label}
      fontFamily={CHART_FONT_FAMILY}
      fill={fill}
      stroke={halo ? '#FFFFFF' : undefined}
      strokeWidth={halo ? 3 : undefined}
      strokeLinejoin={halo ? 'round' : undefined}
      paintOrder={halo ? 'stroke' : undefined}
    >
      {text}
    </text>
  );
}

function rowOf(props: BarShapeProps): ChartRow | null {
  const payload: unknown = props.payload;
  return payload && typeof payload === 'object' ? (payload as ChartRow) : null;
}

/** A series bar (or stack segment) with its value label where the label fits. */
export function makeBarShape(ctx: BarShapeContext) {
  const light = lightness(ctx.color) > 80;
  const stroke = ctx.stacked ? '#FFFFFF' : light ? '#A6A6A6' : 'none';
  return function SeriesBarShape(props: BarShapeProps) {
    const row = rowOf(props);
    const raw = row ? row[`v${ctx.seriesIndex}`] : null;
    const value = typeof raw === 'number' ? raw : null;
    if (value === null) return <g />;
    const { x, y, width, height } = props;
    const w = Math.abs(width);
    const h = Math.abs(height);
    const left = Math.min(x, x + width);
    const topY = Math.min(y, y + height);
    const text = formatChartValue(value, ctx.spec);
    const tw = estimateTextWidth(text, CHART_FONT.label);
    let label = null;
    if (ctx.labelMode === 'above') {
      label = ctx.horizontal
        ? labelText(left + w + 4, topY + h / 2, text, CHART_TEXT_COLOR, 'start')
        : labelText(left + w / 2, topY - 8, text, CHART_TEXT_COLOR);
    } else if (ctx.labelMode === 'inside' && w >= tw + 6 && h >= CHART_FONT.label + 2 && value !== 0) {
      label = labelText(left + w / 2, topY + h / 2, text, labelColorOn(ctx.color), 'middle', false);
    }
    return (
      <g>
        {w > 0 && h > 0 ? (
          <rect
            className="spec-chart-bar"
            data-series={ctx.seriesIndex}
            data-category={row?.__index}
            x={left}
            y={topY}
            width={w}
            height={h}
            fill={ctx.color}
            stroke={stroke}
            strokeWidth={ctx.stacked ? 1 : 0.8}
          />
        ) : null}
        {label}
      </g>
    );
  };
}

function missingMarker(props: BarShapeProps, horizontal: boolean) {
  const { x, y, width, height } = props;
  const w = Math.abs(width);
  const h = Math.abs(height);
  const tw = estimateTextWidth(NOT_REPORTED_LABEL, CHART_FONT.label);
  if (horizontal) return labelText(x + 4, y + h / 2, NOT_REPORTED_LABEL, CHART_MUTED_COLOR, 'start');
  // Narrow bars get the two characters stacked vertically so they stay inside the bar's slot.
  if (w + 4 < tw) {
    const cx = x + w / 2;
    return (
      <g>
        {labelText(cx, y - 22, NOT_REPORTED_LABEL[0], CHART_MUTED_COLOR)}
        {labelText(cx, y - 9, NOT_REPORTED_LABEL[1], CHART_MUTED_COLOR)}
      </g>
    );
  }
  return labelText(x + w / 2, y - 9, NOT_REPORTED_LABEL, CHART_MUTED_COLOR);
}

/**
 * Marker for one series' missing value in a grouped bar chart: 未报 at the base of its slot.
 * recharts stacks the marker's null entries too (as zero-size bars on top of the real bar), so
 * the original value decides whether anything is drawn.
 */
export function makeMissingShape(horizontal: boolean, seriesIndex: number) {
  return function MissingShape(props: BarShapeProps) {
    const row = rowOf(props);
    if (!row || row[`v${seriesIndex}`] !== null) return <g />;
    return missingMarker(props, horizontal);
  };
}

/** Zero-size bar at the end of a stack: prints the total, or 未报 when the whole stack is missing. */
export function makeStackEndShape(spec: ChartSpec, horizontal: boolean, showTotals: boolean) {
  return function StackEndShape(props: BarShapeProps) {
    const row = rowOf(props);
    if (!row) return <g />;
    if (row.__total === null) return missingMarker(props, horizontal);
    if (!showTotals) return <g />;
    const text = formatChartValue(row.__total, spec);
    const { x, y, width, height } = props;
    return horizontal
      ? labelText(x + 6, y + Math.abs(height) / 2, text, CHART_TEXT_COLOR, 'start')
      : labelText(x + Math.abs(width) / 2, y - 8, text, CHART_TEXT_COLOR);
  };
}

/**
 * Value label above a line point (recharts passes x, y, value, index). With `lastOnly` only the
 * series' last reported point is labelled: with three or more lines, labels on every point collide.
 */
export function makeLineLabel(spec: ChartSpec, seriesIndex: number, color: string, lastOnly: boolean) {
  const values = spec.series[seriesIndex].values;
  let last = values.length - 1;
  while (last >= 0 && values[last] === null) last--;
  return function LineLabel(props: { x?: number | string; y?: number | string; value?: unknown; index?: number }) {
    const x = Number(props.x);
    const y = Number(props.y);
    if (typeof props.value !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) return <g />;
    if (lastOnly && props.index !== last) return <g />;
    return labelText(x, y - 10, formatChartValue(props.value, spec), lightness(color) > 70 ? CHART_TEXT_COLOR : color);
  };
}
