/**
 * Page numbers (GB/T 9704 §7.5): '— N —' in 4号 半角宋体 (宋体 in every font slot, so the digits
 * are not Times New Roman), odd pages right-aligned 1 字 in from the right, even pages
 * left-aligned 1 字 in from the left. Needs the document-level evenAndOddHeaderAndFooters switch.
 */
import { AlignmentType, Footer, PageNumber, TextRun } from 'docx';
import type { ResolvedRenderOptions } from '../../../shared/documents/render-options';
import { uniformFont } from './fonts';
import { CHAR4_TWIPS } from './geometry';
import { para } from './runs';
import { STYLE, halfPoints } from './styles';

function pageNumberFooter(opts: ResolvedRenderOptions, side: 'odd' | 'even'): Footer {
  return new Footer({
    children: [
      para({
        style: STYLE.footer,
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: CHAR4_TWIPS } : { left: CHAR4_TWIPS },
        children: [
          new TextRun({
            font: uniformFont(opts.fonts.song),
            size: halfPoints(14),
            characterSpacing: 0,
            // U+2014 一字线 on each side of the number.
            children: ['\u2014 ', PageNumber.CURRENT, ' \u2014'],
          }),
        ],
      }),
    ],
  });
}

/** `footers` for the section: default = odd pages, even = even pages. */
export function pageNumberFooters(opts: ResolvedRenderOptions): { default: Footer; even: Footer } {
  return { default: pageNumberFooter(opts, 'odd'), even: pageNumberFooter(opts, 'even') };
}
