import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { findCjkFont, rasterizeChartSvg, renderChartPng, renderChartSvg } from '../../../electron/charts/render-chart';
import { domGlobalsPresent } from '../../../electron/charts/jsdom-env';
import { barChartSpec, lineChartSpec, rateBarSpec, rectificationProgressSpec, stackedBarChartSpec } from '../../../shared/charts/chart-builders';
import type { ChartSpec } from '../../../shared/charts/chart-spec';
import { AppError } from '../../../shared/errors';

const DISTRICTS = ['宿城区', '宿豫区', '沭阳县', '泗阳县', '泗洪县'];
const OUT = path.resolve('test-output/charts');
const font = findCjkFont();
if (!font) {
  console.warn('⚠⚠ 跳过图表 PNG 测试：本机没有中文字体，图中中文会变成方框。请安装 Debian 包 fonts-noto-cjk（sudo apt-get install fonts-noto-cjk）。');
}

// 沭阳县 has not reported (null) in the bar charts; 泗洪县 reported zero.
const SPECS: Record<string, ChartSpec> = {
  bar: barChartSpec({
    id: 'bar',
    title: '各县区发现问题和已整改问题数',
    categories: DISTRICTS,
    unit: '个',
    series: [
      { key: 'found', name: '发现问题', values: [42, 35, null, 28, 0] },
      { key: 'fixed', name: '已整改', values: [30, 20, null, 25, 0] },
    ],
  }),
  rate: rateBarSpec({
    id: 'rate',
    title: '社会办医疗机构检查覆盖率',
    categories: DISTRICTS,
    seriesName: '检查覆盖率',
    values: [62.5, 48, null, 71.3, 35],
    target: { value: 50, label: '目标 50%' },
  }),
  line: lineChartSpec({
    id: 'line',
    title: '各县区整改率趋势',
    categories: ['6月上半月', '6月下半月', '7月上半月', '7月下半月', '8月上半月'],
    unit: '%',
    percent: true,
    threshold: { value: 50, label: '目标 50%' },
    series: [
      { key: 'sc', name: '宿城区', values: [10, 25, null, 70, 85] },
      { key: 'sy', name: '宿豫区', values: [5, 15, 30, 45, 60] },
    ],
  }),
  'stacked-bar': stackedBarChartSpec({
    id: 'stacked-bar',
    title: '各县区问题来源',
    categories: DISTRICTS,
    unit: '个',
    series: [
      { key: 'self', name: '自查发现', values: [20, 15, null, 30, 10] },
      { key: 'inspect', name: '督查发现', values: [12, 8, null, 16, 4] },
    ],
  }),
  progress: rectificationProgressSpec({
    id: 'progress',
    title: '各县区问题整改进度',
    rows: [
      { category: '宿城区', rectified: 30, inProgress: 8, overdue: 4 },
      { category: '宿豫区', rectified: 20, inProgress: 10, overdue: 5 },
      { category: '沭阳县', rectified: null, inProgress: null, overdue: null },
      { category: '泗阳县', rectified: 45, inProgress: 12, overdue: 3 },
      { category: '泗洪县', rectified: 12, inProgress: 2, overdue: 9 },
    ],
  }),
};

function parse(svg: string): Document {
  const doc = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

function texts(doc: Document, selector = 'text'): string[] {
  return [...doc.querySelectorAll(selector)].map((t) => t.textContent ?? '');
}

function pngSize(png: Uint8Array): { width: number; height: number } {
  const b = Buffer.from(png);
  expect([...b.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(b.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

const svgs = new Map<string, string>();
let globalsSeenMeanwhile = false;

// The first renders also load React and recharts: a watcher polls on every turn of the event loop
// whether other code could see `window` / `document` meanwhile.
beforeAll(async () => {
  let done = false;
  const watcher = (async () => {
    while (!done) {
      globalsSeenMeanwhile ||= domGlobalsPresent();
      await new Promise((r) => setImmediate(r));
    }
  })();
  await Promise.all(
    Object.entries(SPECS).map(async ([type, spec]) => svgs.set(type, await renderChartSvg(spec, { width: 640, height: 360 }))),
  );
  done = true;
  await watcher;
});

describe('renderChartSvg', () => {
  it.each(Object.keys(SPECS))('%s: standalone SVG with Chinese categories and the legend inside the <svg>', (type) => {
    const svg = svgs.get(type) as string;
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).not.toContain('recharts-legend-wrapper');
    const doc = parse(svg);
    const all = texts(doc).join('|');
    const categories = type === 'line' ? SPECS.line.categories : DISTRICTS;
    for (const c of categories) expect(all).toContain(c);
    const legend = texts(doc, '.spec-chart-legend text');
    expect(legend).toEqual(SPECS[type].series.map((s) => s.name));
    expect(doc.documentElement.getAttribute('font-family')).toContain('Noto Sans CJK SC');
  });

  it('draws no bar for 未报 (null) and no bar for a reported zero, and tells them apart', () => {
    const doc = parse(svgs.get('bar') as string);
    const bars = [...doc.querySelectorAll('rect.spec-chart-bar')].map((r) => `${r.getAttribute('data-series')}:${r.getAttribute('data-category')}`);
    expect(bars.sort()).toEqual(['0:0', '0:1', '0:3', '1:0', '1:1', '1:3']);
    const all = texts(doc);
    expect(all.filter((t) => t === '未报')).toHaveLength(2);
    expect(all.filter((t) => t === '0')).toHaveLength(3); // the axis tick and the two zero bars
    expect(all).toContain('42');
  });

  it('draws no segment for a district that has not reported in stacked and progress charts', () => {
    for (const type of ['stacked-bar', 'progress']) {
      const doc = parse(svgs.get(type) as string);
      const cats = [...doc.querySelectorAll('rect.spec-chart-bar')].map((r) => r.getAttribute('data-category'));
      expect(cats).not.toContain('2');
      expect(new Set(cats)).toEqual(new Set(['0', '1', '3', '4']));
      expect(texts(doc)).toContain('未报');
    }
  });

  it('breaks a line at 未报 instead of dropping it to zero', () => {
    const doc = parse(svgs.get('line') as string);
    const curves = [...doc.querySelectorAll('path.recharts-line-curve')].map((p) => p.getAttribute('d') ?? '');
    expect(curves).toHaveLength(2);
    expect(curves[0].match(/M/g)).toHaveLength(2);
    expect(curves[1].match(/M/g)).toHaveLength(1);
  });

  it('draws the threshold as a labelled reference line', () => {
    for (const type of ['rate', 'line']) {
      const doc = parse(svgs.get(type) as string);
      expect(doc.querySelectorAll('.recharts-reference-line line').length).toBe(1);
      expect(texts(doc).join('|')).toContain('目标 50%');
    }
  });

  it('labels values in percent and prints stack totals', () => {
    expect(texts(parse(svgs.get('rate') as string))).toContain('62.5%');
    const progress = texts(parse(svgs.get('progress') as string));
    expect(progress).toContain('42'); // 宿城区 total 30 + 8 + 4
    expect(progress).toContain('已整改');
  });

  it('leaves no DOM globals behind in this process', () => {
    expect(domGlobalsPresent()).toBe(false);
    expect(typeof (globalThis as Record<string, unknown>).document).toBe('undefined');
  });

  it('never shows DOM globals to other code, not even while loading React and recharts', () => {
    expect(globalsSeenMeanwhile).toBe(false);
  });

  it('rejects sizes that cannot make a picture', async () => {
    await expect(renderChartSvg(SPECS.bar, { width: 0, height: 300 })).rejects.toThrow(AppError);
  });
});

describe.skipIf(!font)('renderChartPng (needs a CJK font: fonts-noto-cjk)', () => {
  it.each(Object.keys(SPECS))('%s: 2× PNG saved to test-output/charts', async (type) => {
    const png = await renderChartPng(SPECS[type], { width: 640, height: 360 });
    expect(pngSize(png)).toEqual({ width: 1280, height: 720 });
    expect(png.length).toBeGreaterThan(15_000);
    mkdirSync(OUT, { recursive: true });
    writeFileSync(path.join(OUT, `${type}.png`), png);
  });

  it('draws Chinese as real glyphs: different characters give different pictures, unlike missing-glyph boxes', async () => {
    const one = (text: string) =>
      rasterizeChartSvg(`<svg xmlns="http://www.w3.org/2000/svg" width="60" height="30"><text x="4" y="22" font-size="20" font-family="'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif">${text}</text></svg>`);
    const [su, cheng, box1, box2] = (await Promise.all([one('宿'), one('城'), one('\uE000'), one('\uE001')])).map((p) => Buffer.from(p));
    expect(box1.equals(box2)).toBe(true); // private-use characters: the font's missing-glyph box
    expect(su.equals(cheng)).toBe(false);
    expect(su.equals(box1)).toBe(false);
  });

  it('renders a four-chart bulletin quickly after warm-up', async () => {
    const bulletin = [SPECS.bar, SPECS.rate, SPECS.progress, SPECS.line];
    await renderChartPng(SPECS.progress, { width: 640, height: 360 });
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const pngs = await Promise.all(bulletin.map((s) => renderChartPng(s, { width: 640, height: 360 })));
    const wall = (performance.now() - started) / bulletin.length;
    const used = process.cpuUsage(cpuBefore);
    const cpu = (used.user + used.system) / 1000 / bulletin.length;
    console.info(`图表渲染：4 张图平均每张 CPU ${cpu.toFixed(0)} ms、耗时 ${wall.toFixed(0)} ms（jsdom 渲染 + resvg 2× 栅格化）`);
    expect(pngs).toHaveLength(4);
    // CPU time (this process, resvg threads included) rather than wall time, so a busy CI machine
    // does not fail the test. Target is < 300 ms; measured ~200 ms under heavy load.
    expect(cpu).toBeLessThan(600);
  });

  it('rasterises with a per-chart font subset, clearly cheaper than the full CJK font', async () => {
    const svg = svgs.get('bar') as string;
    const cpuOf = async (subset: boolean) => {
      await rasterizeChartSvg(svg, { subset });
      const before = process.cpuUsage();
      for (let i = 0; i < 2; i++) await rasterizeChartSvg(svg, { subset });
      const used = process.cpuUsage(before);
      return (used.user + used.system) / 2;
    };
    const subset = await cpuOf(true);
    const full = await cpuOf(false);
    expect(subset * 2).toBeLessThan(full);
  });
});
