import { describe, expect, it } from 'vitest';
import { barChartSpec, lineChartSpec, rateBarSpec, rectificationProgressSpec } from '../../../shared/charts/chart-builders';
import { computeChartLayout, estimateTextWidth, labelColorOn, layoutLegend, valueAxis, type LegendItem } from '../../../renderer/charts/chart-layout';

const DISTRICTS = ['宿城区', '宿豫区', '沭阳县', '泗阳县', '泗洪县'];
const item = (name: string): LegendItem => ({ name, color: '#1F3864', kind: 'rect' });
const opts = (legend: LegendItem[] = [item('发现问题')]) => ({ width: 640, height: 360, showTitle: false, legendItems: legend });

describe('estimateTextWidth', () => {
  it('counts CJK characters as one em and digits as about 0.6 em', () => {
    expect(estimateTextWidth('宿城区', 12)).toBe(36);
    expect(estimateTextWidth('100', 10)).toBeCloseTo(18);
    expect(estimateTextWidth('50%', 10)).toBeCloseTo(20.5);
    expect(estimateTextWidth('', 12)).toBe(0);
  });
});

describe('layoutLegend', () => {
  it('centres one row of items', () => {
    const { items, height } = layoutLegend([item('已整改'), item('整改中')], 640, 8);
    expect(height).toBe(20);
    expect(items.every((i) => i.y === 18)).toBe(true);
    const left = items[0].x;
    const right = items[1].x + 20 + estimateTextWidth('整改中', 12);
    expect(Math.abs(left - (640 - right))).toBeLessThan(1);
  });

  it('wraps into more rows when the items do not fit', () => {
    const many = Array.from({ length: 12 }, (_, i) => item(`系列名称第${i + 1}个`));
    const { items, height } = layoutLegend(many, 400, 0);
    expect(height).toBeGreaterThan(40);
    for (const it of items) expect(it.x + 20 + estimateTextWidth(it.name, 12)).toBeLessThanOrEqual(400);
  });
});

describe('computeChartLayout', () => {
  const bar = barChartSpec({ id: 'b', title: '发现问题', categories: DISTRICTS, unit: '个', series: [{ key: 'a', name: '发现问题', values: [42, 35, null, 28, 0] }] });

  it('keeps district names horizontal and shows value labels on a five-district chart', () => {
    const layout = computeChartLayout(bar, opts());
    expect(layout.tickAngle).toBe(0);
    expect(layout.showValueLabels).toBe(true);
    expect(layout.unitNote?.text).toBe('单位：个');
    expect(layout.margin.top).toBeGreaterThan(layout.legend.height);
  });

  it('rotates long institution names and widens the left margin for the first one', () => {
    const names = ['宿迁市第一人民医院', '宿迁市中医院', '沭阳县人民医院', '泗阳县中医院', '泗洪县人民医院', '宿城区妇幼保健院', '宿豫区人民医院', '宿迁市钟吾医院'];
    const spec = barChartSpec({ id: 'm', title: '机构', categories: names, unit: '个', series: [{ key: 'a', name: '发现问题', values: names.map(() => 3) }] });
    const layout = computeChartLayout(spec, opts());
    expect(layout.tickAngle).toBe(-35);
    expect(layout.xAxisHeight).toBeGreaterThan(60);
    expect(layout.margin.left).toBeGreaterThan(8);
  });

  it('drops value labels when bars are too narrow for them', () => {
    const cats = Array.from({ length: 40 }, (_, i) => `单位${i}`);
    const spec = barChartSpec({
      id: 'n',
      title: '多',
      categories: cats,
      unit: '个',
      series: [
        { key: 'a', name: '甲', values: cats.map(() => 12345) },
        { key: 'b', name: '乙', values: cats.map(() => 2) },
      ],
    });
    expect(computeChartLayout(spec, opts()).showValueLabels).toBe(false);
  });

  it('reserves room on the right for the threshold label, and uses the axis title instead of 单位', () => {
    const rate = rateBarSpec({ id: 'r', title: '覆盖率', categories: DISTRICTS, values: [1, 2, 3, 4, 5], seriesName: '覆盖率', target: { value: 50, label: '目标 50%' }, yLabel: '覆盖率' });
    const layout = computeChartLayout(rate, opts());
    expect(layout.margin.right).toBeGreaterThanOrEqual(16 + estimateTextWidth('目标 50%', 11));
    expect(layout.unitNote).toBeNull();
  });

  it('sizes the category axis of progress charts from the longest name and prints totals', () => {
    const spec = rectificationProgressSpec({
      id: 'p',
      title: '进度',
      rows: [
        { category: '宿迁市第一人民医院', rectified: 3, inProgress: 2, overdue: 1 },
        { category: '宿城区', rectified: 1, inProgress: 0, overdue: 0 },
      ],
    });
    const layout = computeChartLayout(spec, opts());
    expect(layout.yAxisWidth).toBeGreaterThanOrEqual(estimateTextWidth('宿迁市第一人民医院', 12));
    expect(layout.showTotals).toBe(true);
  });

  it('labels every point of one or two lines, and the last points of more lines', () => {
    const periods = ['6月上', '6月下', '7月上'];
    const two = lineChartSpec({ id: 'l', title: '趋势', categories: periods, unit: '%', percent: true, series: [{ key: 'a', name: '甲', values: [1, 2, 3] }] });
    expect(computeChartLayout(two, opts()).showValueLabels).toBe(true);
    const dense = Array.from({ length: 30 }, (_, i) => `${i + 1}期`);
    const one = lineChartSpec({ id: 'd', title: '趋势', categories: dense, unit: '%', percent: true, series: [{ key: 'a', name: '甲', values: dense.map(() => 55.5) }] });
    expect(computeChartLayout(one, opts()).showValueLabels).toBe(false);
    const three = lineChartSpec({
      id: 't',
      title: '趋势',
      categories: dense,
      unit: '%',
      percent: true,
      series: ['甲', '乙', '丙'].map((name, i) => ({ key: `s${i}`, name, values: dense.map(() => 55.5) })),
    });
    // Still true: with three or more lines only each line's last point gets a label.
    expect(computeChartLayout(three, opts()).showValueLabels).toBe(true);
  });

  it('keeps room on the right for the last period label of a line chart', () => {
    const categories = ['2023年6月上半月', '2023年6月下半月', '2023年7月上半月'];
    const spec = lineChartSpec({ id: 'p', title: '趋势', categories, unit: '个', series: [{ key: 'a', name: '甲', values: [1, 2, 3] }] });
    const layout = computeChartLayout(spec, opts());
    expect(layout.tickAngle).toBe(0);
    // The label is centred on the last point, which sits 16 px inside the plot.
    expect(layout.margin.right + 16).toBeGreaterThanOrEqual(estimateTextWidth('2023年7月上半月', 12) / 2);
    const short = lineChartSpec({ id: 's', title: '趋势', categories: ['6月上', '6月下'], unit: '个', series: [{ key: 'a', name: '甲', values: [1, 2] }] });
    expect(computeChartLayout(short, opts()).margin.right).toBe(16);
  });
});

describe('labelColorOn', () => {
  it('uses white on dark fills and dark text on light fills', () => {
    expect(labelColorOn('#1F3864')).toBe('#FFFFFF');
    expect(labelColorOn('#FFD966')).not.toBe('#FFFFFF');
  });
});

describe('valueAxis', () => {
  const counts = (values: (number | null)[]) =>
    barChartSpec({ id: 'v', title: 'v', categories: values.map((_, i) => `县${i}`), unit: '个', series: [{ key: 'a', name: 'a', values }] });

  it('ends on a round number with headroom above the tallest bar', () => {
    expect(valueAxis(counts([2800, 1200]))).toEqual({ max: 3500, ticks: [0, 500, 1000, 1500, 2000, 2500, 3000, 3500] });
    expect(valueAxis(counts([444, 10]))).toEqual({ max: 500, ticks: [0, 100, 200, 300, 400, 500] });
    expect(valueAxis(counts([42, 35, null, 28, 0])).max).toBeGreaterThanOrEqual(42 * 1.08);
  });

  it('keeps integer steps for counts and copes with all zeros', () => {
    expect(valueAxis(counts([1, 0]))).toEqual({ max: 2, ticks: [0, 1, 2] });
    expect(valueAxis(counts([5, 3])).ticks.every(Number.isInteger)).toBe(true);
    expect(valueAxis(counts([0, 0]))).toEqual({ max: 1, ticks: [0, 1] });
  });

  it('runs percent charts 0–100% and includes the threshold', () => {
    const rate = rateBarSpec({ id: 'r', title: 'r', categories: ['甲'], values: [30], seriesName: '率' });
    expect(valueAxis(rate)).toEqual({ max: 100, ticks: [0, 25, 50, 75, 100] });
    const withTarget = barChartSpec({ id: 't', title: 't', categories: ['甲'], unit: '家', threshold: { value: 80, label: '目标' }, series: [{ key: 'a', name: 'a', values: [10] }] });
    expect(valueAxis(withTarget).max).toBeGreaterThanOrEqual(80);
  });
});
