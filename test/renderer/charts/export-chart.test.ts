import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { chartFileName, findChartSvg, serializeChart } from '../../../renderer/charts/export-chart';

// A page like the one the UI shows: recharts wrapper, surface, a hover cursor and the tooltip div.
function mountedChart(svgAttrs = 'width="320" height="160"') {
  const dom = new JSDOM(`<!doctype html><body><div id="card">
    <div class="recharts-wrapper" style="width:320px;height:160px">
      <svg class="recharts-surface" ${svgAttrs} style="width: 100%; height: 100%">
        <title>各县区发现问题数</title>
        <path class="recharts-tooltip-cursor" d="M0 0L1 1"/>
        <g class="spec-chart-legend"><text x="10" y="10">发现问题 &amp; 已整改</text></g>
        <text x="20" y="150">宿城区</text>
      </svg>
      <div class="recharts-tooltip-wrapper">提示</div>
    </div></div></body>`);
  return dom.window.document.getElementById('card') as Element;
}

describe('serializeChart', () => {
  it('makes a standalone SVG: xmlns, size, font family, white background, legend kept', () => {
    const { svg, width, height } = serializeChart(mountedChart());
    expect(width).toBe(320);
    expect(height).toBe(160);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('viewBox="0 0 320 160"');
    expect(svg).toContain("font-family=\"'Noto Sans CJK SC', 'Microsoft YaHei', 'SimHei', 'PingFang SC', sans-serif\"");
    expect(svg).toMatch(/<svg[^>]*><rect x="0" y="0" width="320" height="160" fill="#FFFFFF"\/>/);
    expect(svg).toContain('发现问题 &amp; 已整改');
    expect(svg).toContain('宿城区');
    expect(svg).not.toContain('recharts-tooltip-cursor');
    expect(svg).not.toContain('提示');
    expect(svg).not.toContain('100%');
  });

  it('does not touch the chart on the page', () => {
    const root = mountedChart();
    serializeChart(root);
    expect(root.querySelector('.recharts-tooltip-cursor')).not.toBeNull();
    expect(findChartSvg(root)?.getAttribute('style')).toContain('100%');
  });

  it('parses back as XML', () => {
    const { svg } = serializeChart(mountedChart());
    const doc = new JSDOM('').window;
    const parsed = new doc.DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(parsed.documentElement.localName).toBe('svg');
  });

  it('takes the size from the viewBox and can leave the background out', () => {
    const { svg, width } = serializeChart(mountedChart('viewBox="0 0 300 100"'), { background: null });
    expect(width).toBe(300);
    expect(svg).not.toContain('fill="#FFFFFF"');
  });

  it('explains in Chinese when there is nothing to export', () => {
    const dom = new JSDOM('<div id="x"></div>');
    expect(() => serializeChart(dom.window.document.getElementById('x') as Element)).toThrow('图表尚未渲染');
  });
});

describe('chartFileName', () => {
  it('removes characters Windows forbids and adds the extension', () => {
    expect(chartFileName('各县区整改进度 / 2023年6月', 'png')).toBe('各县区整改进度 _ 2023年6月.png');
    expect(chartFileName('  ', 'svg')).toBe('图表.svg');
  });
});
