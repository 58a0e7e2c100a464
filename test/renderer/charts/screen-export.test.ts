// The screen half of "one spec, two outputs": SpecChart mounted in real Chromium (as in the UI,
// animations on) must lay out exactly like the jsdom copy used for documents, and the UI's
// 导出 PNG / 导出 SVG helpers must work there (canvas rasterisation only exists in a browser).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { JSDOM } from 'jsdom';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../../electron/charts/render-chart';
import { rateBarSpec } from '../../../shared/charts/chart-builders';

const CHROMIUM = process.env.RECTIFY_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`\n!!! 未找到 Chromium（${CHROMIUM}）：屏幕图表导出测试已跳过。请安装 Debian 软件包 chromium（sudo apt-get install chromium）。\n`);
}

const DISTRICTS = ['宿城区', '宿豫区', '沭阳县', '泗阳县', '泗洪县'];
const SPEC = rateBarSpec({
  id: 'rate',
  title: '社会办医疗机构检查覆盖率',
  categories: DISTRICTS,
  seriesName: '检查覆盖率',
  values: [62.5, 48, null, 71.3, 35],
  target: { value: 50, label: '目标 50%' },
});

const PAGE_SCRIPT = `
import { createRoot } from 'react-dom/client';
import { createElement } from 'react';
import { SpecChart } from './renderer/charts/SpecChart';
import { chartPngBlob, chartSvgBlob } from './renderer/charts/export-chart';
const el = document.getElementById('root');
createRoot(el).render(createElement(SpecChart, { spec: ${JSON.stringify(SPEC)}, width: 640, height: 360 }));
window.exportChart = async () => {
  const png = new Uint8Array(await (await chartPngBlob(el)).arrayBuffer());
  let bin = '';
  for (const b of png) bin += String.fromCharCode(b);
  return { png: btoa(bin), svg: await chartSvgBlob(el).text() };
};
`;

function bars(svg: string): string[] {
  const doc = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
  return [...doc.querySelectorAll('rect.spec-chart-bar')].map((r) =>
    ['x', 'y', 'width', 'height'].map((a) => Number(r.getAttribute(a)).toFixed(1)).join(','),
  );
}

describe.skipIf(!hasChromium)('SpecChart on screen (Chromium) and its PNG / SVG export', () => {
  let browser: Browser;
  let exported: { png: string; svg: string };

  beforeAll(async () => {
    const bundle = await build({
      stdin: { contents: PAGE_SCRIPT, resolveDir: path.resolve('.'), loader: 'tsx' },
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      define: { 'process.env.NODE_ENV': '"production"' },
      tsconfig: 'tsconfig.json',
      logLevel: 'error',
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const js = bundle.outputFiles[0].text.replace(/<\/script>/g, '<\\/script>');
    await page.setContent(`<!doctype html><html><body><div id="root"></div><script>${js}</script></body></html>`);
    // Let the bar animation finish, as a user would before clicking 导出.
    await page.waitForTimeout(2500);
    exported = await page.evaluate(() => (window as unknown as { exportChart: () => Promise<{ png: string; svg: string }> }).exportChart());
    expect(errors).toEqual([]);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('exports a 2× PNG through the canvas', () => {
    const png = Buffer.from(exported.png, 'base64');
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(png.readUInt32BE(16)).toBe(1280);
    expect(png.readUInt32BE(20)).toBe(720);
  });

  it('exports a standalone SVG with the legend and Chinese labels', () => {
    expect(exported.svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(exported.svg).toContain('检查覆盖率');
    for (const d of DISTRICTS) expect(exported.svg).toContain(d);
    expect(exported.svg).not.toContain('recharts-tooltip-wrapper');
  });

  it('lays the bars out exactly like the document rendering in jsdom', async () => {
    const documentSvg = await renderChartSvg(SPEC, { width: 640, height: 360 });
    const onScreen = bars(exported.svg);
    expect(onScreen).toHaveLength(4);
    expect(onScreen).toEqual(bars(documentSvg));
  });
});
