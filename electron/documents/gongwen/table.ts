/**
 * Table block → docx. Rules from the reference: full 156 mm width in DXA, fixed layout, every cell
 * with its own DXA width and columns summing to exactly 8845 (LibreOffice otherwise evens columns
 * out), header rows marked tableHeader so they repeat on continuation pages, rows that do not
 * split, exact cell line height with snapToGrid off so the document grid cannot stretch small text.
 */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type ITableBordersOptions,
  type Paragraph,
} from 'docx';
import type { TableAlign, TableBlock, TableValue } from '../../../shared/documents/document-model';
import { columnWeights, distributeWidths, placeHeader, type HeaderGrid } from '../../../shared/documents/table-layout';
import { formatTableValue } from '../../../shared/documents/text-rules';
import { TEXT_WIDTH_TWIPS } from './geometry';
import { para, textRun, type DocxContext } from './runs';
import { STYLE, cellLineTwips, halfPoints } from './styles';

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const line = (size: number) => ({ style: BorderStyle.SINGLE, size, color: '000000' }) as const;

function tableBorders(rules: TableBlock['rules']): ITableBordersOptions {
  if (rules === 'threeLine') {
    return { top: line(12), bottom: line(12), left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
  }
  return { top: line(8), bottom: line(8), left: line(8), right: line(8), insideHorizontal: line(4), insideVertical: line(4) };
}

interface CellSpec {
  text: string;
  widths: number[];
  from: number;
  colSpan: number;
  /** 'restart' opens a vertical merge, 'continue' is a covered cell below it. */
  vMerge?: 'restart' | 'continue';
  head: boolean;
  align: TableAlign;
}

function cell(ctx: DocxContext, c: CellSpec, pt: number, threeLineHead: boolean): TableCell {
  const width = c.widths.slice(c.from, c.from + c.colSpan).reduce((a, b) => a + b, 0);
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: c.colSpan > 1 ? c.colSpan : undefined,
    verticalMerge: c.vMerge === 'restart' ? VerticalMergeType.RESTART : c.vMerge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
    ...(threeLineHead ? { borders: { bottom: line(6) } } : {}),
    // Covered cells still get a styled (small, exact) paragraph: an unstyled one would be a
    // 28.95 pt Normal line and could stretch the row in Word.
    children: c.text.split('\n').map((t) =>
      para({
        style: c.head ? STYLE.headCell : STYLE.cell,
        alignment: ALIGN[c.align],
        spacing: { line: cellLineTwips(pt), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: t ? [textRun(ctx, t, c.head ? 'hei' : 'body', { size: halfPoints(pt), snapToGrid: false })] : [],
      }),
    ),
  });
}

/**
 * Header rows with merges written explicitly (vMerge restart/continue) rather than via docx's
 * rowSpan, so every covered cell carries our small cell style.
 */
function headerRows(ctx: DocxContext, grid: HeaderGrid, widths: number[], pt: number, threeLine: boolean, minRow: number): TableRow[] {
  return Array.from({ length: grid.rowCount }, (_, r) => {
    const cells: TableCell[] = [];
    for (let col = 0; col < grid.columnCount; ) {
      const own = grid.cells.find((c) => c.row === r && c.col === col);
      const above = own ?? grid.cells.find((c) => c.col === col && c.row < r && r < c.row + c.rowSpan);
      if (!above) throw new Error(`表头第${r + 1}行第${col + 1}列没有单元格`);
      const lastHeadRow = above.row + above.rowSpan === grid.rowCount;
      const vMerge = above.rowSpan > 1 ? (own ? 'restart' : 'continue') : undefined;
      const spec: CellSpec = { text: own ? own.text : '', widths, from: col, colSpan: above.colSpan, vMerge, head: true, align: 'center' };
      cells.push(cell(ctx, spec, pt, threeLine && lastHeadRow));
      col += above.colSpan;
    }
    return new TableRow({ tableHeader: true, cantSplit: true, height: { value: minRow, rule: HeightRule.ATLEAST }, children: cells });
  });
}

/** Caption / unit paragraphs and the table itself. */
export function tableElements(ctx: DocxContext, t: TableBlock, pageBreakBefore = false): (Paragraph | Table)[] {
  const grid = placeHeader(t.header);
  const widths = distributeWidths(columnWeights(t, grid), TEXT_WIDTH_TWIPS);
  const pt = t.textSizePt ?? 12;
  const minRow = Math.round(cellLineTwips(pt) * 1.4);
  const threeLine = t.rules === 'threeLine';
  const alignOf = (k: number): TableAlign => t.align?.[k] ?? 'center';

  const bodyRow = (values: TableValue[], head: boolean) =>
    new TableRow({
      cantSplit: true,
      height: { value: minRow, rule: HeightRule.ATLEAST },
      children: values.map((v, k) => cell(ctx, { text: formatTableValue(v), widths, from: k, colSpan: 1, head, align: alignOf(k) }, pt, false)),
    });

  const out: (Paragraph | Table)[] = [];
  if (pageBreakBefore && !t.caption && !t.unit) {
    // A table cannot carry pageBreakBefore; a 1 pt empty paragraph takes the break for it.
    out.push(para({ style: STYLE.normal, pageBreakBefore, keepNext: true, spacing: { line: 20, lineRule: LineRuleType.EXACT }, children: [] }));
  }
  if (t.caption) out.push(para({ style: STYLE.caption, keepNext: true, pageBreakBefore, children: [textRun(ctx, t.caption, 'hei')] }));
  if (t.unit) {
    out.push(para({ style: STYLE.unit, pageBreakBefore: pageBreakBefore && !t.caption, children: [textRun(ctx, t.unit, 'body', { size: halfPoints(14) })] }));
  }
  out.push(
    new Table({
      width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      alignment: AlignmentType.CENTER,
      borders: tableBorders(t.rules),
      margins: { top: 30, bottom: 30, left: 60, right: 60 },
      rows: [...headerRows(ctx, grid, widths, pt, threeLine, minRow), ...t.rows.map((r) => bodyRow(r, false)), ...(t.totalsRow ? [bodyRow(t.totalsRow, true)] : [])],
    }),
  );
  return out;
}
