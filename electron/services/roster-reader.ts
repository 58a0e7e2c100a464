/**
 * Reads a roster workbook into plain text grids, one per visible sheet. .xlsx through exceljs
 * (rosters are small); legacy .xls (an OLE file) through @e965/xlsx. A broken or non-workbook
 * file becomes a Chinese AppError naming the file and what to do.
 */
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { AppError } from '../../shared/errors';

export interface SheetGrid {
  name: string;
  /** rows[r-1][c-1] = the cell's text ('' when blank); merged cells repeat the top-left text. */
  rows: string[][];
  /** "r:c" of cells holding integers too long for Excel's 15 significant digits (digits lost). */
  lossy: Set<string>;
}

const MAX_COLS = 60;

function numberText(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
}

function isoDate(d: Date): string {
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
}

/** exceljs cell value → text: rich text joined, formulas by their cached result, links by text. */
function valueText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (v instanceof Date) return isoDate(v);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('formula' in v || 'sharedFormula' in v) {
    const r = (v as ExcelJS.CellFormulaValue).result;
    return r === undefined || r === null || typeof r === 'object' && 'error' in r ? '' : valueText(r as ExcelJS.CellValue);
  }
  if ('hyperlink' in v) return typeof v.text === 'string' ? v.text : valueText(v.text as ExcelJS.CellValue);
  if ('error' in v) return '';
  return '';
}

function isLossy(v: ExcelJS.CellValue): boolean {
  const n = v !== null && typeof v === 'object' && 'result' in v ? (v as ExcelJS.CellFormulaValue).result : v;
  return typeof n === 'number' && Number.isInteger(n) && Math.abs(n) >= 1e15;
}

async function readXlsx(bytes: Buffer): Promise<SheetGrid[]> {
  const wb = new ExcelJS.Workbook();
  // exceljs's Buffer typing predates @types/node 20's generic Buffer.
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const out: SheetGrid[] = [];
  for (const ws of wb.worksheets) {
    if (ws.state === 'hidden' || ws.state === 'veryHidden') continue;
    const rows: string[][] = [];
    const lossy = new Set<string>();
    const cols = Math.min(ws.columnCount, MAX_COLS);
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const texts: string[] = [];
      for (let c = 1; c <= cols; c++) {
        const v = row.getCell(c).value;
        texts.push(valueText(v));
        if (isLossy(v)) lossy.add(`${r}:${c}`);
      }
      rows.push(texts);
    }
    out.push({ name: ws.name, rows, lossy });
  }
  return out;
}

function readXls(bytes: Buffer): SheetGrid[] {
  const wb = XLSX.read(bytes, { type: 'buffer', cellDates: true });
  return wb.SheetNames.filter((_, i) => !wb.Workbook?.Sheets?.[i]?.Hidden).map((name) => {
    const data = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name], { header: 1, raw: true, defval: null, blankrows: true });
    const lossy = new Set<string>();
    const rows = data.map((row, r) => row.slice(0, MAX_COLS).map((v, c) => {
      if (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) >= 1e15) lossy.add(`${r + 1}:${c + 1}`);
      if (v instanceof Date) return isoDate(v);
      if (typeof v === 'number') return numberText(v);
      if (typeof v === 'boolean') return v ? '是' : '否';
      return v == null ? '' : String(v);
    }));
    return { name, rows, lossy };
  });
}

/** Visible sheets of the workbook as text grids, in workbook order. */
export async function readWorkbookGrids(bytes: Buffer, fileName: string): Promise<SheetGrid[]> {
  if (bytes.length === 0) throw new AppError('validation', `文件“${fileName}”是空文件（0 字节），请重新保存名册后再导入。`);
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const ole = bytes.length >= 8 && bytes.readUInt32BE(0) === 0xd0cf11e0;
  if (!zip && !ole) {
    throw new AppError('validation', `文件“${fileName}”不是 Excel 工作簿（.xlsx/.xls），无法读取。请用 Excel 或 WPS 打开名册，另存为“Excel 工作簿（*.xlsx）”后再导入。`);
  }
  try {
    return ole ? readXls(bytes) : await readXlsx(bytes);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new AppError('validation', `文件“${fileName}”已损坏或不是有效的 Excel 工作簿，无法读取（${why.slice(0, 120)}）。请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。`);
  }
}
