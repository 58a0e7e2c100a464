/**
 * Render tests: the 3-page sample 通报 through LibreOffice and through Chromium, checked with
 * poppler-utils. Page 1 is rasterised into test-output/gongwen-render/ for a person to compare
 * with shared/reference/gongwen-sample-p1.png.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderGongwenDocx } from '../../../electron/documents/gongwen/render-docx';
import { convertToPdf, findChromium, findSoffice, renderGongwenPdf } from '../../../electron/documents/pdf';
import { AppError } from '../../../shared/errors';
import { hasCommand, pdfPageCount, pdfText, pdfWords, rasterisePage, redShareOfTop } from './fixtures/pdf-tools';
import { compactSampleDoc } from './fixtures/sample-gongwen';

const OUT = path.resolve('test-output/gongwen-render');
const poppler = hasCommand('pdfinfo') && hasCommand('pdftotext') && hasCommand('pdftoppm');
const soffice = findSoffice();
const chromium = findChromium();

if (!poppler) console.warn('⚠ pdfinfo/pdftotext/pdftoppm 不存在：跳过 PDF 渲染测试（请安装 Debian 软件包 poppler-utils）');
if (!soffice) console.warn('⚠ soffice 不存在：跳过 LibreOffice 渲染测试（请安装 Debian 软件包 libreoffice-writer）');
if (!chromium) console.warn('⚠ /usr/bin/chromium 不存在：跳过 Chromium 渲染测试（请安装 Debian 软件包 chromium）');

beforeAll(() => mkdirSync(OUT, { recursive: true }));

/** Line tops on a page whose words lie inside the 版心 (page number excluded). */
function bodyLineTops(pdf: string, page: number): number[] {
  const tops = pdfWords(pdf, page)
    .filter((w) => w.yMax < 742.7 + 2)
    .map((w) => Math.round(w.yMin * 10) / 10);
  return [...new Set(tops)].sort((a, b) => a - b).filter((t, i, all) => i === 0 || t - all[i - 1] > 3);
}

/** '— N —' 7 mm under the 版心 (dash centre), 1 字 (14 pt) in from the outer edge: odd right, even left. */
function expectOuterPageNumbers(pdf: string): void {
  const number = (page: number) => pdfWords(pdf, page).find((w) => w.yMin > 735 && /^\d+$/.test(w.text));
  const dashes = (page: number) => pdfWords(pdf, page).filter((w) => w.yMin > 735 && w.text === '—');
  const [odd, even] = [number(1)!, number(2)!];
  expect(odd.text).toBe('1');
  expect(even.text).toBe('2');
  const centre = (odd.yMin + odd.yMax) / 2;
  expect(Math.abs(centre - (742.7 + 7 * 2.835))).toBeLessThan(3);
  expect(Math.max(...dashes(1).map((w) => w.xMax))).toBeCloseTo(521.6 - 14, -0.5);
  expect(Math.min(...dashes(2).map((w) => w.xMin))).toBeCloseTo(79.4 + 14, -0.5);
}

describe.skipIf(!poppler || !soffice)('LibreOffice route', () => {
  const pdf = path.join(OUT, 'sample-libreoffice.pdf');
  let route: string;

  beforeAll(async () => {
    const docx = await renderGongwenDocx(compactSampleDoc());
    ({ route } = await convertToPdf(docx, pdf));
  }, 120_000);

  it('converts with LibreOffice when soffice exists', () => {
    expect(route).toBe('libreoffice');
  });

  it('gives three A4 pages with extractable text', () => {
    expect(pdfPageCount(pdf)).toBe(3);
    const p1 = pdfText(pdf, 1);
    expect(p1).toContain('某市卫生健康委员会文件');
    expect(p1.replace(/\s+/g, '')).toContain('关于全市医疗卫生行业市场秩序专项整顿');
    expect(p1).toMatch(/695/);
    expect(pdfText(pdf, 3).replace(/\s+/g, '')).toContain('2024年5月16日印发');
  });

  it('keeps the 28.95 pt line pitch inside the 版心', () => {
    const tops = bodyLineTops(pdf, 1).slice(-6);
    const gaps = tops.slice(1).map((t, i) => t - tops[i]);
    expect(gaps.length).toBe(5);
    for (const g of gaps) expect(Math.abs(g - 28.95)).toBeLessThan(0.45);
  });

  it('numbers pages — N — on the outer side (odd right, even left)', () => {
    expectOuterPageNumbers(pdf);
  });

  it('rasterises page 1 with a red 版头', () => {
    const png = rasterisePage(pdf, 1, path.join(OUT, 'sample-libreoffice-p1'));
    expect(png).toMatch(/p1\.png$/);
    expect(redShareOfTop(pdf, 1, path.join(OUT, 'sample-libreoffice-p1-raster'))).toBeGreaterThan(0.01);
    expect(redShareOfTop(pdf, 2, path.join(OUT, 'sample-libreoffice-p2-raster'))).toBe(0);
  });
});

describe.skipIf(!poppler || !chromium)('Chromium route', () => {
  const pdf = path.join(OUT, 'sample-chromium.pdf');
  let route: string;

  beforeAll(async () => {
    ({ route } = await renderGongwenPdf(compactSampleDoc(), pdf, { route: 'chromium' }));
  }, 120_000);

  it('prints the HTML rendition when forced', () => {
    expect(route).toBe('chromium');
  });

  it('produces A4 pages with the text, the red 版头 and page numbers', () => {
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(3);
    const info = pdfText(pdf, 1);
    expect(info).toContain('某市卫生健康委员会文件');
    expect(info).toMatch(/695/);
    expectOuterPageNumbers(pdf);
    expect(redShareOfTop(pdf, 1, path.join(OUT, 'sample-chromium-p1-raster'))).toBeGreaterThan(0.01);
    rasterisePage(pdf, 1, path.join(OUT, 'sample-chromium-p1'));
  });

  it('pushes the 版记 to the foot of the last page', () => {
    const last = pdfPageCount(pdf);
    const words = pdfWords(pdf, last).filter((w) => w.text.includes('印发'));
    expect(words.length).toBeGreaterThan(0);
    // The 印发 line is the last line of the 版心 (bottom at 742.7 pt), within a line's height.
    expect(words[0].yMax).toBeGreaterThan(742.7 - 29);
    expect(words[0].yMax).toBeLessThan(742.7 + 1);
  });
});

describe('convertToPdf without content for Chromium', () => {
  it('asks for the document model in Chinese', async () => {
    await expect(convertToPdf(new Uint8Array(), path.join(OUT, 'never.pdf'), { route: 'chromium' })).rejects.toThrow(AppError);
    await expect(convertToPdf(new Uint8Array(), path.join(OUT, 'never.pdf'), { route: 'chromium' })).rejects.toThrow(/需要公文内容/);
  });
});
