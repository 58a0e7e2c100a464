/**
 * The only chart drawing code: renders any `ChartSpec` with recharts. The UI mounts it in the page;
 * electron/charts/render-chart.ts mounts the same component in jsdom and rasterises the <svg> for
 * documents. Everything that must appear in a document (legend, unit, 未报 markers, threshold
 * label) is drawn inside the <svg>, and the layout never depends on measuring text in the DOM.
 */
import { Bar, BarChart, CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import {
  categoryTotals,
  formatChartValueWithUnit,
  isEmptyChart,
  lineDash,
  seriesColor,
  THRESHOLD_COLOR,
  type ChartSpec,
} from '../../shared/charts/chart-spec';
import {
  CHART_AXIS_COLOR,
  CHART_FONT,
  CHART_FONT_FAMILY,
  CHART_GRID_COLOR,
  CHART_MUTED_COLOR,
  CHART_TEXT_COLOR,
  computeChartLayout,
  LINE_AXIS_PADDING,
  MAX_BAR_SIZE,
  type ChartLayout,
  type LegendItem,
  valueAxis,
} from './chart-layout';
import { makeBarShape, makeLineLabel, makeMissingShape, makeStackEndShape, type ChartRow } from './chart-shapes';
import { SvgLegend, SvgNote } from './SvgLegend';

export interface SpecChartProps {
  spec: ChartSpec;
  width: number;
  height: number;
  /** Document output: no animation, no tooltip, nothing interactive; the first render is final. */
  forExport?: boolean;
  /** Draw the title inside the chart (documents normally put it in the caption instead). */
  showTitle?: boolean;
}

const TICK = { fontSize: CHART_FONT.tick, fontFamily: CHART_FONT_FAMILY, fill: CHART_TEXT_COLOR };

function toRows(spec: ChartSpec): ChartRow[] {
  const totals = categoryTotals(spec);
  return spec.categories.map((cat, j) => {
    const row: ChartRow = { __cat: cat, __index: j, __total: totals[j], __end: 0 };
    spec.series.forEach((s, i) => {
      const v = s.values[j] ?? null;
      row[`v${i}`] = v;
      row[`m${i}`] = v === null ? 0 : null;
    });
    return row;
  });
}

function legendItems(spec: ChartSpec): LegendItem[] {
  return spec.series.map((s, i) => ({
    name: s.name,
    color: seriesColor(spec, i),
    kind: spec.type === 'line' ? 'line' : 'rect',
    dash: spec.type === 'line' ? lineDash(i) : undefined,
  }));
}

function percentTick(v: number): string {
  return `${v}%`;
}

/** Numeric axis props shared by vertical (bar/line) and horizontal (progress) charts. */
function valueAxisProps(spec: ChartSpec) {
  const { max, ticks } = valueAxis(spec);
  return {
    type: 'number' as const,
    domain: [0, max] as [number, number],
    ticks,
    interval: 0 as const,
    allowDataOverflow: false,
    ...(spec.percent ? { tickFormatter: percentTick } : {}),
  };
}

function axisLabel(spec: ChartSpec, horizontal: boolean) {
  if (!spec.yLabel) return undefined;
  const common = { value: spec.yLabel, fontSize: CHART_FONT.tick, fontFamily: CHART_FONT_FAMILY, fill: CHART_MUTED_COLOR };
  return horizontal
    ? { ...common, position: 'insideBottom' as const, offset: 0 }
    : { ...common, angle: -90, position: 'insideLeft' as const, style: { textAnchor: 'middle' as const } };
}

function thresholdLine(spec: ChartSpec, horizontal: boolean) {
  const t = spec.threshold;
  if (!t) return null;
  const label = {
    value: t.label,
    // Outside the plot (margin reserved by computeChartLayout), so it never sits on a bar or line.
    position: horizontal ? ('top' as const) : ('right' as const),
    fill: THRESHOLD_COLOR,
    fontSize: CHART_FONT.label,
    fontFamily: CHART_FONT_FAMILY,
    stroke: '#FFFFFF',
    strokeWidth: 3,
    paintOrder: 'stroke' as const,
  };
  const common = {
    stroke: THRESHOLD_COLOR,
    strokeDasharray: '6 4',
    strokeWidth: 1.5,
    ifOverflow: 'extendDomain' as const,
    // Vertical charts: recharts' "area" layer, below bars (300) and lines (400), so value labels
    // stay readable where the line crosses them. Progress rows keep the default (on top): there the
    // line shows where each row's 已整改 share passes the target. Only predefined layers exist on
    // the first render; a custom zIndex would need a second pass and be missing from the picture.
    ...(horizontal ? {} : { zIndex: 100 }),
    label,
  };
  return horizontal ? <ReferenceLine x={t.value} {...common} /> : <ReferenceLine y={t.value} {...common} />;
}

function tooltip(spec: ChartSpec, forExport: boolean) {
  if (forExport) return null;
  return (
    <Tooltip
      isAnimationActive={false}
      formatter={(value, name) => [formatChartValueWithUnit(typeof value === 'number' ? value : null, spec), name]}
      contentStyle={{ fontFamily: CHART_FONT_FAMILY, fontSize: CHART_FONT.tick }}
      labelStyle={{ fontFamily: CHART_FONT_FAMILY, color: CHART_TEXT_COLOR }}
    />
  );
}

/** Everything drawn in the margins: title, legend, unit note. */
function Decorations({ spec, width, layout }: { spec: ChartSpec; width: number; layout: ChartLayout }) {
  return (
    <g className="spec-chart-decorations">
      {layout.titleY !== null ? (
        <SvgNote text={spec.title} x={width / 2} y={layout.titleY} anchor="middle" fontSize={CHART_FONT.title} bold color={CHART_TEXT_COLOR} />
      ) : null}
      <SvgLegend items={layout.legend.items} />
      {layout.unitNote ? <SvgNote text={layout.unitNote.text} x={layout.unitNote.x} y={layout.unitNote.y} /> : null}
    </g>
  );
}

function renderBars(spec: ChartSpec, layout: ChartLayout, animate: boolean) {
  const horizontal = spec.type === 'progress';
  const stacked = spec.type !== 'bar';
  const labelMode = !layout.showValueLabels ? 'none' : stacked ? 'inside' : 'above';
  const bars = spec.series.map((s, i) => {
    const color = seriesColor(spec, i);
    return (
      <Bar
        key={s.key}
        dataKey={`v${i}`}
        name={s.name}
        fill={color}
        stackId={stacked ? 'stack' : `s${i}`}
        maxBarSize={MAX_BAR_SIZE}
        isAnimationActive={animate}
        shape={makeBarShape({ spec, seriesIndex: i, color, labelMode, horizontal, stacked })}
      />
    );
  });
  // Zero-size companion bars, placed where a missing bar (or the end of a stack) would be.
  const markers = stacked
    ? [
        <Bar
          key="__end"
          dataKey="__end"
          stackId="stack"
          maxBarSize={MAX_BAR_SIZE}
          isAnimationActive={false}
          tooltipType="none"
          legendType="none"
          shape={makeStackEndShape(spec, horizontal, layout.showTotals)}
        />,
      ]
    : spec.series.map((s, i) => (
        <Bar
          key={`__m${i}`}
          dataKey={`m${i}`}
          stackId={`s${i}`}
          maxBarSize={MAX_BAR_SIZE}
          isAnimationActive={false}
          tooltipType="none"
          legendType="none"
          shape={makeMissingShape(horizontal, i)}
        />
      ));
  return [...bars, ...markers];
}

function EmptyChart({ spec, width, height, showTitle }: { spec: ChartSpec; width: number; height: number; showTitle: boolean }) {
  return (
    <div className="recharts-wrapper" style={{ width, height }}>
      <svg className="recharts-surface" width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
        <title>{spec.title}</title>
        {showTitle ? <SvgNote text={spec.title} x={width / 2} y={8 + CHART_FONT.title} anchor="middle" fontSize={CHART_FONT.title} bold color={CHART_TEXT_COLOR} /> : null}
        <SvgNote text="暂无数据" x={width / 2} y={height / 2} anchor="middle" fontSize={CHART_FONT.legend} />
      </svg>
    </div>
  );
}

export function SpecChart({ spec, width, height, forExport = false, showTitle = false }: SpecChartProps) {
  if (isEmptyChart(spec)) return <EmptyChart spec={spec} width={width} height={height} showTitle={showTitle} />;
  const layout = computeChartLayout(spec, { width, height, showTitle, legendItems: legendItems(spec) });
  const data = toRows(spec);
  const animate = !forExport;
  const horizontal = spec.type === 'progress';
  const common = { width, height, data, margin: layout.margin, title: spec.title, style: { fontFamily: CHART_FONT_FAMILY } };
  const grid = <CartesianGrid stroke={CHART_GRID_COLOR} vertical={horizontal} horizontal={!horizontal} />;
  const categoryTick = { ...TICK, angle: layout.tickAngle, textAnchor: layout.tickAngle ? ('end' as const) : ('middle' as const) };
  const axisLine = { stroke: CHART_AXIS_COLOR };

  if (spec.type === 'line') {
    return (
      <LineChart {...common}>
        {grid}
        <XAxis dataKey="__cat" type="category" interval={0} height={layout.xAxisHeight} tick={categoryTick} axisLine={axisLine} tickLine={axisLine} padding={{ left: LINE_AXIS_PADDING, right: LINE_AXIS_PADDING }} />
        <YAxis {...valueAxisProps(spec)} width={layout.yAxisWidth} tick={TICK} axisLine={axisLine} tickLine={axisLine} label={axisLabel(spec, false)} />
        {tooltip(spec, forExport)}
        {spec.series.map((s, i) => {
          const color = seriesColor(spec, i);
          return (
            <Line
              key={s.key}
              dataKey={`v${i}`}
              name={s.name}
              type="linear"
              stroke={color}
              strokeWidth={2}
              strokeDasharray={lineDash(i) || undefined}
              dot={{ r: 3, fill: color, stroke: color, strokeDasharray: '' }}
              connectNulls={false}
              isAnimationActive={animate}
              label={layout.showValueLabels ? makeLineLabel(spec, i, color, spec.series.length > 2) : false}
            />
          );
        })}
        {thresholdLine(spec, false)}
        <Decorations spec={spec} width={width} layout={layout} />
      </LineChart>
    );
  }

  return (
    <BarChart {...common} layout={horizontal ? 'vertical' : 'horizontal'} barGap={4} barCategoryGap="20%">
      {grid}
      {horizontal ? (
        <XAxis {...valueAxisProps(spec)} height={layout.xAxisHeight} tick={TICK} axisLine={axisLine} tickLine={axisLine} label={axisLabel(spec, true)} />
      ) : (
        <XAxis dataKey="__cat" type="category" interval={0} height={layout.xAxisHeight} tick={categoryTick} axisLine={axisLine} tickLine={axisLine} />
      )}
      {horizontal ? (
        <YAxis dataKey="__cat" type="category" interval={0} width={layout.yAxisWidth} tick={TICK} axisLine={axisLine} tickLine={axisLine} />
      ) : (
        <YAxis {...valueAxisProps(spec)} width={layout.yAxisWidth} tick={TICK} axisLine={axisLine} tickLine={axisLine} label={axisLabel(spec, false)} />
      )}
      {tooltip(spec, forExport)}
      {renderBars(spec, layout, animate)}
      {thresholdLine(spec, horizontal)}
      <Decorations spec={spec} width={width} layout={layout} />
    </BarChart>
  );
}
