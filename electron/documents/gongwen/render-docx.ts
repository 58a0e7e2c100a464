/**
 * GongwenDoc → .docx bytes (GB/T 9704-2012), with the npm `docx` package. One section: A4,
 * 37/28/26/35 mm margins, Word's 22行×28字 document grid, odd/even page-number footers.
 *
 * Usage:
 *   const bytes = await renderGongwenDocx(doc);            // Buffer, write it wherever
 *   const bytes = await renderGongwenDocx(doc, { fonts: { body: '仿宋', kai: '楷体' } });
 */
import { Document, DocumentGridType, Packer, PageOrientation, type Paragraph, type Table } from 'docx';
import type { GongwenDoc } from '../../../shared/documents/document-model';
import { resolveRenderOptions, type GongwenRenderOptions } from '../../../shared/documents/render-options';
import { assertRenderable } from '../../../shared/documents/validate';
import { titleLines } from '../../../shared/documents/text-rules';
import { blockElements } from './blocks';
import { attachmentNoteParagraphs, attachmentPages, colophonElements, signatureParagraphs } from './closing';
import { pageNumberFooters } from './footer';
import { FOOTER_TWIPS, GRID_CHAR_SPACE, HEADER_TWIPS, LINE_TWIPS, MARGIN_TWIPS, PAGE_TWIPS } from './geometry';
import { headerParagraphs, titleParagraphs } from './header';
import type { DocxContext } from './runs';
import { buildStyles } from './styles';

/** Builds the docx `Document` object (exposed for tests and for `docx/layout` page estimates). */
export function buildGongwenDocument(doc: GongwenDoc, options: GongwenRenderOptions = {}): Document {
  assertRenderable(doc);
  const opts = resolveRenderOptions(options);
  const ctx: DocxContext = { opts };
  const attachments = doc.attachments ?? [];
  const hasClosing = attachments.length > 0 || doc.signature !== undefined;

  const children: (Paragraph | Table)[] = [
    ...headerParagraphs(ctx, doc),
    ...titleParagraphs(ctx, doc, doc.header !== undefined),
    ...blockElements(ctx, doc.blocks, hasClosing),
    ...attachmentNoteParagraphs(ctx, attachments),
    ...signatureParagraphs(ctx, doc),
    ...attachmentPages(ctx, attachments),
    ...(doc.colophon ? colophonElements(ctx, doc.colophon) : []),
  ];

  return new Document({
    creator: doc.signature?.issuer ?? doc.header?.authority ?? '',
    title: titleLines(doc.title).join(''),
    evenAndOddHeaderAndFooters: true,
    styles: buildStyles(opts),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_TWIPS.width, height: PAGE_TWIPS.height, orientation: PageOrientation.PORTRAIT },
            margin: { ...MARGIN_TWIPS, header: HEADER_TWIPS, footer: FOOTER_TWIPS, gutter: 0 },
          },
          grid:
            opts.grid === 'linesAndChars'
              ? { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_TWIPS, charSpace: GRID_CHAR_SPACE }
              : { type: DocumentGridType.LINES, linePitch: LINE_TWIPS },
        },
        footers: pageNumberFooters(opts),
        children,
      },
    ],
  });
}

/** Renders the document to .docx bytes. Throws AppError('validation') listing content errors. */
export async function renderGongwenDocx(doc: GongwenDoc, options: GongwenRenderOptions = {}): Promise<Buffer> {
  return Packer.toBuffer(buildGongwenDocument(doc, options));
}
