/**
 * Building blocks of printable report sheets (exceljs): a merged title and subtitle, a one- or
 * two-row header (groups merged over their columns), bordered body rows with number formats, a
 * bold totals row, frozen panes and an A4-landscape print setup with the title and header rows
 * repeated on every page and the width fitted to one page. Every string written goes through
 * `neutralizeCell` (formula-injection guard, shared/security/spreadsheet-text.ts).
 *
 * Works with exceljs's streaming WorkbookWriter (rows are committed as soon as they are written,
 * so a long ledger never sits in memory): views and print setup are therefore given when the
 * sheet is created, and rows are written strictly top to bottom.
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

export interface SheetSpec {
  name: string;
  title: string;
  subtitle: string;
  groups: readonly ColumnGroup[];
  /** Label columns kept visible when scrolling right. */
  frozenCols: number;
}

export interface OpenSheet {
  ws: ExcelJS.Worksheet;
  columns: LeafColumn[];
  /** Next free row (the first body row after startSheet). */
  row: number;
}

/**
 * Creates the sheet with its frozen panes and print setup, writes the title (row 1), subtitle
 * (row 2) and header (from row 3: with any group two rows — captions merged across, single
 * columns merged down — otherwise one).
 */
export function startSheet(wb: ExcelJS.Workbook, spec: SheetSpec): OpenSheet {
  const columns = leafColumns(spec.groups);
  const twoRows = spec.groups.some((g) => g.group !== null);
  const headerLast = twoRows ? 4 : 3;
  const ws = wb.addWorksheet(spec.name, {
    views: [{ state: 'frozen', xSplit: spec.frozenCols, ySplit: headerLast, activeCell: 'A1' }],
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      horizontalCentered: true, printTitlesRow: `1:${headerLast}`,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
  });
  ws.columns = columns.map((c) => ({ width: c.width }));
  const width = columns.length;
  ws.mergeCells(1, 1, 1, width);
  const t = ws.getCell(1, 1);
  t.value = safe(spec.title);
  t.font = { name: '黑体', size: 16, bold: true };
  t.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;
  ws.mergeCells(2, 1, 2, width);
  const s = ws.getCell(2, 1);
  s.value = safe(spec.subtitle);
  s.font = { name: FONT, size: 10 };
  s.alignment = { horizontal: 'left', vertical: 'middle' };
  let col = 1;
  for (const g of spec.groups) {
    if (g.group !== null) {
      if (g.columns.length > 1) ws.mergeCells(3, col, 3, col + g.columns.length - 1);
      ws.getCell(3, col).value = safe(g.group);
      g.columns.forEach((c, i) => { ws.getCell(4, col + i).value = safe(c.header); });
    } else {
      for (const [i, c] of g.columns.entries()) {
        if (twoRows) ws.mergeCells(3, col + i, 4, col + i);
        ws.getCell(3, col + i).value = safe(c.header);
      }
    }
    col += g.columns.length;
  }
  for (let r = 3; r <= headerLast; r++) {
    ws.getRow(r).height = twoRows ? 30 : 36;
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { name: FONT, size: 10, bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = BORDER;
      cell.fill = HEADER_FILL;
    }
  }
  for (let r = 1; r <= headerLast; r++) ws.getRow(r).commit();
  return { ws, columns, row: headerLast + 1 };
}

/** Writes and commits a bordered body row (`bold` for totals); advances `sheet.row`. */
export function writeRow(sheet: OpenSheet, values: readonly CellValue[], bold = false): void {
  const { ws, columns } = sheet;
  const r = ws.getRow(sheet.row);
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
  r.commit();
  sheet.row++;
}

/** Notes under a table (after one blank row), merged across its width; then commits the sheet. */
export function finishSheet(sheet: OpenSheet, notes: readonly string[] = []): void {
  const { ws } = sheet;
  let row = sheet.row + 1;
  for (const n of notes) {
    ws.mergeCells(row, 1, row, sheet.columns.length);
    const cell = ws.getCell(row, 1);
    cell.value = safe(`注：${n}`);
    cell.font = { name: FONT, size: 9 };
    cell.alignment = { wrapText: true, vertical: 'top' };
    ws.getRow(row).height = 24;
    ws.getRow(row).commit();
    row++;
  }
  // Streaming worksheets write their closing XML here; in-memory ones have no commit.
  (ws as ExcelJS.Worksheet & { commit?: () => void }).commit?.();
}
