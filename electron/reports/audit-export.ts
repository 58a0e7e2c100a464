/**
 * The audit log as an .xlsx for the bureau's records: one row per entry, newest first. Every text
 * cell goes through safeCellValue — entries quote file names, reasons and institution names that
 * came from outside, and none of them may run as a formula when the export is opened.
 */
import ExcelJS from 'exceljs';
import type { AuditEntryView } from '../../shared/ipc/contract/audit';
import { safeCellValue } from '../../shared/security/spreadsheet-text';

// Excel refuses cells longer than this; a detail JSON can be longer (a whole campaign draft).
const MAX_CELL = 32_000;

const clip = (s: string) => (s.length > MAX_CELL ? `${s.slice(0, MAX_CELL)}…（已截断）` : s);
const json = (v: unknown) => (v === null || v === undefined ? '' : clip(JSON.stringify(v)));

/** Local wall-clock time, as the operator saw it: 2023-06-20 09:00:00. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

const COLUMNS: [string, number, (e: AuditEntryView) => string | number][] = [
  ['序号', 8, (e) => e.id],
  ['时间', 20, (e) => localTime(e.at)],
  ['操作人', 12, (e) => e.operator],
  ['操作', 16, (e) => e.label],
  ['摘要', 60, (e) => clip(e.summary)],
  ['对象类型', 12, (e) => e.entity],
  ['对象', 24, (e) => e.entityId ?? ''],
  ['操作代码', 20, (e) => e.action],
  ['详细内容', 60, (e) => json(e.detail)],
  ['来源', 40, (e) => json(e.source)],
];

export async function auditWorkbook(entries: Iterable<AuditEntryView>, title: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('操作日志', { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.mergeCells(1, 1, 1, COLUMNS.length);
  ws.getCell(1, 1).value = safeCellValue(title);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getRow(2).values = COLUMNS.map((c) => c[0]);
  ws.getRow(2).font = { bold: true };
  COLUMNS.forEach((c, i) => { ws.getColumn(i + 1).width = c[1]; });
  for (const e of entries) ws.addRow(COLUMNS.map((c) => safeCellValue(c[2](e))));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
