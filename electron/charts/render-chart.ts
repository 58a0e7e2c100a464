/**
 * Chart pictures for documents, with no browser: mounts the UI's own SpecChart in jsdom (react-dom
 * client render, not server rendering, which gives recharts 3 an empty chart), serialises its
 * <svg> with the same code as 导出 SVG, and rasterises it with resvg at 2×.
 *
 * The jsdom globals exist only inside one synchronous render (see jsdom-env.ts): the commit is
 * synchronous (act / flushSync, see commitSync) and final because every series has animation
 * off, so two renders can never overlap. Rasterising runs off the main thread (resvg) and may.
 */
import { assertValidChartSpec, type ChartSpec } from '../../shared/charts/chart-spec';
import { AppError } from '../../shared/errors';
import { requireCjkFont, type CjkFont } from './cjk-font';
import { rasterizeChartSvg } from './rasterize-chart';
import { withDomGlobals } from './jsdom-env';

export { findCjkFont, requireCjkFont, readFontFamilies, type CjkFont, type FontSearchOptions } from './cjk-font';
export { rasterizeChartSvg, type RasterizeOptions } from './rasterize-chart';

export interface ChartSize {
  /** CSS pixels of the chart as laid out (the PNG is `scale` times larger). */
  width: number;
  height: number;
  /** Draw the title inside the picture (documents usually caption it instead). */
  showTitle?: boolean;
}

export interface PngOptions extends ChartSize {
  /** Pixel ratio of the PNG; default 2 (print). */
  scale?: number;
  /** Font to rasterise with; default findCjkFont(). */
  font?: CjkFont;
}

interface Renderer {
  react: typeof import('react');
  reactDom: typeof import('react-dom');
  client: typeof import('react-dom/client');
  chart: typeof import('../../renderer/charts/SpecChart');
  exporter: typeof import('../../renderer/charts/export-chart');
}

let loading: Promise<Renderer> | null = null;

/**
 * Loads React, react-dom and the chart modules once, WITHOUT DOM globals: module loading is
 * asynchronous, and globals installed across those awaits would be visible to the rest of the
 * process. Nothing here needs a DOM at load time (checked: the SVG is byte-identical either way;
 * recharts then treats itself as server-side, which only skips text measuring that jsdom cannot
 * do anyway). The DOM is only present during the synchronous render.
 */
function loadRenderer(): Promise<Renderer> {
  loading ??= Promise.all([
    import('react'),
    import('react-dom'),
    import('react-dom/client'),
    import('../../renderer/charts/SpecChart'),
    import('../../renderer/charts/export-chart'),
  ]).then(
    ([react, reactDom, client, chart, exporter]) => ({ react, reactDom, client, chart, exporter }),
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

function checkSize(size: ChartSize): void {
  const ok = (n: number) => Number.isFinite(n) && n >= 50 && n <= 4000;
  if (!ok(size.width) || !ok(size.height)) {
    throw new AppError('usage', `图表尺寸 ${size.width}×${size.height} 无效：宽和高应在 50 到 4000 像素之间`);
  }
}

/**
 * Commits a React update synchronously. Development builds of React have `act`, which routes all
 * follow-up work (effects, store updates) through its own queue and drains it before returning,
 * so nothing is left on React's scheduler to run after the globals are gone. Production builds
 * have no `act`; there `flushSync` commits, and the scheduler's leftover task only flushes the
 * (already flushed) passive effects without touching `window`.
 */
function commitSync(r: Renderer, update: () => void): void {
  const act = (r.react as { act?: (cb: () => void) => unknown }).act;
  if (typeof act === 'function') act(update);
  else r.reactDom.flushSync(update);
}

function renderSync(r: Renderer, spec: ChartSpec, size: ChartSize): string {
  return withDomGlobals((win) => {
    const container = win.document.createElement('div');
    win.document.body.appendChild(container);
    const root = r.client.createRoot(container);
    try {
      const element = r.react.createElement(r.chart.SpecChart, {
        spec,
        width: size.width,
        height: size.height,
        forExport: true,
        showTitle: size.showTitle ?? false,
      });
      commitSync(r, () => root.render(element));
      return r.exporter.serializeChart(container).svg;
    } finally {
      commitSync(r, () => root.unmount());
      container.remove();
    }
  });
}

/** Standalone SVG (xmlns, white background, legend inside) of `spec` drawn by SpecChart. */
export async function renderChartSvg(spec: ChartSpec, size: ChartSize): Promise<string> {
  assertValidChartSpec(spec);
  checkSize(size);
  const renderer = await loadRenderer();
  return renderSync(renderer, spec, size);
}

/** PNG of `spec` at `scale`× (default 2×: 640×360 → 1280×720) for embedding in .docx. */
export async function renderChartPng(spec: ChartSpec, options: PngOptions): Promise<Uint8Array> {
  // Fail on a missing font before spending time on the render.
  const font = options.font ?? requireCjkFont();
  const svg = await renderChartSvg(spec, options);
  return rasterizeChartSvg(svg, { scale: options.scale, font });
}
