/**
 * Building blocks of printable report sheets (exceljs): a merged title and subtitle, a one- or
 * two-row header (groups merged over their columns), bordered body rows with number formats, a
 * bold totals row, frozen panes and an A4-landscape print setup with the title and header rows
 * repeated on every page and the width fitted to one page. Every string written goes through
 * `neutralizeCell` (formula-injection guard, shared/security/spreadsheet-text.ts).
 */
import type ExcelJS from 'exceljs';
import { neutralizeCell } from '../../../shared/security/spreadsheet-text';

export type CellFormat = 'text' | 'int' | 'money' | 'percent' | 'date';

export interface LeafColumn {
  header: string;
  width: number;
  format: CellFormat;
}

export interface ColumnGroup {
  /** Group caption merged over its columns (row 1 of the header); null = a single column. */
  group: string | null;
  columns: LeafColumn[];
}

/** A body value: number, text, or null (empty). Rates are fractions (0.455 → 45.5%). */
export type CellValue = number | string | null;

const NUM_FMT: Record<CellFormat, string | undefined> = {
  text: undefined, int: '#,##0', money: '#,##0.00', percent: '0.0%', date: undefined,
};

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
export const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const FONT = '宋体';

export function safe(v: CellValue): CellValue {
  return typeof v === 'string' ? neutralizeCell(v) : v;
}

export function leafColumns(groups: readonly ColumnGroup[]): LeafColumn[] {
  return groups.flatMap((g) => g.columns);
}

/** Title (row 1) and subtitle (row 2) merged across the table; returns the next free row. */
export function writeTitle(ws: ExcelJS.Worksheet, width: number, title: string, subtitle: string): number {
  ws.mergeCells(1, 1, 1, width);
  const t = ws.getCell(1, 1);
  t.value = safe(title);
  t.font = { name: '黑体', size: 16, bold: true };
  t.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;
  ws.mergeCells(2, 1, 2, width);
  const s = ws.getCell(2, 1);
  s.value = safe(subtitle);
  s.font = { name: FONT, size: 10 };
  s.alignment = { horizontal: 'left', vertical: 'middle' };
  return 3;
}

/**
 * Header from `row`: with any group it takes two rows (group captions merged across, single
 * columns merged down), otherwise one. Returns the first body row.
 */
export function writeHeader(ws: ExcelJS.Worksheet, row: number, groups: readonly ColumnGroup[]): number {
  const twoRows = groups.some((g) => g.group !== null);
  let col = 1;
  for (const g of groups) {
    if (g.group !== null) {
      if (g.columns.length > 1) ws.mergeCells(row, col, row, col + g.columns.length - 1);
      ws.getCell(row, col).value = safe(g.group);
      g.columns.forEach((c, i) => { ws.getCell(row + 1, col + i).value = safe(c.header); });
    } else {
      for (const [i, c] of g.columns.entries()) {
        if (twoRows) ws.mergeCells(row, col + i, row + 1, col + i);
        ws.getCell(row, col + i).value = safe(c.header);
      }
    }
    col += g.columns.length;
  }
  const last = twoRows ? row + 1 : row;
  leafColumns(groups).forEach((c, i) => { ws.getColumn(i + 1).width = c.width; });
  for (let r = row; r <= last; r++) {
    ws.getRow(r).height = twoRows ? 30 : 36;
    for (let c = 1; c < col; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { name: FONT, size: 10, bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = BORDER;
      cell.fill = HEADER_FILL;
    }
  }
  return last + 1;
}

/** A bordered body row; `bold` for totals. Returns the next row. */
export function writeRow(ws: ExcelJS.Worksheet, row: number, columns: readonly LeafColumn[], values: readonly CellValue[], bold = false): number {
  const r = ws.getRow(row);
  columns.forEach((c, i) => {
    const cell = r.getCell(i + 1);
    const v = values[i] ?? null;
    cell.value = safe(v);
    cell.border = BORDER;
    cell.font = { name: FONT, size: 10, bold };
    const fmt = NUM_FMT[c.format];
    if (fmt && typeof v === 'number') cell.numFmt = fmt;
    cell.alignment = typeof v === 'number' || v === '—'
      ? { horizontal: 'right', vertical: 'middle' }
      : { horizontal: c.format === 'text' ? 'left' : 'center', vertical: 'middle', wrapText: c.format === 'text' };
  });
  return row + 1;
}

/** Notes under a table, merged across its width. */
export function writeNotes(ws: ExcelJS.Worksheet, row: number, width: number, notes: readonly string[]): number {
  for (const n of notes) {
    ws.mergeCells(row, 1, row, width);
    const cell = ws.getCell(row, 1);
    cell.value = safe(`注：${n}`);
    cell.font = { name: FONT, size: 9 };
    cell.alignment = { wrapText: true, vertical: 'top' };
    ws.getRow(row).height = 24;
    row++;
  }
  return row;
}

/** Frozen title/header rows and label columns; A4 landscape, titles repeated, fit to width. */
export function finishSheet(ws: ExcelJS.Worksheet, headerLastRow: number, frozenCols: number): void {
  ws.views = [{ state: 'frozen', xSplit: frozenCols, ySplit: headerLastRow, topLeftCell: ws.getCell(headerLastRow + 1, frozenCols + 1).address, activeCell: 'A1' }];
  ws.pageSetup = {
    paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
    horizontalCentered: true, printTitlesRow: `1:${headerLastRow}`,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: '第 &P 页，共 &N 页' };
}
