/**
 * Fills a 区县汇总填报表 the way a district clerk does in Excel: opens the file written by
 * `template --district`, finds rows by institution name and columns by header text (never by the
 * writer's layout), types values, and saves (exceljs standing in for Excel).
 */
import ExcelJS from 'exceljs';
import type { WorkKey } from '../../shared/domain/ledger';
import { WORK_ITEMS } from '../../shared/domain/ledger';

export interface RowFill {
  /** Indicator code → value (B1 '是'). */
  general?: Record<string, unknown>;
  /** Indicator code → focus-area name → value. */
  focus?: Record<string, Record<string, unknown>>;
}

export interface DistrictFill {
  /** Listed institutions by name. */
  rows?: Record<string, RowFill>;
  /** Institutions typed into the blank rows below the list. */
  extra?: ({ name: string; uscc?: string } & RowFill)[];
  /** New ledger rows: 机构名称 / 统一社会信用代码 plus ledger headers → value. */
  ledger?: Record<string, unknown>[];
  /** Pre-filled issues by institution and 台账编号 (system numbers repeat across institutions): header → new value. */
  ledgerUpdates?: { name: string; ledgerNo: string; set: Record<string, unknown> }[];
  work?: Record<string, Partial<Record<WorkKey, string>>>;
}

const text = (v: ExcelJS.CellValue) => (v === null || v === undefined ? '' : String(v).trim());

function headerCols(ws: ExcelJS.Worksheet, row: number): Map<string, number> {
  const out = new Map<string, number>();
  ws.getRow(row).eachCell({ includeEmpty: false }, (c, col) => { if (!out.has(text(c.value))) out.set(text(c.value), col); });
  return out;
}

function dataColumns(ws: ExcelJS.Worksheet): Map<string, number> {
  // Row 4: identity headers and indicator tops (merged groups hold text in their first cell); row 5: focus names.
  const out = new Map<string, number>();
  let top = '';
  for (let c = 1; c <= ws.columnCount; c++) {
    const t = text(ws.getCell(4, c).value);
    const master = ws.getCell(4, c).master;
    top = t || (master ? text(master.value) : top);
    const code = /^([A-Z]\d+P?) /.exec(top)?.[1];
    const below = ws.getCell(5, c);
    const sub = below.isMerged ? '' : text(below.value);
    if (code) out.set(sub ? `${code}|${sub}` : code, c);
  }
  return out;
}

function rowOf(ws: ExcelJS.Worksheet, col: number, name: string, from: number): number {
  for (let r = from; r <= ws.rowCount; r++) if (text(ws.getCell(r, col).value) === name) return r;
  throw new Error(`row for ${name} not found`);
}

function firstEmptyRow(ws: ExcelJS.Worksheet, from: number, cols: number[]): number {
  for (let r = from; ; r++) if (cols.every((c) => !text(ws.getCell(r, c).value))) return r;
}

function writeRow(ws: ExcelJS.Worksheet, r: number, cols: Map<string, number>, f: RowFill): void {
  for (const [code, v] of Object.entries(f.general ?? {})) ws.getCell(r, cols.get(code)!).value = v as ExcelJS.CellValue;
  for (const [code, byFocus] of Object.entries(f.focus ?? {})) {
    for (const [focus, v] of Object.entries(byFocus)) ws.getCell(r, cols.get(`${code}|${focus}`)!).value = v as ExcelJS.CellValue;
  }
}

export async function fillDistrictReturn(template: Uint8Array, f: DistrictFill): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(template) as unknown as ExcelJS.Buffer);
  const data = wb.getWorksheet('进展数据')!;
  const cols = dataColumns(data);
  for (const [name, row] of Object.entries(f.rows ?? {})) writeRow(data, rowOf(data, 2, name, 6), cols, row);
  for (const e of f.extra ?? []) {
    const r = firstEmptyRow(data, 6, [2, 3]);
    data.getCell(r, 2).value = e.name;
    if (e.uscc) data.getCell(r, 3).value = e.uscc;
    writeRow(data, r, cols, e);
  }
  const ledger = wb.getWorksheet('问题台账')!;
  const lh = headerCols(ledger, 3);
  for (const u of f.ledgerUpdates ?? []) {
    let r = 4;
    while (text(ledger.getCell(r, lh.get('机构名称')!).value) !== u.name || text(ledger.getCell(r, lh.get('台账编号')!).value) !== u.ledgerNo) {
      if (++r > ledger.rowCount) throw new Error(`ledger row ${u.name} ${u.ledgerNo} not found`);
    }
    for (const [h, v] of Object.entries(u.set)) ledger.getCell(r, lh.get(h)!).value = v as ExcelJS.CellValue;
  }
  for (const row of f.ledger ?? []) {
    const r = firstEmptyRow(ledger, 4, [...lh.values()]);
    for (const [h, v] of Object.entries(row)) ledger.getCell(r, lh.get(h)!).value = v as ExcelJS.CellValue;
  }
  const work = wb.getWorksheet('工作情况')!;
  const wh = headerCols(work, 2);
  for (const [name, items] of Object.entries(f.work ?? {})) {
    const r = rowOf(work, 1, name, 3);
    for (const [key, v] of Object.entries(items)) work.getCell(r, wh.get(WORK_ITEMS.find((w) => w.key === key)!.label)!).value = v;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
