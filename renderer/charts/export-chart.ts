/**
 * Turns a mounted SpecChart into a standalone SVG file, and (in the browser) into a PNG. The same
 * serializer is used by electron/charts/render-chart.ts on the jsdom copy, so 导出 SVG on screen
 * and the PNG in a document come from identical markup. It uses only the element's own document
 * (no globals), which is what lets it run against jsdom in Node.
 */
import { CHART_FONT_FAMILY } from './chart-layout';

export const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** Hover-only parts (class names) that must not end up in an exported picture. */
const INTERACTIVE_CLASSES = ['recharts-tooltip-cursor', 'recharts-active-dot', 'recharts-tooltip-wrapper'];

// Lookups use getElementsBy* rather than CSS selectors: jsdom's selector engine was a visible
// share of the document render time, and these are all simple class / tag matches.

/** The chart's <svg>: `root` itself, or the recharts surface inside it. */
export function findChartSvg(root: Element): SVGSVGElement | null {
  if (root.localName === 'svg') return root as SVGSVGElement;
  const svgs = [...root.getElementsByTagName('svg')] as SVGSVGElement[];
  return svgs.find((s) => s.classList.contains('recharts-surface')) ?? svgs[0] ?? null;
}

export interface SerializeOptions {
  /** Paint a background rectangle (default white: documents and image viewers expect one). */
  background?: string | null;
}

export interface SerializedChart {
  svg: string;
  width: number;
  height: number;
}

function numberAttr(el: Element, name: string): number | null {
  const v = Number.parseFloat(el.getAttribute(name) ?? '');
  return Number.isFinite(v) && v > 0 ? v : null;
}

/**
 * Standalone SVG markup of the chart under `root`: xmlns declared, explicit width/height/viewBox,
 * the chart font family on the root (texts inherit it in any viewer), hover artefacts removed.
 * The legend is already part of the <svg> (SpecChart draws it as SVG), so nothing is lost.
 */
export function serializeChart(root: Element, options: SerializeOptions = {}): SerializedChart {
  const svg = findChartSvg(root);
  if (!svg) throw new Error('图表尚未渲染，找不到 <svg> 元素');
  const clone = svg.cloneNode(true) as SVGSVGElement;
  for (const name of INTERACTIVE_CLASSES) [...clone.getElementsByClassName(name)].forEach((el) => el.remove());
  const viewBox = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const width = numberAttr(svg, 'width') ?? (viewBox.length === 4 ? viewBox[2] : 0);
  const height = numberAttr(svg, 'height') ?? (viewBox.length === 4 ? viewBox[3] : 0);
  if (!(width > 0 && height > 0)) throw new Error('图表尺寸为 0，无法导出');
  clone.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
  clone.setAttributeNS(XMLNS_NS, 'xmlns:xlink', XLINK_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.setAttribute('font-family', CHART_FONT_FAMILY);
  // Layout styles (width: 100%) mean nothing outside the page and confuse some rasterisers.
  clone.removeAttribute('style');
  clone.removeAttribute('class');
  clone.setAttribute('class', 'spec-chart');
  const background = options.background === undefined ? '#FFFFFF' : options.background;
  if (background) {
    const rect = clone.ownerDocument.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('x', '0');
    rect.setAttribute('y', '0');
    rect.setAttribute('width', String(width));
    rect.setAttribute('height', String(height));
    rect.setAttribute('fill', background);
    clone.insertBefore(rect, clone.firstChild);
  }
  const view = svg.ownerDocument.defaultView;
  if (!view) throw new Error('图表不在文档中，无法导出');
  const markup = new view.XMLSerializer().serializeToString(clone);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${markup}`, width, height };
}

/** SVG file contents for 导出 SVG. */
export function chartSvgBlob(root: Element): Blob {
  return new Blob([serializeChart(root).svg], { type: 'image/svg+xml;charset=utf-8' });
}

/**
 * Rasterises SVG markup in the browser (image → canvas) at `scale`× for 导出 PNG. Text uses the
 * fonts of the user's machine, named by the chart's family list (微软雅黑/黑体 on Windows).
 */
export function svgToPngBlob(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
    const img = new Image();
    img.onload = () => {
      try {
        const canvas = document.createElement('canvas');
        canvas.width = Math.round(width * scale);
        canvas.height = Math.round(height * scale);
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('浏览器不支持 canvas，无法导出 PNG');
        ctx.fillStyle = '#FFFFFF';
        ctx.fillRect(0, 0, canvas.width, canvas.height);
        ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
        canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG 编码失败'))), 'image/png');
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      } finally {
        URL.revokeObjectURL(url);
      }
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('图表 SVG 无法加载为图片，导出 PNG 失败'));
    };
    img.src = url;
  });
}

/** PNG of the chart under `root` for 导出 PNG, at 2× like the document pictures. */
export async function chartPngBlob(root: Element, scale = 2): Promise<Blob> {
  const { svg, width, height } = serializeChart(root);
  return svgToPngBlob(svg, width, height, scale);
}

/** File name for an exported chart: the title without characters Windows forbids in names. */
export function chartFileName(title: string, ext: 'png' | 'svg'): string {
  const base = title.replace(/[\\/:*?"<>|\r\n\t]+/g, '_').replace(/\s+/g, ' ').trim() || '图表';
  return `${base.slice(0, 80)}.${ext}`;
}

/** Offers a blob as a download (Electron shows its save dialog for it). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
