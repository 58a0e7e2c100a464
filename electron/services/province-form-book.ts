/**
 * Reads and fills a province-issued 汇总表 workbook (exceljs): for each visible sheet, the cells that can take
 * a number — empty or numeric, not a formula, not the inner part of a merged block — inside the
 * table, each with the label texts to its left and above, so the clerk can say which figure goes
 * where. Never relies on fixed addresses: the form is whatever the province sent.
 */
import ExcelJS from 'exceljs';
import { AppError } from '../../shared/errors';
import { cellAddress } from '../../shared/import/cell-ref';
import type { FormCandidate } from '../../shared/domain/province-form';
import { cleanText } from '../../shared/domain/roster-rules';

// A 汇总表 is a page or two; larger sheets are data, not forms.
const MAX_ROWS = 300;
const MAX_COLS = 80;
const LABELS_PER_SIDE = 2;

export interface FormSheet {
  name: string;
  candidates: FormCandidate[];
}

export interface FormBook {
  workbook: ExcelJS.Workbook;
  sheets: FormSheet[];
}

type Kind = 'text' | 'number' | 'empty' | 'formula' | 'other';

function kindOf(cell: ExcelJS.Cell): Kind {
  const v = cell.value;
  if (v === null || v === undefined || v === '') return 'empty';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string') return /^\s*-?[\d,]+(\.\d+)?\s*%?\s*$/.test(v) ? 'number' : cleanText(v) ? 'text' : 'empty';
  if (typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) return 'formula';
  if (typeof v === 'object' && 'richText' in v) return cleanText(v.richText.map((r) => r.text).join('')) ? 'text' : 'empty';
  return 'other';
}

function textOf(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (typeof v === 'string') return cleanText(v);
  if (v && typeof v === 'object' && 'richText' in v) return cleanText(v.richText.map((r) => r.text).join(''));
  return '';
}

/** The merged block's top-left cell (exceljs answers the master's value for every cell of it). */
function isInnerMerged(cell: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}

function labels(ws: ExcelJS.Worksheet, row: number, col: number, dr: number, dc: number): string {
  const found: string[] = [];
  let r = row + dr;
  let c = col + dc;
  while (r >= 1 && c >= 1 && found.length < LABELS_PER_SIDE) {
    // A blank row ends the table: a note under it is no column header of what lies below.
    if (dr && !ws.getRow(r).hasValues) break;
    const cell = ws.getCell(r, c);
    const t = kindOf(cell) === 'text' ? textOf(cell) : '';
    if (t && !found.includes(t)) found.unshift(t);
    else if (found.length && kindOf(cell) !== 'text') break; // the header block ended
    r += dr;
    c += dc;
  }
  return found.join(' / ');
}

function sheetCandidates(ws: ExcelJS.Worksheet): FormCandidate[] {
  const out: FormCandidate[] = [];
  const rows = Math.min(ws.rowCount, MAX_ROWS);
  const cols = Math.min(ws.columnCount, MAX_COLS);
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= cols; c++) {
      const cell = ws.getCell(r, c);
      const k = kindOf(cell);
      if ((k !== 'empty' && k !== 'number') || isInnerMerged(cell)) continue;
      const rowLabel = labels(ws, r, c, 0, -1);
      const colLabel = labels(ws, r, c, -1, 0);
      // Inside the table: a row label to the left and a column header above.
      if (!rowLabel || !colLabel) continue;
      const v = cell.value;
      const value = typeof v === 'number' ? v : typeof v === 'string' && k === 'number' ? Number(v.replace(/[,%\s]/g, '')) : null;
      out.push({ sheet: ws.name, cell: cellAddress(r, c), row: r, col: c, rowLabel, colLabel, value, percent: /%/.test(cell.numFmt ?? '') });
    }
  }
  return out;
}

export async function readProvinceForm(bytes: Uint8Array, fileName: string): Promise<FormBook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    throw new AppError('validation', `“${fileName}”不是可读取的 .xlsx 工作簿。省里下发的若是 .xls，请先在 Excel/WPS 中另存为 .xlsx 后再上传。`);
  }
  const sheets = workbook.worksheets.filter((ws) => ws.state === 'visible').map((ws) => ({ name: ws.name, candidates: sheetCandidates(ws) }));
  if (!sheets.some((s) => s.candidates.length)) {
    throw new AppError('validation', `“${fileName}”中没有找到可填写数字的表格单元格（应有左侧行标题和上方列标题，单元格为空或为数字、不是公式）。请确认上传的是省里下发的汇总表。`);
  }
  return { workbook, sheets };
}

/**
 * Writes the numbers into the loaded workbook (keyed `Sheet!C5`; each cell keeps its style) and
 * returns the copy's bytes. Formulas of the form (totals the province built in) are recalculated
 * by Excel/WPS on opening.
 */
export async function writeFilledForm(book: FormBook, values: ReadonlyMap<string, number>): Promise<Buffer> {
  for (const [key, n] of values) {
    const at = key.lastIndexOf('!');
    const ws = book.workbook.getWorksheet(key.slice(0, at));
    if (!ws) throw new AppError('internal', `汇总表中没有工作表“${key.slice(0, at)}”`);
    ws.getCell(key.slice(at + 1)).value = n;
  }
  book.workbook.calcProperties = { ...book.workbook.calcProperties, fullCalcOnLoad: true };
  return Buffer.from(await book.workbook.xlsx.writeBuffer());
}
