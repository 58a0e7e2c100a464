/**
 * PDF output of official documents. Preferred route: LibreOffice converts the very .docx the user
 * gets, so the PDF and the Word file agree. Fallback when LibreOffice is not installed: Chromium
 * prints the HTML rendition (same layout rules, see gongwen/html.ts), which needs the document
 * model (or a ready HTML string) because a .docx cannot be turned into HTML faithfully.
 *
 * Usage:
 *   await convertToPdf('/path/通报.docx', '/path/通报.pdf', { doc });   // auto: LibreOffice, else Chromium
 *   await renderGongwenPdf(doc, '/path/通报.pdf');                      // from the model directly
 */
import type { GongwenDoc } from '../../shared/documents/document-model';
import type { GongwenRenderOptions } from '../../shared/documents/render-options';
import { AppError } from '../../shared/errors';
import { renderGongwenDocx } from './gongwen/render-docx';
import { renderGongwenHtml } from './gongwen/html';
import { htmlToPdfWithChromium } from './pdf-chromium';
import { docxToPdfWithLibreOffice, findSoffice } from './pdf-libreoffice';

export type PdfRoute = 'libreoffice' | 'chromium';

export interface ConvertPdfOptions {
  /** 'auto' (default): LibreOffice when soffice is found, else Chromium. */
  route?: PdfRoute | 'auto';
  /** The document model, for the Chromium route (its HTML rendition is printed). */
  doc?: GongwenDoc;
  /** A ready HTML rendition for the Chromium route (takes precedence over `doc`). */
  html?: string;
  /** Options for rendering `doc` (fonts, date style…); use the same as for the .docx. */
  renderOptions?: GongwenRenderOptions;
  sofficePath?: string;
  chromiumPath?: string;
  timeoutMs?: number;
}

export interface ConvertPdfResult {
  route: PdfRoute;
}

function chooseRoute(options: ConvertPdfOptions): PdfRoute {
  if (options.route && options.route !== 'auto') return options.route;
  return options.sofficePath || findSoffice() ? 'libreoffice' : 'chromium';
}

/**
 * Writes `outPdf` from a .docx (file path or bytes). Throws AppError('io') when no converter is
 * available or the conversion fails, AppError('usage') when the Chromium route has no content.
 */
export async function convertToPdf(input: string | Uint8Array, outPdf: string, options: ConvertPdfOptions = {}): Promise<ConvertPdfResult> {
  const route = chooseRoute(options);
  if (route === 'libreoffice') {
    await docxToPdfWithLibreOffice(input, outPdf, { sofficePath: options.sofficePath, timeoutMs: options.timeoutMs });
    return { route };
  }
  const html = options.html ?? (options.doc ? renderGongwenHtml(options.doc, options.renderOptions) : undefined);
  if (html === undefined) {
    throw new AppError(
      'usage',
      '未找到 LibreOffice（soffice），改用 Chromium 生成 PDF 时需要公文内容（doc 或 html）；请安装 LibreOffice，或传入公文内容',
    );
  }
  await htmlToPdfWithChromium(html, outPdf, { chromiumPath: options.chromiumPath, timeoutMs: options.timeoutMs });
  return { route };
}

/** Renders a GongwenDoc straight to PDF by the best available route. */
export async function renderGongwenPdf(
  doc: GongwenDoc,
  outPdf: string,
  options: Omit<ConvertPdfOptions, 'doc' | 'html'> = {},
): Promise<ConvertPdfResult> {
  const route = chooseRoute(options);
  const docx = route === 'libreoffice' ? await renderGongwenDocx(doc, options.renderOptions) : new Uint8Array();
  return convertToPdf(docx, outPdf, { ...options, route, doc });
}

export { findSoffice } from './pdf-libreoffice';
export { findChromium } from './pdf-chromium';
