/**
 * 版头 (GB/T 9704 §7.2) and 标题/主送 (§7.3.1–7.3.2) as docx paragraphs.
 * - 文件式: 发文机关标志 in red, glyph top 35 mm below the 版心 top, as a flow paragraph (framePr
 *   frames are fragile in LibreOffice, pitfall 9); 2 blank lines; 发文字号; red rule 4 mm below it
 *   as the number paragraph's bottom border (so that paragraph must not be indented, pitfall 10).
 * - 简报式: series name, 第N期, 编印单位 + date line carrying the red rule.
 * - 上行文 with 签发人: number 1 字 in from the left, 签发人 1 字 in from the right, via tab stops.
 */
import { AlignmentType, BorderStyle, LineRuleType, TabStopType, type Paragraph } from 'docx';
import type { GongwenDoc, GongwenHeader } from '../../../shared/documents/document-model';
import { formatDocDate, titleLines, withFinalColon } from '../../../shared/documents/text-rules';
import {
  AUTHORITY_SCALE,
  AUTHORITY_TOP_MM,
  CHAR_TWIPS,
  RED,
  RED_RULE_EIGHTHS,
  SERIES_NAME_PT,
  SERIES_TOP_MM,
  TEXT_WIDTH_TWIPS,
  authorityMarkPt,
  mmToTwips,
  ptToTwips,
} from './geometry';
import { blankLine, blankLines, para, tabbedRun, textRun, type DocxContext } from './runs';
import { STYLE, halfPoints } from './styles';

const headerColor = (h: GongwenHeader): string => (h.red ? RED : '000000');

/** Bottom border that draws the red rule; `space: 2` pt gave ≈ 4 mm below the glyphs (measured). */
const ruleBorder = (h: GongwenHeader) => ({
  bottom: { style: BorderStyle.SINGLE, size: RED_RULE_EIGHTHS, color: headerColor(h), space: 2 },
});

/**
 * A big centred mark whose glyph top sits `topMm` below the 版心 top: an exact line as tall as the
 * font, preceded by spacing. The glyph top is ≈ 4/52 of the size below the line top (measured for
 * 52 pt), hence the small correction.
 */
function markParagraph(ctx: DocxContext, text: string, pt: number, topMm: number, color: string, scale: number): Paragraph {
  return para({
    style: STYLE.normal,
    alignment: AlignmentType.CENTER,
    spacing: { before: Math.max(0, mmToTwips(topMm) - ptToTwips((pt * 4) / 52)), after: 0, line: ptToTwips(pt), lineRule: LineRuleType.EXACT },
    children: [textRun(ctx, text, 'title', { size: halfPoints(pt), color, scale, characterSpacing: 0 })],
  });
}

function fileHeader(ctx: DocxContext, h: GongwenHeader): Paragraph[] {
  const pt = authorityMarkPt(h.authority);
  const out = [markParagraph(ctx, h.authority, pt, AUTHORITY_TOP_MM, headerColor(h), AUTHORITY_SCALE), ...blankLines(2)];
  if (h.signer) {
    // Upward document: 发文字号 and 签发人 share the line; tabs, not indents, keep the rule full width.
    out.push(
      para({
        style: STYLE.normal,
        alignment: AlignmentType.LEFT,
        border: ruleBorder(h),
        tabStops: [
          { type: TabStopType.LEFT, position: CHAR_TWIPS },
          { type: TabStopType.RIGHT, position: TEXT_WIDTH_TWIPS - CHAR_TWIPS },
        ],
        children: [
          tabbedRun(ctx, ['', h.docNumber ?? '', '签发人：']),
          textRun(ctx, h.signer, 'kai'),
        ],
      }),
    );
  } else {
    out.push(
      para({
        style: STYLE.normal,
        alignment: AlignmentType.CENTER,
        border: ruleBorder(h),
        children: h.docNumber ? [textRun(ctx, h.docNumber)] : [],
      }),
    );
  }
  return out;
}

function seriesHeader(ctx: DocxContext, h: GongwenHeader, date: string): Paragraph[] {
  const s = h.series!;
  return [
    markParagraph(ctx, s.name, Math.min(SERIES_NAME_PT, authorityMarkPt(s.name)), SERIES_TOP_MM, headerColor(h), AUTHORITY_SCALE),
    blankLine(),
    para({ style: STYLE.normal, alignment: AlignmentType.CENTER, children: [textRun(ctx, `第${s.issueNo}期`)] }),
    blankLine(),
    para({
      style: STYLE.normal,
      alignment: AlignmentType.LEFT,
      border: ruleBorder(h),
      tabStops: [
        { type: TabStopType.LEFT, position: CHAR_TWIPS },
        { type: TabStopType.RIGHT, position: TEXT_WIDTH_TWIPS - CHAR_TWIPS },
      ],
      children: [tabbedRun(ctx, ['', h.authority, formatDocDate(date, ctx.opts.dateStyle)])],
    }),
  ];
}

/** 版头 paragraphs (empty when the document has no header). */
export function headerParagraphs(ctx: DocxContext, doc: GongwenDoc): Paragraph[] {
  const h = doc.header;
  if (!h) return [];
  if (h.series) return seriesHeader(ctx, h, h.series.date ?? doc.signature?.date ?? '');
  return fileHeader(ctx, h);
}

/**
 * 标题 (2 blank lines below the rule, lines broken only where the author put '\n'), then a blank
 * line, then 主送 flush left with a full-width colon.
 */
export function titleParagraphs(ctx: DocxContext, doc: GongwenDoc, withHeader: boolean): Paragraph[] {
  const lines = titleLines(doc.title);
  const title = para({
    style: STYLE.title,
    children: lines.map((line, i) => textRun(ctx, line, 'title', i > 0 ? { break: 1 } : {})),
  });
  const out = [...(withHeader ? blankLines(2) : []), title, blankLine()];
  if (doc.recipients?.trim()) {
    out.push(para({ style: STYLE.normal, children: [textRun(ctx, withFinalColon(doc.recipients))] }));
  }
  return out;
}
