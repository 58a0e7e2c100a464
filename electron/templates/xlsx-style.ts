/**
 * Cell styles shared by the generated workbooks: a light fill marks the cells a clerk types into
 * (and only those are unlocked under sheet protection), headers are bold on a grey-blue fill, and
 * every table cell has a thin border so the sheet prints like the forms the bureau already uses.
 */
import type ExcelJS from 'exceljs';

export const FONT_NAME = '宋体';
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF9E5' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
const LOCKED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
export const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export const NUMFMT_COUNT = '0';
export const NUMFMT_MONEY = '#,##0.00';
export const NUMFMT_DATE = 'yyyy-mm-dd';

/** Password-free protection: it guards against slips, not people (documented in 填报说明). */
export const SHEET_PROTECTION_BASE: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
};

export function font(size = 11, extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> {
  return { name: FONT_NAME, size, ...extra };
}

export function styleTitle(cell: ExcelJS.Cell, text: string, size = 16): void {
  cell.value = text;
  cell.font = font(size, { bold: true });
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
}

export function styleHeader(cell: ExcelJS.Cell, text: string): void {
  cell.value = text;
  cell.font = font(11, { bold: true });
  cell.fill = HEADER_FILL;
  cell.border = BORDER;
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

/** A label cell (locked, part of the form). */
export function styleLabel(cell: ExcelJS.Cell, text: string | null, opts: { center?: boolean; bold?: boolean } = {}): void {
  if (text !== null) cell.value = text;
  cell.font = font(11, { bold: opts.bold ?? false });
  cell.border = BORDER;
  cell.alignment = { horizontal: opts.center ? 'center' : 'left', vertical: 'middle', wrapText: true };
}

/** A cell the institution types into: unlocked, lightly filled, bordered. */
export function styleInput(cell: ExcelJS.Cell, opts: { numFmt?: string; wrap?: boolean; center?: boolean } = {}): void {
  cell.font = font(11);
  cell.fill = INPUT_FILL;
  cell.border = BORDER;
  cell.protection = { locked: false };
  cell.alignment = {
    horizontal: opts.center ? 'center' : opts.wrap ? 'left' : undefined,
    vertical: opts.wrap ? 'top' : 'middle',
    wrapText: opts.wrap ?? false,
  };
  if (opts.numFmt) cell.numFmt = opts.numFmt;
}

/** A pre-filled value the institution must not change (an issue's 台账编号). */
export function styleLockedValue(cell: ExcelJS.Cell): void {
  cell.font = font(11);
  cell.fill = LOCKED_FILL;
  cell.border = BORDER;
  cell.protection = { locked: true };
  cell.alignment = { vertical: 'middle' };
}

/** A grey explanatory note. */
export function styleNote(cell: ExcelJS.Cell, text: string, size = 10): void {
  cell.value = text;
  cell.font = font(size, { color: { argb: 'FF595959' } });
  cell.alignment = { vertical: 'top', wrapText: true };
}

/** ISO date → a Date at UTC midnight, which exceljs stores as that calendar day's serial. */
export function isoToExcelDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** A4 page setup, fitted to one page wide, with page numbers in the footer. */
export function pageSetup(ws: ExcelJS.Worksheet, orientation: 'portrait' | 'landscape', titleRows?: string): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(titleRows ? { printTitlesRow: titleRows } : {}),
  };
  ws.headerFooter = { oddFooter: '&C第 &P 页，共 &N 页' };
}
