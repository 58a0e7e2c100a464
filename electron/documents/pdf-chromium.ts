/**
 * HTML rendition → PDF with a headless Chromium driven by playwright-core (no browser download:
 * it launches the system Chromium). @page CSS sets A4, margins and the page-number margin boxes.
 *
 * The 版记 must end on the bottom of the 版心 of the last page (GB/T 9704 §7.4.1). CSS cannot
 * anchor a block to the foot of the last page, so the spacer in front of it is sized from the print
 * layout (continuous flow since the last forced page break) and the result is kept only if it does
 * not add a page; otherwise the 版记 simply follows the text.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { chromium, type Page } from 'playwright-core';
import { AppError } from '../../shared/errors';
import { TYPE_AREA_MM } from './gongwen/geometry';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Flags for a quiet, offline, sandbox-less headless run (the brief's list). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium executable: RECTIFY_CHROMIUM, else the usual Linux locations, else undefined. */
export function findChromium(): string | undefined {
  const env = process.env.RECTIFY_CHROMIUM;
  if (env && existsSync(env)) return env;
  return CANDIDATES.find((p) => existsSync(p));
}

export interface ChromiumOptions {
  chromiumPath?: string;
  timeoutMs?: number;
}

/** Number of pages in a PDF produced by Chromium (Skia writes page objects uncompressed). */
export function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/**
 * Sizes the spacer before the 版记 so that the 版记 ends on the 版心 bottom of its page. Layout is
 * measured with print media: offsets since the last attachment sheet (a forced page break) modulo
 * the 版心 height. Returns false when the document has no 版记.
 */
async function placeColophon(page: Page): Promise<boolean> {
  const pageHeightMm = TYPE_AREA_MM.height;
  return page.evaluate((heightMm) => {
    const colophon = document.querySelector<HTMLElement>('[data-gw="colophon"]');
    const spacer = document.querySelector<HTMLElement>('[data-gw="colophon-spacer"]');
    if (!colophon || !spacer) return false;
    const probe = document.createElement('div');
    probe.style.height = `${heightMm}mm`;
    document.body.appendChild(probe);
    const pageHeight = probe.getBoundingClientRect().height;
    probe.remove();
    const sheet = colophon.closest('section');
    const start = sheet ? sheet.getBoundingClientRect().top : 0;
    const top = colophon.getBoundingClientRect().top - start;
    const height = colophon.getBoundingClientRect().height;
    const used = top % pageHeight;
    // 1 px of slack absorbs sub-pixel rounding so the 版记 never tips onto a new page by itself.
    let gap = pageHeight - used - height - 1;
    if (gap < 0) gap += pageHeight;
    spacer.style.height = `${Math.max(0, gap)}px`;
    return true;
  }, pageHeightMm);
}

/** Prints a complete HTML page to `outPdf` (A4 from its @page CSS). */
export async function htmlToPdfWithChromium(html: string, outPdf: string, options: ChromiumOptions = {}): Promise<void> {
  const executablePath = options.chromiumPath ?? findChromium();
  if (!executablePath) {
    throw new AppError('io', '未找到 Chromium 浏览器，无法生成 PDF：请安装 LibreOffice 或 Chromium（Debian 软件包 chromium）后重试');
  }
  const timeout = options.timeoutMs ?? 60_000;
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, timeout });
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(timeout);
    await page.emulateMedia({ media: 'print' });
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const print = () => page.pdf({ preferCSSPageSize: true, printBackground: true });
    const plain = await print();
    let pdf = plain;
    if (await placeColophon(page)) {
      const placed = await print();
      // Keep the placed 版记 only if the estimate did not push it onto an extra page.
      if (countPdfPages(placed) === countPdfPages(plain)) pdf = placed;
    }
    await writeFile(outPdf, pdf);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('io', `Chromium 生成 PDF 失败：${e instanceof Error ? e.message : String(e)}`);
  } finally {
    await browser.close();
  }
}
