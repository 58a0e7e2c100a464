/**
 * Everything after the body: 附件说明 (§7.3.4), 落款 (§7.3.5), 附注 (§7.3.6), the attachment
 * pages (§7.3.7) and the 版记 (§7.4). The 附件说明 and 署名 lines are chained with keepNext so the
 * 署名/日期 never land alone on a page (§7.3.5.5); the 版记 is a floating table anchored to the
 * bottom of the 版心 so its last rule coincides with the 版心 bottom (no blank-line padding).
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  OverlapType,
  RelativeHorizontalPosition,
  RelativeVerticalPosition,
  TabStopType,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type Paragraph,
} from 'docx';
import type { Attachment, Colophon, GongwenDoc } from '../../../shared/documents/document-model';
import {
  attachmentLabel,
  formatDocDate,
  inRoundBrackets,
  signatureOffsets,
  titleLines,
  withFinalPeriod,
} from '../../../shared/documents/text-rules';
import { CHAR4_TWIPS, CHAR_TWIPS, COLOPHON_THICK_EIGHTHS, COLOPHON_THIN_EIGHTHS, TEXT_WIDTH_TWIPS } from './geometry';
import { blockElements } from './blocks';
import { blankLine, blankLines, para, tabbedRun, textRun, type DocxContext } from './runs';
import { STYLE } from './styles';

/**
 * 附件说明: 1 blank line below the body, 2 字 in. One attachment: '附件：名称', wrapped lines at
 * the name. Several: '附件：1.名称' then '2.名称' under '1.', names aligned by a tab stop.
 */
export function attachmentNoteParagraphs(ctx: DocxContext, attachments: readonly Attachment[]): Paragraph[] {
  if (attachments.length === 0) return [];
  const out: Paragraph[] = [blankLine(true)];
  if (attachments.length === 1) {
    out.push(
      para({
        style: STYLE.normal,
        keepNext: true,
        indent: { left: 5 * CHAR_TWIPS, hanging: 3 * CHAR_TWIPS },
        children: [textRun(ctx, `附件：${attachments[0].title}`)],
      }),
    );
    return out;
  }
  // Number column: '1.' is about ¾ 字; two-digit numbers need a wider column.
  const nameAt = Math.round((5 + (attachments.length >= 10 ? 1.5 : 1)) * CHAR_TWIPS);
  attachments.forEach((a, i) => {
    const firstLineAt = i === 0 ? 2 * CHAR_TWIPS : 5 * CHAR_TWIPS;
    out.push(
      para({
        style: STYLE.normal,
        alignment: AlignmentType.LEFT,
        keepNext: true,
        indent: { left: nameAt, hanging: nameAt - firstLineAt },
        tabStops: [{ type: TabStopType.LEFT, position: nameAt }],
        children: [tabbedRun(ctx, [`${i === 0 ? '附件：' : ''}${i + 1}.`, a.title.replace(/[。.]$/, '')])],
      }),
    );
  });
  return out;
}

/** 落款 and 附注. Sealed: room for the seal, date 4 字 from the right, 署名 centred over it. */
export function signatureParagraphs(ctx: DocxContext, doc: GongwenDoc): Paragraph[] {
  const out: Paragraph[] = [];
  const s = doc.signature;
  if (s) {
    const sealed = s.sealed ?? true;
    const date = formatDocDate(s.date, ctx.opts.dateStyle);
    const off = signatureOffsets(s.issuer, date, sealed);
    out.push(...blankLines(sealed ? 2 : 1, true));
    out.push(
      para({
        style: STYLE.normal,
        alignment: AlignmentType.RIGHT,
        keepNext: true,
        indent: { right: Math.round(off.issuerRight * CHAR_TWIPS) },
        children: [textRun(ctx, s.issuer)],
      }),
      para({
        style: STYLE.normal,
        alignment: AlignmentType.RIGHT,
        indent: { right: Math.round(off.dateRight * CHAR_TWIPS) },
        children: [textRun(ctx, date)],
      }),
    );
  }
  if (doc.disclosure?.trim()) {
    out.push(para({ style: STYLE.body, children: [textRun(ctx, inRoundBrackets(doc.disclosure))] }));
  }
  return out;
}

/** Each attachment on a new page: '附件N' in 黑体 on line 1, title (2号小标宋) on line 3, content. */
export function attachmentPages(ctx: DocxContext, attachments: readonly Attachment[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  attachments.forEach((a, i) => {
    out.push(
      para({
        style: STYLE.normal,
        alignment: AlignmentType.LEFT,
        pageBreakBefore: true,
        keepNext: true,
        children: [textRun(ctx, attachmentLabel(i, attachments.length), 'hei')],
      }),
      blankLine(true),
      para({ style: STYLE.title, children: titleLines(a.title).map((l, k) => textRun(ctx, l, 'title', k > 0 ? { break: 1 } : {})) }),
      blankLine(),
      ...blockElements(ctx, a.blocks),
    );
  });
  return out;
}

const rule = (size: number) => ({ style: BorderStyle.SINGLE, size, color: '000000' }) as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;

function colophonCell(children: Paragraph[]): TableRow {
  return new TableRow({
    cantSplit: true,
    children: [new TableCell({ width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA }, children })],
  });
}

/**
 * 版记: 抄送 then 印发机关/印发日期 in 4号仿宋, 1 字 in on both sides (tabs and indents inside the
 * cell; the rules are table borders, so they stay 156 mm wide). Thick first/last rules, thin
 * between. The table floats to the bottom of the 版心 of the page it lands on.
 */
export function colophonElements(ctx: DocxContext, c: Colophon): (Paragraph | Table)[] {
  const rows: TableRow[] = [];
  const run = (text: string) => textRun(ctx, text, 'body', { snapToGrid: false });
  if (c.copyTo?.trim()) {
    rows.push(
      colophonCell([
        para({
          style: STYLE.colophon,
          indent: { left: CHAR4_TWIPS + 3 * CHAR4_TWIPS, hanging: 3 * CHAR4_TWIPS, right: CHAR4_TWIPS },
          children: [run(`抄送：${withFinalPeriod(c.copyTo)}`)],
        }),
      ]),
    );
  }
  rows.push(
    colophonCell([
      para({
        style: STYLE.colophon,
        indent: { left: CHAR4_TWIPS, right: CHAR4_TWIPS },
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH_TWIPS - CHAR4_TWIPS }],
        children: [tabbedRun(ctx, [c.printer, `${formatDocDate(c.printDate, ctx.opts.dateStyle)}印发`], 'body', { snapToGrid: false })],
      }),
    ]),
  );
  const table = new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH_TWIPS],
    layout: TableLayoutType.FIXED,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    borders: {
      top: rule(COLOPHON_THICK_EIGHTHS),
      bottom: rule(COLOPHON_THICK_EIGHTHS),
      insideHorizontal: rule(COLOPHON_THIN_EIGHTHS),
      left: NONE,
      right: NONE,
      insideVertical: NONE,
    },
    float: {
      horizontalAnchor: TableAnchorType.MARGIN,
      relativeHorizontalPosition: RelativeHorizontalPosition.CENTER,
      verticalAnchor: TableAnchorType.MARGIN,
      relativeVerticalPosition: RelativeVerticalPosition.BOTTOM,
      overlap: OverlapType.NEVER,
    },
    rows,
  });
  // A body must end with a paragraph; keep it 1 pt so it cannot spill onto a new page.
  const tail = para({ style: STYLE.normal, spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, children: [] });
  return [table, tail];
}
